import { z } from 'zod';
import { initiativeKinds, valuesOf } from '../registry/vocabulary.js';
import { Id, IdList, Prose, Provenance } from './common.js';

export const InitiativeKind = z.enum(valuesOf(initiativeKinds));
export type InitiativeKind = z.infer<typeof InitiativeKind>;

/** A named programme, project or process. */
export const Initiative = z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    shortName: z.string().min(1).optional(),
    aliases: z.array(z.string().min(1)),
    kind: InitiativeKind,
    description: Prose,
    parent: Id.optional().describe('The initiative this one belongs to.'),
    parties: IdList.describe('Actors taking part, as the source names them.'),
    topics: IdList,
    provenance: Provenance,
  })
  .describe('A named programme, project or process.');
export type Initiative = z.infer<typeof Initiative>;

import { z } from 'zod';
import { actorKinds, valuesOf } from '../registry/vocabulary.js';
import { Id, IdList, Prose, Provenance, Reference } from './common.js';

export const ActorKind = z.enum(valuesOf(actorKinds));
export type ActorKind = z.infer<typeof ActorKind>;

/** A state, organisation, region, non-state actor or group of states named by the source. */
export const Actor = z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    shortName: z.string().min(1).optional(),
    kind: ActorKind,
    iso2: z
      .string()
      .regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2, upper case')
      .optional(),
    iso3: z
      .string()
      .regex(/^[A-Z]{3}$/, 'ISO 3166-1 alpha-3, upper case')
      .optional(),
    isoNumeric: z
      .string()
      .regex(/^\d{3}$/, 'ISO 3166-1 numeric, three digits')
      .optional(),
    aliases: z.array(z.string().min(1)).describe('Other names and abbreviations that resolve to this actor.'),
    description: Prose.describe('One line on who the actor is in this dataset.'),
    members: IdList.optional().describe('For a group: the ids of its member actors.'),
    wikidata: z
      .string()
      .regex(/^Q\d+$/)
      .optional(),
    references: z.array(Reference).optional().describe('Where the codes and identifiers come from.'),
    provenance: Provenance.optional().describe('Where the source names this actor.'),
  })
  .superRefine((actor, ctx) => {
    const isState = actor.kind === 'state';
    for (const key of ['iso2', 'iso3', 'isoNumeric'] as const) {
      if (isState && actor[key] === undefined)
        ctx.addIssue({ code: 'custom', path: [key], message: `a state needs its ${key} code` });
      if (!isState && actor[key] !== undefined)
        ctx.addIssue({ code: 'custom', path: [key], message: `only a state has an ${key} code` });
    }
    if (actor.kind === 'group' && !actor.members?.length)
      ctx.addIssue({ code: 'custom', path: ['members'], message: 'a group lists its members' });
    if (actor.kind !== 'group' && actor.members !== undefined)
      ctx.addIssue({ code: 'custom', path: ['members'], message: 'only a group has members' });
    if ((actor.iso2 || actor.wikidata) && !actor.references?.length)
      ctx.addIssue({
        code: 'custom',
        path: ['references'],
        message: 'codes and identifiers from outside the source need a reference',
      });
  })
  .describe('An actor of international politics.');
export type Actor = z.infer<typeof Actor>;

import { z } from 'zod';
import { Claim, Id, IdList, Line, Prose, Provenance } from './common.js';

/** A cross-cutting line of policy that spans several relationships. */
export const Theme = z
  .strictObject({
    id: Id,
    title: Line,
    summary: Prose,
    points: z.array(Claim).min(1),
    relationships: IdList,
    actors: IdList,
    topics: IdList,
    provenance: Provenance,
  })
  .describe('A cross-cutting theme of policy.');
export type Theme = z.infer<typeof Theme>;

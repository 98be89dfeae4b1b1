import { z } from 'zod';
import { Claim, Id, IdList, Line, Prose, Provenance } from './common.js';

/** A future prospect the source names, with what it bears on. */
export const Prospect = z
  .strictObject({
    id: Id,
    title: Line,
    summary: Prose,
    points: z.array(Claim).min(1),
    relationships: IdList,
    themes: IdList,
    topics: IdList,
    provenance: Provenance,
  })
  .describe('A future prospect named by the source.');
export type Prospect = z.infer<typeof Prospect>;

import { z } from 'zod';
import { Id, Line, Prose, Provenance } from './common.js';

/**
 * An issue that runs through several relationships. Which relationships, themes and
 * initiatives mention it is derived from their `topics` lists, so it is never stored twice.
 */
export const Topic = z
  .strictObject({
    id: Id,
    name: Line,
    aliases: z.array(Line),
    description: Prose,
    provenance: Provenance,
  })
  .describe('An issue running through several relationships.');
export type Topic = z.infer<typeof Topic>;

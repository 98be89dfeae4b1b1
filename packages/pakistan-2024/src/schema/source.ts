import { z } from 'zod';
import { Id } from './common.js';

/** A source text the dataset is drawn from, with what is needed to find and verify it. */
export const Source = z
  .strictObject({
    id: Id,
    title: z.string().min(1),
    author: z.string().min(1),
    authorRole: z.string().min(1).optional().describe("The author's position, as the source gives it."),
    affiliation: z.string().min(1),
    publisher: z.string().min(1),
    url: z.url(),
    year: z.number().int().min(1900).max(2100),
    language: z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code such as "en"'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'a lower-case hex SHA-256 digest')
      .describe('SHA-256 of the normalised text (see docs/methodology.md, "Verifying a source").'),
    outline: z
      .array(z.string().min(1))
      .min(1)
      .describe(
        'The top-level headings in order. Plain text does not mark heading levels, so this tells a section from a subsection.',
      ),
    bodyEndsBefore: z
      .string()
      .min(1)
      .optional()
      .describe('Opening words of the first line that is not part of the essay (a byline or page footer).'),
  })
  .describe('A source text.');
export type Source = z.infer<typeof Source>;

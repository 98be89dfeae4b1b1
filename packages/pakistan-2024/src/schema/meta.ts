import { z } from 'zod';
import { IdList, Line, Prose, Url } from './common.js';

/** What the dataset is, which version, and under which licences. */
export const Meta = z
  .strictObject({
    name: z.literal('@policy/pakistan-2024'),
    title: Line,
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'a semver version')
      .describe("Taken from the package's package.json at build time."),
    released: z.iso
      .date()
      .optional()
      .describe(
        'The date this version was released, from the release record (release/release.json); absent for a version not yet released.',
      ),
    year: z.number().int().describe('The year the dataset is about (not the year of its release).'),
    subject: Line,
    description: Prose,
    license: z.strictObject({
      data: Line.describe('SPDX id of the licence of the data.'),
      code: Line.describe('SPDX id of the licence of the code.'),
    }),
    sources: IdList.min(1),
    homepage: Url.optional(),
    repository: Url.optional(),
  })
  .describe('Metadata of the dataset.');
export type Meta = z.infer<typeof Meta>;

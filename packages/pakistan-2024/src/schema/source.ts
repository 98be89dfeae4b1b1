import { z } from 'zod';
import { publisherTypes, reaches, valuesOf } from '../registry/vocabulary.js';
import { CalendarDay, Id } from './common.js';

const Language = z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code such as "en"');

/** The essay the dataset reads, with what is needed to find it and verify every citation of it. */
export const EssaySource = z
  .strictObject({
    id: Id,
    kind: z.literal('essay'),
    title: z.string().min(1),
    author: z.string().min(1),
    authorRole: z.string().min(1).optional().describe("The author's position, as the source gives it."),
    affiliation: z.string().min(1),
    publisher: z.string().min(1),
    url: z.url(),
    year: z.number().int().min(1900).max(2100),
    language: Language,
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
  .describe('The essay: cited by heading path and paragraph, checked against a copy of its text.');
export type EssaySource = z.infer<typeof EssaySource>;

export const PublisherType = z.enum(valuesOf(publisherTypes));
export type PublisherType = z.infer<typeof PublisherType>;
export const Reach = z.enum(valuesOf(reaches));
export type Reach = z.infer<typeof Reach>;

/**
 * A published report the year's chronology cites. Title and date of publication are recorded only
 * as the stored copy read on the date accessed shows them, never taken from the address.
 */
export const ReportSource = z
  .strictObject({
    id: Id,
    kind: z.literal('report'),
    title: z
      .string()
      .min(1)
      .optional()
      .describe('The headline as the stored copy shows it; absent when the copy shows none.'),
    publisher: z
      .string()
      .min(1)
      .describe('Who published the page: the newspaper, broadcaster, agency or body.'),
    author: z.string().min(1).optional().describe('The byline, where the copy gives one.'),
    url: z.url().describe('Where the report was read: an absolute https address.'),
    published: CalendarDay.optional().describe(
      'Date of publication as the stored copy shows it; absent when it shows none.',
    ),
    accessed: CalendarDay.describe('The day the stored copy was read and its quotes checked.'),
    language: Language,
    publisherType: PublisherType,
    reach: Reach.describe('Whom the publisher reports for, as ACLED codes `source_scale`.'),
    via: z
      .string()
      .min(1)
      .optional()
      .describe(
        "The agency or body whose copy the page carries (e.g. 'Associated Press'), when not the publisher's own.",
      ),
  })
  .describe("A published report, cited by the year's chronology with a phrase quoted from it.");
export type ReportSource = z.infer<typeof ReportSource>;

/** A source of the dataset: the essay, or a report the chronology cites. */
export const Source = z
  .discriminatedUnion('kind', [EssaySource, ReportSource], {
    error: (issue) =>
      issue.code === 'invalid_union' ? 'a source has `kind: essay` or `kind: report`' : undefined,
  })
  .describe('A source text: the essay, or a published report.');
export type Source = z.infer<typeof Source>;
export type SourceKind = Source['kind'];

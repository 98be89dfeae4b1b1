import { z } from 'zod';
import { isCalendarDay } from './calendar.js';

/** Lower-case kebab-case, stable for ever once published; never reused for another record. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case kebab-case, e.g. "pakistan-china"')
  .describe('Stable lower-case kebab-case identifier; never reused.');
export type Id = z.infer<typeof Id>;

/** A list of ids of other records; the linter keeps it sorted and free of repeats. */
export const IdList = z.array(Id).describe('Ids of other records, sorted alphabetically, no repeats.');

/** Statements are prose in the project's own words: one or more full sentences, no stray whitespace. */
export const Prose = z
  .string()
  .min(1, 'text must not be empty')
  .refine((s) => s === s.trim(), 'text must not start or end with whitespace')
  .describe("Prose in the dataset's own words (never a copied sentence of the source).");

const MAX_QUOTE_WORDS = 12;

/** A phrase copied word for word from a source: the one place where a source's own words may stand. */
const Quote = z
  .string()
  .min(1)
  .refine(
    (q) => q.trim().split(/\s+/).length <= MAX_QUOTE_WORDS,
    `a quote is at most ${MAX_QUOTE_WORDS} words`,
  );

/**
 * Where a statement comes from: a paragraph of a source, located by its heading path, in the
 * manner of a W3C Web Annotation text-quote selector.
 */
export const Citation = z
  .strictObject({
    source: Id.describe('Id of a record in `sources`.'),
    section: z
      .array(z.string().min(1))
      .describe(
        "Heading path in the source, in the headings' own words; [] for the opening paragraphs before the first heading.",
      ),
    paragraph: z.number().int().min(1).describe('1-based paragraph under the deepest heading of `section`.'),
    quote: Quote.optional().describe(
      `Optional key phrase, at most ${MAX_QUOTE_WORDS} words, word for word from that paragraph.`,
    ),
  })
  .describe('A pointer to one paragraph of a source text.');
export type Citation = z.infer<typeof Citation>;

/**
 * Where a statement of the year's chronology comes from: a published report, located by a phrase
 * copied from it (a report has no headings or paragraphs to point to, so the quote is required).
 */
export const ReportCitation = z
  .strictObject({
    source: Id.describe('Id of a report in `sources`.'),
    quote: Quote.describe(
      `At most ${MAX_QUOTE_WORDS} words, word for word from the report as the stored copy read on the date accessed shows it.`,
    ),
  })
  .describe('A pointer to a published report, by a phrase quoted from it.');
export type ReportCitation = z.infer<typeof ReportCitation>;

/** A citation of either kind, as a walk over every `provenance` of the dataset finds them. */
export type AnyCitation = Citation | ReportCitation;

/** One or more report citations: the provenance of an event of the chronology. */
export const ReportProvenance = z
  .array(ReportCitation)
  .min(1, 'a record of the chronology or the figures cites at least one report');
export type ReportProvenance = z.infer<typeof ReportProvenance>;

/** One or more citations; every statement-bearing record carries it. */
export const Provenance = z.array(Citation).min(1, 'provenance needs at least one citation');
export type Provenance = z.infer<typeof Provenance>;

/** The smallest statement of the dataset, with its own provenance (as a Wikidata claim has references). */
export const Claim = z
  .strictObject({
    text: Prose,
    provenance: Provenance,
  })
  .describe('One statement in our own words with the citations that support it.');
export type Claim = z.infer<typeof Claim>;

/** A public reference for a fact the source does not give (a date, an ISO code). */
export const Reference = z
  .strictObject({
    title: z.string().min(1),
    url: z.url(),
    note: z.string().min(1).optional(),
  })
  .describe('A public reference for a fact taken from outside the source texts.');
export type Reference = z.infer<typeof Reference>;

/** A calendar day written YYYY-MM-DD. */
export const CalendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD')
  .refine(isCalendarDay, 'no such day in the calendar')
  .describe('A calendar day, YYYY-MM-DD.');

import { z } from 'zod';
import { datePrecisions, valuesOf } from '../registry/vocabulary.js';
import { Id, IdList, Prose, Provenance, Reference } from './common.js';

export const DatePrecision = z.enum(valuesOf(datePrecisions));
export type DatePrecision = z.infer<typeof DatePrecision>;

const PATTERN: Record<DatePrecision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
};

const EventDate = z.string().regex(/^\d{4}(-\d{2}){0,2}$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD');

/** A dated point (or span) of the historical context. */
export const Event = z
  .strictObject({
    id: Id,
    title: z.string().min(1),
    date: EventDate.describe('ISO 8601 calendar date, as precise as `precision` says.'),
    end: EventDate.optional().describe('For a span: its last date, at the same precision.'),
    precision: DatePrecision,
    dateSource: z
      .enum(['source', 'reference'])
      .describe(
        '"source" when the source text prints the date; "reference" when it comes from `dateReference`.',
      ),
    dateReference: Reference.optional(),
    summary: Prose,
    actors: IdList,
    relationships: IdList,
    provenance: Provenance,
  })
  .superRefine((event, ctx) => {
    for (const key of ['date', 'end'] as const) {
      const value = event[key];
      if (value !== undefined && !PATTERN[event.precision].test(value))
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `"${value}" does not match precision "${event.precision}"`,
        });
    }
    if (event.end !== undefined && event.end < event.date)
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'a span cannot end before it starts' });
    if (event.dateSource === 'reference' && event.dateReference === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['dateReference'],
        message: 'a date the source does not print needs a dateReference',
      });
    if (event.dateSource === 'source' && event.dateReference !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['dateReference'],
        message: 'a date printed in the source takes no dateReference; cite the paragraph instead',
      });
  })
  .describe('A dated event of the historical context.');
export type Event = z.infer<typeof Event>;

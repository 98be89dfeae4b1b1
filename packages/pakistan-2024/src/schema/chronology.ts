import { z } from 'zod';
import { eventKinds, keyCriteria, valuesOf } from '../registry/vocabulary.js';
import { CalendarDay, Id, IdList, Prose, ReportProvenance } from './common.js';
import { DimensionKind } from './relationship.js';

export const EventKind = z.enum(valuesOf(eventKinds));
export type EventKind = z.infer<typeof EventKind>;

export const KeyCriterion = z.enum(valuesOf(keyCriteria));
export type KeyCriterion = z.infer<typeof KeyCriterion>;

/** Why an event is one of the year's key events: the criterion it meets and a one-line reason. */
export const KeyEvent = z
  .strictObject({
    criterion: KeyCriterion,
    reason: Prose.describe("One sentence, in our words: why this event stands for the partner's year."),
  })
  .describe('Marks a key event of the year, chosen by the methodology\'s rule ("Key events").');
export type KeyEvent = z.infer<typeof KeyEvent>;

/**
 * An event of the dataset's year, cited to published reports: the chronology, a layer apart from
 * the essay's reading. It links to the essay's records but never changes their codings.
 */
export const ChronologyEvent = z
  .strictObject({
    id: Id,
    title: z.string().min(1),
    date: CalendarDay.describe("The day it happened (the first day of a span), in the dataset's year."),
    end: CalendarDay.optional().describe('For a visit, summit or exercise of several days: its last day.'),
    kind: EventKind,
    summary: Prose.describe(
      'What happened and what each side said, in our words; figures with who gave them.',
    ),
    actors: IdList.describe('The actors involved besides Pakistan, a party to every event.'),
    relationships: IdList.describe("The essay's relationships the event bears on."),
    topics: IdList,
    initiatives: IdList,
    dimensions: z
      .array(DimensionKind)
      .describe('The dimension kinds of those relationships the event concerns, in vocabulary order.'),
    dateNote: Prose.optional().describe(
      'How the date is established where reports give only a weekday or differ, in our words.',
    ),
    key: KeyEvent.optional(),
    provenance: ReportProvenance,
  })
  .superRefine((event, ctx) => {
    if (event.end !== undefined && event.end < event.date)
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'an event cannot end before it starts' });
  })
  .describe("An event of the year's chronology, cited to published reports.");
export type ChronologyEvent = z.infer<typeof ChronologyEvent>;

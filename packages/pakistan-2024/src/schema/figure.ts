import { z } from 'zod';
import {
  approximations,
  currencies,
  figureStatuses,
  periodConventions,
  scaleUnits,
  valuesOf,
} from '../registry/vocabulary.js';
import { CalendarDay, Id, Prose, ReportProvenance } from './common.js';

export const ScaleUnit = z.enum(valuesOf(scaleUnits));
export type ScaleUnit = z.infer<typeof ScaleUnit>;
export const Currency = z.enum(valuesOf(currencies));
export type Currency = z.infer<typeof Currency>;
export const PeriodConvention = z.enum(valuesOf(periodConventions));
export type PeriodConvention = z.infer<typeof PeriodConvention>;
export const FigureStatus = z.enum(valuesOf(figureStatuses));
export type FigureStatus = z.infer<typeof FigureStatus>;
export const Approximation = z.enum(valuesOf(approximations));
export type Approximation = z.infer<typeof Approximation>;

/**
 * What a figure measures: the third layer of the dataset, beside the essay's reading and the
 * chronology. An indicator names its statistical source, so that two bodies' series of the same
 * flow (SBP's and TDAP's exports) are two indicators, never one.
 */
export const Indicator = z
  .strictObject({
    id: Id,
    name: z.string().min(1).describe('e.g. "Exports by destination (SBP)".'),
    shortName: z.string().min(1).describe('The column heading of a comparison: "Exports".'),
    definition: Prose.describe('What is measured, in our words, with what it leaves out.'),
    unit: ScaleUnit.describe('The scale its figures are compared in.'),
    currencies: z
      .array(Currency)
      .min(1)
      .describe('The currencies its figures may be given in; the first is the one partners are compared in.'),
    period: PeriodConvention.describe('How its periods are cut.'),
    statisticalSource: z
      .string()
      .min(1)
      .describe('The body that publishes the series, as reports name it: "State Bank of Pakistan (SBP)".'),
    flow: z
      .enum(['inflow', 'outflow', 'stock', 'agreement'])
      .describe('Money coming in, going out, held, or committed by an agreement.'),
  })
  .describe(
    'A measure the figures layer reports: what, in which unit and currency, over which periods, by whom.',
  );
export type Indicator = z.infer<typeof Indicator>;

/** The period a figure covers: whole days, first and last. */
export const Period = z
  .strictObject({
    start: CalendarDay,
    end: CalendarDay,
  })
  .describe('The first and last day the figure covers (the same day for an amount of one day).');
export type Period = z.infer<typeof Period>;

/**
 * One observation: an amount of an indicator for one partner (or for all partners, the total) over
 * one period, with the reports that carry it, each quoted on the number.
 */
export const Figure = z
  .strictObject({
    id: Id,
    title: z.string().min(1).describe('e.g. "Exports to China, FY2023-24 (SBP)".'),
    indicator: Id.describe('Id of a record in `indicators`.'),
    partner: Id.optional().describe(
      'Id of the partner actor; absent for the total over all partners. A group only where the source gives the group.',
    ),
    period: Period,
    value: z.number().nonnegative().describe('The amount in `unit` of `currency`, as the reports give it.'),
    unit: ScaleUnit,
    currency: Currency,
    approximation: Approximation.optional().describe(
      'Absent when the report gives the amount itself (`exact`).',
    ),
    status: FigureStatus,
    note: Prose.optional().describe('What a reader needs to read the number right, in our words.'),
    disagreesWith: z
      .array(Id)
      .optional()
      .describe(
        "Other figures for the same partner and period whose reports give another value (of this indicator or another body's series); every value is kept with its own reports, none averaged or adjusted.",
      ),
    shows: Id.optional().describe(
      'Where reports disagree: which of these figures the site shows (this one or one of `disagreesWith`).',
    ),
    disagreementNote: Prose.optional().describe(
      'Where the values differ and why the site shows the one it shows, in our words.',
    ),
    provenance: ReportProvenance.describe('The reports that carry the number, each quoted on it.'),
  })
  .superRefine((figure, ctx) => {
    const parts = [figure.disagreesWith, figure.shows, figure.disagreementNote].filter(
      (x) => x !== undefined,
    );
    if (parts.length !== 0 && parts.length !== 3)
      ctx.addIssue({
        code: 'custom',
        path: ['disagreesWith'],
        message: 'a disagreement has all three of disagreesWith, shows and disagreementNote',
      });
    if (figure.period.end < figure.period.start)
      ctx.addIssue({
        code: 'custom',
        path: ['period', 'end'],
        message: 'a period cannot end before it starts',
      });
  })
  .describe('An observation of an indicator for one partner and period, cited to published reports.');
export type Figure = z.infer<typeof Figure>;

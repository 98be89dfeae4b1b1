/**
 * How the site lays out the year's chronology: by month, each report as a reader sees it, and which
 * events cite a report. The lookups themselves (`chronologyOf`, `reportsOf`) are the package's.
 */
import {
  type ChronologyEvent,
  dataset,
  formatDate,
  isReportCitation,
  type ReportSource,
} from '@policy/pakistan-2024';

/** The events of one month: `month` is `YYYY-MM`, `label` "January 2024". */
export interface MonthOfEvents<E> {
  readonly month: string;
  readonly label: string;
  readonly events: readonly E[];
}

/**
 * Events grouped by the month they start in, months in order, empty months left out. An event
 * spanning two months is listed once, under its first, so that its anchor is unique.
 */
export function monthsOf<E extends { readonly date: string }>(events: readonly E[]): MonthOfEvents<E>[] {
  const months = new Map<string, E[]>();
  for (const e of [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    const month = e.date.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), e]);
  }
  return [...months].map(([month, list]) => ({ month, label: formatDate(month), events: list }));
}

/** What a reader sees of one report cited by the chronology, with plain words where the copy showed nothing. */
export interface ReportView {
  readonly publisher: string;
  /** The headline, or undefined when the copy read showed none. */
  readonly headline?: string;
  /** "15 October 2024", or undefined when the copy read showed no date. */
  readonly published?: string;
  /** What to say in place of a missing headline or date. */
  readonly missing?: string;
  /** "Associated Press copy" when the page carries another's report. */
  readonly via?: string;
  /** "28 November 2026": when the copy was read and the quote checked. */
  readonly accessed: string;
  readonly url: string;
}

/** The parts of a report's citation; a report without a headline or a date says so plainly. */
export function reportView(report: ReportSource): ReportView {
  const gaps = [report.title ? '' : 'no headline', report.published ? '' : 'no date of publication'].filter(
    Boolean,
  );
  return {
    publisher: report.publisher,
    ...(report.title ? { headline: report.title } : {}),
    ...(report.published ? { published: formatDate(report.published) } : {}),
    ...(gaps.length ? { missing: `${gaps.join(' and ')} on the copy we read` } : {}),
    ...(report.via ? { via: `${report.via} copy` } : {}),
    accessed: formatDate(report.accessed),
    url: report.url,
  };
}

/** For each report, the ids of the chronology's events that cite it, in date order. */
export function citedBy(events: readonly ChronologyEvent[] = dataset.chronology): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of events)
    for (const c of e.provenance)
      if (isReportCitation(c) && !out.get(c.source)?.includes(e.id))
        out.set(c.source, [...(out.get(c.source) ?? []), e.id]);
  return out;
}

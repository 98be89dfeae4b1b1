import { formatDate } from '../records/dates.js';
import type { AnyCitation, ReportSource } from '../schema/index.js';
import { isReportCitation } from './citation-kind.js';

/** A citation's heading path for reading: "Pakistan-China Relations › All-Weather Strategic Partnership". */
export function sectionLabel(section: readonly string[]): string {
  return section.length ? section.join(' › ') : 'Opening paragraphs';
}

/** A report as a citation names it: its publisher and the date its copy shows, "Dawn, 15 September 2024". */
export function reportLabel(report: Pick<ReportSource, 'publisher' | 'published'>): string {
  return `${report.publisher}, ${report.published ? formatDate(report.published) : 'undated'}`;
}

/**
 * A citation in one line. An essay's: section, paragraph and quoted phrase, e.g.
 * `Historical Context ¶1 "…"`. A report's: the quoted phrase, after the report's label when it
 * is given (`Dawn, 15 September 2024: "…"`), else after its id when `source` is asked for.
 */
export function formatCitation(
  citation: AnyCitation,
  options: { source?: boolean; report?: Pick<ReportSource, 'publisher' | 'published'> } = {},
): string {
  if (isReportCitation(citation)) {
    const who = options.report ? reportLabel(options.report) : options.source ? citation.source : '';
    return `${who ? `${who}: ` : ''}“${citation.quote}”`;
  }
  const where = `${sectionLabel(citation.section)} ¶${citation.paragraph}`;
  const quote = citation.quote ? ` “${citation.quote}”` : '';
  return `${options.source ? `${citation.source}: ` : ''}${where}${quote}`;
}

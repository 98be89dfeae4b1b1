/** Which kind of source a citation points at, told by its shape alone. */
import type { AnyCitation, ReportCitation } from '../schema/index.js';

/** True for a citation of a report (`{ source, quote }`), false for one of an essay's paragraph. */
export function isReportCitation(citation: AnyCitation): citation is ReportCitation {
  return !('paragraph' in citation);
}

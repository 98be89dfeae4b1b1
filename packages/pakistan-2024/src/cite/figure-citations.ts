/** The citations of a figure of the figures layer: each report it cites, with the words quoted from it. */
import type { CitationFormat } from '../registry/citation-formats.js';
import type { Dataset, Figure, ReportSource } from '../schema/index.js';
import { citeReport } from './bibliography.js';

/** One citation of a figure: the report, the words quoted from it, and the report cited in a style. */
export interface FigureCitation {
  readonly report: ReportSource;
  readonly quote: string;
  readonly citation: string;
}

/** The citations of a figure, one per report it cites, in its order, each formatted in `format`. */
export function figureCitations(
  data: Pick<Dataset, 'sources'>,
  figure: Pick<Figure, 'provenance'>,
  format: CitationFormat,
): FigureCitation[] {
  return figure.provenance.flatMap(({ source, quote }) => {
    const report = data.sources.find((s) => s.id === source);
    return report?.kind === 'report' ? [{ report, quote, citation: citeReport(report, format) }] : [];
  });
}

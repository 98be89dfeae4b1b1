import {
  type CitationFormat,
  type CitedRecord,
  citationFormats,
  citeDataset,
  citeReport,
  citeSource,
  cslDataset,
  cslReport,
  cslSource,
  essays,
  type ReportSource,
} from '@policy/pakistan-2024';
import { CodeBlock } from '@/components/ScrollRegion';
import { citableMeta } from '@/lib/dataset-citation';
import { packageFiles } from '@/lib/package-files';
import { sitePath } from '@/lib/site';

/**
 * What `policy cite <record>` prints, in one format: the record's citation, then what it rests on
 * (the reports an event of the chronology cites, or the essay for any other record).
 */
export function citationsOf(
  format: CitationFormat,
  record: CitedRecord,
  reports: readonly ReportSource[],
): string {
  const sources = reports.length ? [] : essays;
  if (format === 'csl-json')
    return JSON.stringify(
      [
        cslDataset(citableMeta, record),
        ...sources.map((s) => cslSource(s)),
        ...reports.map((r) => cslReport(r)),
      ],
      null,
      2,
    );
  return [
    citeDataset(citableMeta, format, record),
    ...sources.map((s) => citeSource(s, format)),
    ...reports.map((r) => citeReport(r, format)),
  ].join('\n\n');
}

/**
 * "Cite this page": the record's citation in every format the package knows, with what it rests on;
 * APA is open, the others a click away. Each has a copy button, hidden until the small copy script
 * runs; without it the text is there to select.
 */
export function CiteThis({
  record,
  reports = [],
  what = 'page',
}: {
  record: CitedRecord;
  reports?: readonly ReportSource[];
  what?: string;
}) {
  return (
    <section aria-labelledby="cite-this" className="cite-this">
      <h2 id="cite-this">Cite this {what}</h2>
      <p className="muted">
        {reports.length
          ? `The ${what} in the dataset, then the ${reports.length === 1 ? 'report' : `${reports.length} reports`} it rests on.`
          : `The ${what} in the dataset, then the essay it reads, whose author's analysis it is.`}{' '}
        The same as <code>policy cite {record.id}</code>.
      </p>
      {citationFormats.map((f, i) => (
        <details key={f.value} className="copy-block" open={i === 0}>
          <summary>{f.label}</summary>
          <CodeBlock id={`cite-${f.value}`} label={`${f.label} citation`} wrap={i < 3}>
            {citationsOf(f.value, record, reports)}
          </CodeBlock>
          <p className="copy-row">
            <button type="button" data-copy={`cite-${f.value}`} data-pending="">
              Copy {f.label.split(',')[0]}
            </button>{' '}
            <span id={`cite-${f.value}-status`} role="status" className="muted" />
          </p>
        </details>
      ))}
      <script type="module" src={sitePath(packageFiles.scripts.copy)} />
    </section>
  );
}

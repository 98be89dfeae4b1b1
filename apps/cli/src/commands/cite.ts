import type { CitationFormat, CitedRecord, ReportSource } from '@policy/pakistan-2024';
import { loadPackage } from '../data.js';
import { colours as c, print, printJson, textWidth } from '../io.js';
import { wrap } from '../render/wrap.js';
import { resolveRef } from '../resolve.js';

/**
 * `policy cite [ref]`: how to cite the dataset (or a record of it) and what the record rests on:
 * the original essay, which readers must credit too, or, for an event of the year's chronology,
 * the published reports it cites. The strings come from the package, so the site prints the same.
 */
export async function cite(
  ref: string | undefined,
  opts: { format: CitationFormat; json?: boolean },
): Promise<void> {
  const pkg = await loadPackage();
  const { meta, citeDataset, citeSource, citeReport, citedPassages } = pkg;
  const found = ref === undefined ? undefined : resolveRef(pkg, ref);
  const record: CitedRecord | undefined = found && {
    collection: found.collection,
    id: found.record.id,
    title: pkg.titleOf(found.record),
  };
  const event = found?.collection === 'chronology' ? pkg.byId('chronology', found.record.id) : undefined;
  const source = found?.collection === 'sources' ? pkg.byId('sources', found.record.id) : undefined;
  const report = source?.kind === 'report' ? source : undefined;
  const reports: readonly ReportSource[] = event ? pkg.reportsOf(event) : report ? [report] : [];
  const passages = found ? citedPassages(found.record) : [];
  // A chronology event or a report rests on reports alone; everything else on the essay.
  const essayIds = reports.length
    ? []
    : found && passages.length
      ? [...new Set(passages.map((p) => p.source))]
      : meta.sources;
  const essays = pkg.essays.filter((s) => essayIds.includes(s.id));
  const quotesOf = (id: string) =>
    (event?.provenance ?? []).filter((p) => p.source === id).map((p) => p.quote);
  const format = opts.format;

  if (opts.json)
    return printJson({
      format,
      dataset: citeDataset(meta, format, record),
      sources: essays.map((s) => ({
        id: s.id,
        citation: citeSource(s, format),
        passages: passages.filter((p) => p.source === s.id),
      })),
      reports: reports.map((r) => ({ id: r.id, citation: citeReport(r, format), quotes: quotesOf(r.id) })),
    });
  if (format === 'csl-json')
    return printJson([
      pkg.cslDataset(meta, record),
      ...essays.map((s) => pkg.cslSource(s)),
      ...reports.map((r) => pkg.cslReport(r)),
    ]);
  if (format === 'bibtex')
    return print(
      [
        citeDataset(meta, format, record),
        ...essays.map((s) => citeSource(s, format)),
        ...reports.map((r) => citeReport(r, format)),
      ].join('\n\n'),
    );

  const width = textWidth();
  const label = pkg.citationFormats.find((f) => f.value === format)?.label ?? format;
  const block = (text: string) => wrap(text, width - 2).map((l) => `  ${l}`);
  const lines = [
    c.bold(record ? `Cite the record (${label}):` : `Cite the dataset (${label}):`),
    ...block(citeDataset(meta, format, record)),
  ];
  if (essays.length) lines.push('', c.bold(`Credit the original essay as well (${label}):`));
  for (const s of essays) {
    lines.push(...block(citeSource(s, format)));
    // In the order of the essay: opening paragraphs, then by top-level heading as the outline lists them.
    const rank = (section: readonly string[]) =>
      section.length ? s.outline.indexOf(section[0] ?? '') + 1 : 0;
    const parts = passages
      .filter((p) => p.source === s.id)
      .map((p, i) => ({ p, i }))
      .sort((a, b) => rank(a.p.section) - rank(b.p.section) || a.i - b.i)
      .map(({ p }) => p)
      .map((p) => `${pkg.sectionLabel(p.section)} ¶${p.paragraphs.join(', ')}`);
    if (parts.length)
      lines.push(...wrap(`Passages: ${parts.join('; ')}`, width - 2).map((l) => `  ${c.dim(l)}`));
  }
  if (reports.length)
    lines.push(
      '',
      c.bold(
        event ? `Credit the reports it cites as well (${label}):` : `Credit the report as well (${label}):`,
      ),
    );
  for (const r of reports) {
    lines.push(...block(citeReport(r, format)));
    const quotes = quotesOf(r.id);
    if (quotes.length)
      lines.push(
        ...wrap(`Quoted: ${quotes.map((q) => `“${q}”`).join('; ')}`, width - 2).map((l) => `  ${c.dim(l)}`),
      );
  }
  print(lines.join('\n'));
}

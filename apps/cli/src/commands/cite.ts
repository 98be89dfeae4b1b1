import type { CitationFormat, CitedRecord } from '@policy/pakistan-2024';
import { loadPackage } from '../data.js';
import { colours as c, print, printJson, textWidth } from '../io.js';
import { wrap } from '../render/wrap.js';
import { resolveRef } from '../resolve.js';

/**
 * `policy cite [ref]`: how to cite the dataset (or a record of it) and the original essay, which
 * readers must credit too. The strings come from the package, so the site prints the same ones.
 */
export async function cite(
  ref: string | undefined,
  opts: { format: CitationFormat; json?: boolean },
): Promise<void> {
  const pkg = await loadPackage();
  const { meta, citeDataset, citeSource, citedPassages } = pkg;
  const found = ref === undefined ? undefined : resolveRef(pkg, ref);
  const record: CitedRecord | undefined = found && {
    collection: found.collection,
    id: found.record.id,
    title: pkg.titleOf(found.record),
  };
  const passages = found ? citedPassages(found.record) : [];
  const sourceIds = found && passages.length ? [...new Set(passages.map((p) => p.source))] : meta.sources;
  const sources = sourceIds.map((id) => pkg.getSource(id)).filter((s) => s !== undefined);
  const format = opts.format;

  if (opts.json)
    return printJson({
      format,
      dataset: citeDataset(meta, format, record),
      sources: sources.map((s) => ({
        id: s.id,
        citation: citeSource(s, format),
        passages: passages.filter((p) => p.source === s.id),
      })),
    });
  if (format === 'csl-json')
    return printJson([pkg.cslDataset(meta, record), ...sources.map((s) => pkg.cslSource(s))]);
  if (format === 'bibtex')
    return print(
      [citeDataset(meta, format, record), ...sources.map((s) => citeSource(s, format))].join('\n\n'),
    );

  const width = textWidth();
  const label = pkg.citationFormats.find((f) => f.value === format)?.label ?? format;
  const block = (text: string) => wrap(text, width - 2).map((l) => `  ${l}`);
  const lines = [
    c.bold(record ? `Cite the record (${label}):` : `Cite the dataset (${label}):`),
    ...block(citeDataset(meta, format, record)),
    '',
    c.bold(`Credit the original essay as well (${label}):`),
  ];
  for (const s of sources) {
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
  print(lines.join('\n'));
}

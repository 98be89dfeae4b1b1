/** The Markdown report of the dataset: `policy export --format md`. */
import type { AnyRecord, CollectionName } from '@policy/pakistan-2024';
import type { Pkg } from './data.js';
import { eventDate, Layout, stanceLabel } from './layout.js';
import { renderMarkdown } from './render/doc.js';

/** What readers come for first; any other collection follows in registry order. */
const FIRST: readonly CollectionName[] = [
  'relationships',
  'themes',
  'events',
  'chronology',
  'prospects',
  'initiatives',
  'topics',
  'actors',
];

const cell = (s: string) => s.replace(/\|/g, '\\|');
const table = (header: readonly string[], rows: readonly (readonly string[])[]) =>
  [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');

/** The whole dataset (or one collection of it) as a readable Markdown document. */
export function markdownReport(pkg: Pkg, only?: CollectionName): string {
  const { meta } = pkg;
  const layout = new Layout(pkg);
  const parts: string[] = [];
  const order = [...FIRST, ...pkg.collectionNames.filter((c) => !FIRST.includes(c))];
  const heading = pkg.listTitle;
  const collections = only ? [only] : order;
  if (!only) {
    parts.push(
      `# ${meta.title}`,
      meta.description,
      [
        `- **Dataset:** ${meta.name}, version ${meta.version}`,
        `- **Licence:** data ${meta.license.data}, code ${meta.license.code}`,
        `- **Records:** ${order.map((c) => pkg.countOf(c, pkg.dataset[c].length)).join(', ')}`,
      ].join('\n'),
      '**How to cite.** Please credit the original essay as well as the dataset:',
      [
        `- ${pkg.citeDataset(meta, 'apa')}`,
        ...pkg.essays.filter((s) => meta.sources.includes(s.id)).map((s) => `- ${pkg.citeSource(s, 'apa')}`),
      ].join('\n'),
      "_Stance and trajectory are the editors' reading of one essay, not measurements; the scale and the method are in the package's docs/methodology.md._",
      `## Contents\n\n${collections.map((c) => `- [${heading(c)}](#${heading(c).toLowerCase()})`).join('\n')}`,
    );
  } else parts.push(`# ${meta.title}: ${heading(only).toLowerCase()}`);

  for (const collection of collections) {
    const records = pkg.dataset[collection] as readonly AnyRecord[];
    parts.push(`## ${heading(collection)}`);
    if (!records.length) {
      parts.push(`_No ${collection} in this version._`);
      continue;
    }
    if (collection === 'relationships')
      parts.push(
        table(
          ['Relationship', 'Label', 'Stance', 'Trajectory'],
          pkg.relationships.map((r) => [
            r.title,
            r.label,
            stanceLabel(pkg, r.stance.value),
            pkg.labelOf(pkg.trajectories, r.trajectory.value),
          ]),
        ),
      );
    if (collection === 'events')
      parts.push(
        table(
          ['Date', 'Event'],
          pkg.events.map((e) => [eventDate(pkg, e), e.title]),
        ),
      );
    if (collection === 'chronology')
      parts.push(
        `_Events of ${meta.year} cited to published reports: a layer apart from the essay's reading, which they do not change._`,
        table(
          ['Date', 'Event', 'Kind'],
          pkg.chronology.map((e) => [eventDate(pkg, e), e.title, pkg.labelOf(pkg.eventKinds, e.kind)]),
        ),
      );
    for (const record of records)
      parts.push(renderMarkdown(layout.blocks(collection, record), 3, pkg.escapeMarkdown).trim());
  }
  return `${parts.join('\n\n')}\n`;
}

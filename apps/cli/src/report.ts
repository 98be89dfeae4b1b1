/** The Markdown report of the dataset: `policy export --format md`. */
import type { AnyRecord, CollectionName } from '@policy/pakistan-2024';
import type { Pkg } from './data.js';
import { eventDate, Layout, stanceLabel } from './layout.js';
import { renderMarkdown } from './render/doc.js';

/** The order of the report: what readers come for first. */
const ORDER: readonly CollectionName[] = [
  'relationships',
  'themes',
  'events',
  'prospects',
  'initiatives',
  'topics',
  'actors',
  'sources',
];
const HEADINGS: Record<CollectionName, string> = {
  relationships: 'Relationships',
  themes: 'Themes',
  events: 'Timeline',
  prospects: 'Prospects',
  initiatives: 'Initiatives',
  topics: 'Topics',
  actors: 'Actors',
  sources: 'Sources',
};

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
  const collections = only ? [only] : ORDER;
  if (!only) {
    parts.push(
      `# ${meta.title}`,
      meta.description,
      [
        `- **Dataset:** ${meta.name}, version ${meta.version}`,
        `- **Licence:** data ${meta.license.data}, code ${meta.license.code}`,
        `- **Records:** ${ORDER.map((c) => `${pkg.dataset[c].length} ${pkg.dataset[c].length === 1 ? c.replace(/s$/, '') : c}`).join(', ')}`,
      ].join('\n'),
      '**How to cite.** Please credit the original essay as well as the dataset:',
      [
        `- ${pkg.citeDataset(meta, 'apa')}`,
        ...pkg.sources.filter((s) => meta.sources.includes(s.id)).map((s) => `- ${pkg.citeSource(s, 'apa')}`),
      ].join('\n'),
      "_Stance and trajectory are the editors' reading of one essay, not measurements; the scale and the method are in the package's docs/methodology.md._",
      `## Contents\n\n${collections.map((c) => `- [${HEADINGS[c]}](#${HEADINGS[c].toLowerCase()})`).join('\n')}`,
    );
  } else parts.push(`# ${meta.title}: ${HEADINGS[only].toLowerCase()}`);

  for (const collection of collections) {
    const records = pkg.dataset[collection] as readonly AnyRecord[];
    parts.push(`## ${HEADINGS[collection]}`);
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
            pkg.trajectories.find((t) => t.value === r.trajectory.value)?.label ?? r.trajectory.value,
          ]),
        ),
      );
    if (collection === 'events')
      parts.push(
        table(
          ['Date', 'Event'],
          pkg.events.map((e) => [eventDate(e), e.title]),
        ),
      );
    for (const record of records) parts.push(renderMarkdown(layout.blocks(collection, record), 3).trim());
  }
  return `${parts.join('\n\n')}\n`;
}

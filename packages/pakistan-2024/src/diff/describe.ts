/** A semantic diff in words: one line per change for `policy diff`, Markdown release notes for the CHANGELOG. */
import { escapeMarkdown } from '../escape/markdown-escape.js';
import { bumpMeaning } from './bump.js';
import type { DiffResult } from './dataset-diff.js';
import type { RecordSummary } from './record-diff.js';

/** A diff for people: the bump it needs and why, then one line per change, largest first. */
export function formatDiff(result: DiffResult): string {
  const span = result.from || result.to ? `${result.from ?? '?'} → ${result.to ?? '?'}: ` : '';
  if (result.bump === 'none')
    return `${span}no changes${result.schemaCompared ? '' : ' to the records (schemas not compared)'}`;
  const counts = [
    `${result.added.length} added`,
    `${result.changed.length} changed`,
    `${result.removed.length} removed`,
    `${result.renamed.length} renamed`,
  ].join(', ');
  const lines = [
    `${span}${counts}; needs a ${result.bump} release (${bumpMeaning[result.bump]})`,
    ...result.reasons.map((r) => `  ${r.bump.padEnd(5)}  ${r.message}`),
  ];
  if (!result.schemaCompared) lines.push('  (schemas not compared: fields and enumeration values unchecked)');
  return lines.join('\n');
}

/** Options for `formatReleaseNotes`. */
export interface ReleaseNotesOptions {
  /** The heading of the section; `### Data changes` by default. */
  readonly heading?: string;
}

const line = (r: RecordSummary) => `- ${escapeMarkdown(r.title)} (\`${r.collection}/${r.id}\`)`;

/** The release notes of a diff: records added, changed, renamed and removed (with titles), and schema changes. */
export function formatReleaseNotes(result: DiffResult, options: ReleaseNotesOptions = {}): string {
  const out: string[] = [options.heading ?? '### Data changes', ''];
  out.push(
    result.from
      ? `Compared with ${result.from}: ${result.bump === 'none' ? 'no change to the data.' : `a ${result.bump} change.`}`
      : 'The first release: every record is new.',
    '',
  );
  const section = (title: string, lines: string[]) => {
    if (lines.length) out.push(`**${title}**`, '', ...lines, '');
  };
  section('Added', result.added.map(line));
  section(
    'Changed',
    result.changed.map((r) => `${line(r)}: ${r.fields.join(', ')}`),
  );
  section(
    'Renamed',
    result.renamed.map(
      (r) => `- ${escapeMarkdown(r.title)}: \`${r.collection}/${r.from}\` is now \`${r.collection}/${r.to}\``,
    ),
  );
  section('Removed', result.removed.map(line));
  section(
    'Schema',
    result.schema.map((s) => `- ${escapeMarkdown(s.message)}`),
  );
  // A first release has nothing to correct: its metadata and order are simply new.
  if (result.from)
    section('Other corrections', [
      ...result.reordered.map((c) => `- the order of ${c} was corrected`),
      ...(result.meta.length ? [`- metadata corrected: ${result.meta.join(', ')}`] : []),
    ]);
  return `${out.join('\n').trimEnd()}\n`;
}

/** Release notes in Markdown, written from a semantic diff, for the package's CHANGELOG. */
import type { DiffResult } from '../diff.js';
import type { RecordSummary } from './records.js';

/** Options for `formatReleaseNotes`. */
export interface ReleaseNotesOptions {
  /** The heading of the section; `### Data changes` by default. */
  readonly heading?: string;
}

// Markdown's own characters in a title would otherwise change how the line renders.
const mdEscape = (text: string) => text.replace(/([\\`*_[\]<>|])/g, '\\$1');
const line = (r: RecordSummary) => `- ${mdEscape(r.title)} (\`${r.collection}/${r.id}\`)`;

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
      (r) => `- ${mdEscape(r.title)}: \`${r.collection}/${r.from}\` is now \`${r.collection}/${r.to}\``,
    ),
  );
  section('Removed', result.removed.map(line));
  section(
    'Schema',
    result.schema.map((s) => `- ${mdEscape(s.message)}`),
  );
  // A first release has nothing to correct: its metadata and order are simply new.
  if (result.from)
    section('Other corrections', [
      ...result.reordered.map((c) => `- the order of ${c} was corrected`),
      ...(result.meta.length ? [`- metadata corrected: ${result.meta.join(', ')}`] : []),
    ]);
  return `${out.join('\n').trimEnd()}\n`;
}

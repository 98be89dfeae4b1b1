/**
 * The contributor check: compiles a data folder (never a build output) and, for each source whose
 * text can be found, checks every citation's heading path, paragraph and quote, the coverage of
 * the source's body, and copied text. Every problem is placed at its file, line and column; a
 * source whose text is missing is named in one line that says which checks were skipped and how
 * to get the text. `policy validate` and `pnpm check` run it. Node only.
 */

import { copiedText, type ReferenceText } from '../check/copied-text.js';
import { isReportCitation } from '../provenance/citation-kind.js';
import { sectionLabel } from '../provenance/citation-text.js';
import { allCitations } from '../provenance/citation-walk.js';
import { checkSource } from '../provenance/source-check.js';
import {
  type FoundSource,
  findSourceText,
  missingSourceHint,
  type SourceLookupOptions,
} from '../provenance/source-files.js';
import type { DataIssue } from '../rules/issue.js';
import {
  byPlace,
  type CompileOptions,
  type CompileResult,
  compileFolder,
  type FileIssue,
} from './compile-folder.js';

/** Options for `checkDataFolder`. */
export interface DataCheckOptions extends CompileOptions {
  /** Where to look for the source texts (the package's one lookup); `false` to skip those checks. */
  readonly sources?: SourceLookupOptions | false;
}

/** The outcome of the contributor check. */
export interface DataCheckResult extends CompileResult {
  /** The source texts the citations were checked against. */
  readonly checked: readonly FoundSource[];
  /** One line for each source whose checks were skipped, saying which and how to get its text. */
  readonly skipped: readonly string[];
}

/** The checks that need a source's text, as the skip line names them. */
export const SOURCE_CHECKS = 'heading-path, paragraph, quote, coverage and copied-text checks';

/** Runs the contributor check on the data folder at `dir`. Never throws on bad data; reports it. */
export function checkDataFolder(dir: string, options: DataCheckOptions = {}): DataCheckResult {
  const compiled = compileFolder(dir, options);
  const { partial, place } = compiled;
  const issues: FileIssue[] = [...compiled.issues];
  const checked: FoundSource[] = [];
  const skipped: string[] = [];
  if (!partial) return { issues, checked, skipped };

  const texts: ReferenceText[] = [];
  partial.sources.forEach((source, index) => {
    // Only the essay has a text to check against; a report's quotes were checked against a stored
    // copy when they were written, and stand in for its text below.
    if (options.sources === false || source.kind !== 'essay') return;
    const found = findSourceText(source.id, options.sources);
    if (!found) {
      skipped.push(`skipped the ${SOURCE_CHECKS} of ${source.id}: ${missingSourceHint(source.id)}`);
      return;
    }
    checked.push(found);
    texts.push({ id: source.id, text: found.text });
    const report = checkSource(partial, source.id, found.text);
    const sourceIssues: DataIssue[] = [...report.issues];
    if (!report.hash.matches)
      sourceIssues.push({
        rule: 'source-hash',
        path: ['sources', index, 'sha256'],
        message: `the text at ${found.file} has SHA-256 ${report.hash.actual.slice(0, 12)}…, not the ${report.hash.expected.slice(0, 12)}… of this record: the citations were checked against a different text`,
      });
    // Coverage is judged only when every citation could be counted: a broken record, or a
    // citation that points nowhere, may be the one meant for the paragraph that looks uncited.
    const pointsNowhere = report.issues.some(
      (i) => i.rule === 'citation-section' || i.rule === 'citation-paragraph',
    );
    if (compiled.complete && !pointsNowhere)
      for (const p of report.coverage.uncited)
        sourceIssues.push({
          rule: 'coverage',
          path: ['sources', index],
          message: `no record cites ${sectionLabel(p.section)} ¶${p.paragraph} (line ${p.line} of the text)`,
        });
    issues.push(...sourceIssues.map(place));
  });
  // The phrases quoted from reports are words of others too: a field outside `quote` that repeats
  // one of ten words or more is copied text, with or without the essay at hand.
  for (const { citation } of allCitations(partial))
    if (isReportCitation(citation)) texts.push({ id: citation.source, text: citation.quote });
  if (texts.length) issues.push(...copiedText(partial, texts).map(place));

  const ok = compiled.dataset && issues.length === compiled.issues.length;
  return { ...(ok ? { dataset: compiled.dataset } : {}), issues: byPlace(issues), checked, skipped };
}

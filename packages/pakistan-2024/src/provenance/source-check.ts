/**
 * Checks the dataset's citations against a copy of a source text, and reports which paragraphs
 * of the source's body no record cites. Node only (hashing).
 */
import { createHash } from 'node:crypto';
import type { AnyRecord } from '../records/record-types.js';
import { type CollectionName, collectionNames } from '../registry/collections.js';
import type { DataIssue, DataPath } from '../rules/issue.js';
import type { Citation, Dataset } from '../schema/index.js';
import { isReportCitation } from './citation-kind.js';
import { allCitations } from './citation-walk.js';
import {
  findParagraph,
  hasSection,
  normaliseSourceText,
  type ParsedSource,
  parseSourceText,
  quoteStandsIn,
  type SourceParagraph,
} from './source-text.js';

/** How much of a source's body the dataset cites. */
export interface Coverage {
  readonly bodyParagraphs: number;
  readonly cited: number;
  readonly uncited: readonly SourceParagraph[];
}

/** The outcome of checking one source text against the dataset. */
export interface SourceCheck {
  readonly source: string;
  readonly citations: number;
  readonly hash: { readonly expected: string; readonly actual: string; readonly matches: boolean };
  readonly issues: readonly DataIssue[];
  readonly coverage: Coverage;
  readonly parsed: ParsedSource;
}

type Cited = Pick<Dataset, CollectionName>;

/** SHA-256 (hex) of a source text's normal form, as stored in a `Source` record. */
export function sourceDigest(text: string): string {
  return createHash('sha256').update(normaliseSourceText(text), 'utf8').digest('hex');
}

/** Checks every citation of `sourceId` against `text`: heading path, paragraph, quote, hash, coverage. */
export function checkSource(data: Cited, sourceId: string, text: string): SourceCheck {
  const source = data.sources.find((s) => s.id === sourceId);
  if (!source) throw new Error(`no source with id "${sourceId}" in the dataset`);
  // A report's quotes were checked against its stored copy on the date accessed; only an essay has a text to check here.
  if (source.kind !== 'essay')
    throw new Error(
      `source "${sourceId}" is a report; only an essay's text can be checked against its citations`,
    );
  const parsed = parseSourceText(text, source);
  const issues: DataIssue[] = parsed.problems.map((message) => ({
    rule: 'source-layout',
    path: ['sources', data.sources.indexOf(source)],
    message,
  }));
  const cited = new Set<SourceParagraph>();
  let count = 0;
  for (const { path, citation } of allCitations(data)) {
    if (citation.source !== sourceId || isReportCitation(citation)) continue;
    count++;
    const where = `[${citation.section.map((h) => JSON.stringify(h)).join(', ')}] paragraph ${citation.paragraph}`;
    if (!hasSection(parsed, citation.section)) {
      issues.push({
        rule: 'citation-section',
        path: [...path, 'section'],
        message: `no heading path ${where.split(' paragraph')[0]} in the source`,
      });
      continue;
    }
    const paragraph = findParagraph(parsed, citation.section, citation.paragraph);
    if (!paragraph) {
      issues.push({
        rule: 'citation-paragraph',
        path: [...path, 'paragraph'],
        message: `no ${where} in the source`,
      });
      continue;
    }
    if (!paragraph.body)
      issues.push({
        rule: 'citation-paragraph',
        path: [...path, 'paragraph'],
        message: `${where} is the page's byline or footer, not the essay`,
      });
    cited.add(paragraph);
    if (citation.quote !== undefined && !quoteStandsIn(citation.quote, paragraph.text))
      issues.push({
        rule: 'citation-quote',
        path: [...path, 'quote'],
        message: `quote "${citation.quote}" does not stand word for word in ${where}`,
      });
  }
  issues.push(...sourceOrder(data, sourceId, parsed));
  const actual = sourceDigest(text);
  const body = parsed.paragraphs.filter((p) => p.body);
  return {
    source: sourceId,
    citations: count,
    hash: { expected: source.sha256, actual, matches: actual === source.sha256 },
    issues,
    coverage: {
      bodyParagraphs: body.length,
      cited: body.filter((p) => cited.has(p)).length,
      uncited: body.filter((p) => !cited.has(p)),
    },
    parsed,
  };
}

/** Dimensions, points, challenges and opportunities follow the order in which the source discusses them. */
function sourceOrder(data: Cited, sourceId: string, parsed: ParsedSource): DataIssue[] {
  const issues: DataIssue[] = [];
  const lineOf = (claim: { provenance: readonly Citation[] }): number | undefined => {
    const lines = claim.provenance
      .filter((c) => c.source === sourceId)
      .map((c) => findParagraph(parsed, c.section, c.paragraph)?.line)
      .filter((l): l is number => l !== undefined);
    return lines.length ? Math.min(...lines) : undefined;
  };
  const check = (list: readonly { provenance: readonly Citation[] }[], path: DataPath, what: string) => {
    let last = 0;
    list.forEach((item, i) => {
      const line = lineOf(item);
      if (line === undefined) return;
      if (line < last)
        issues.push({
          rule: 'claim-order',
          path: [...path, i],
          message: `${what} follow the order of the source: this one cites line ${line}, before the previous one (line ${last})`,
        });
      last = Math.max(last, line);
    });
  };
  data.relationships.forEach((r, i) => {
    check(r.dimensions, ['relationships', i, 'dimensions'], 'dimensions');
    r.dimensions.forEach((d, j) =>
      check(d.points, ['relationships', i, 'dimensions', j, 'points'], 'points'),
    );
    check(r.challenges, ['relationships', i, 'challenges'], 'challenges');
    check(r.opportunities, ['relationships', i, 'opportunities'], 'opportunities');
  });
  for (const name of collectionNames)
    (data[name] as readonly AnyRecord[]).forEach((r, i) => {
      if ('points' in r) check(r.points, [name, i, 'points'], 'points');
    });
  return issues;
}

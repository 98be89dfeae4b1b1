import type { AnyRecord, CollectionName } from '@policy/pakistan-2024';
import { loadPackage } from '../data.js';
import { failure, usageError } from '../errors.js';
import { colours as c, print, printJson, readText } from '../io.js';

/**
 * `policy verify [source.txt]`: checks every citation of the dataset against a copy of the source,
 * with the package's own parser (the one its provenance tests use), and reports each mismatch.
 * Without a file it reads the copy the package's lookup finds (POLICY_SOURCES_DIR, .sources/,
 * ../shared/sources/).
 */
export async function verify(
  given: string | undefined,
  opts: { source?: string; json?: boolean },
): Promise<void> {
  const [pkg, provenance] = await Promise.all([loadPackage(), import('@policy/pakistan-2024/provenance')]);
  const { dataset } = pkg;
  // Only an essay has a text to check here: a report's quotes were checked against its stored copy.
  const ids = pkg.essays.map((s) => s.id);
  let sourceId = opts.source;
  const report = sourceId === undefined ? undefined : pkg.reports.find((r) => r.id === sourceId);
  if (report)
    throw usageError(
      `"${report.id}" is a report: its quotes were checked against a stored copy on ${report.accessed} and cannot be checked offline; verify checks an essay (${ids.join(', ')})`,
    );
  if (sourceId !== undefined && !ids.includes(sourceId))
    throw usageError(`no essay "${sourceId}" in the dataset; its essays are ${ids.join(', ')}`);
  let file = given;
  let text: string;
  if (file !== undefined) text = readText(file, 'source text');
  else {
    const id = sourceId ?? (ids.length === 1 ? ids[0] : undefined);
    if (id === undefined) throw usageError(`name the source to verify with --source (${ids.join(', ')})`);
    const found = provenance.findSourceText(id);
    if (!found) throw failure(provenance.missingSourceHint(id));
    sourceId = id;
    file = found.file;
    text = found.text;
  }
  if (sourceId === undefined) {
    const digest = provenance.sourceDigest(text);
    sourceId = pkg.essays.find((s) => s.sha256 === digest)?.id ?? (ids.length === 1 ? ids[0] : undefined);
    if (sourceId === undefined)
      throw usageError(`${file} matches no source's hash; name the source with --source (${ids.join(', ')})`);
  }

  const check = provenance.checkSource(dataset, sourceId, text);
  const issues = check.issues.map((issue) => {
    const [collection, index, ...rest] = issue.path;
    const record = (dataset[collection as CollectionName] as readonly AnyRecord[] | undefined)?.[
      index as number
    ];
    return {
      rule: issue.rule,
      record: record ? `${String(collection)}/${record.id}` : String(collection ?? ''),
      path: rest.length ? pkg.formatPath(rest) : '',
      message: issue.message,
    };
  });
  const held = check.citations - brokenCitations(check.issues);
  const ok = check.hash.matches && issues.length === 0;
  const uncited = check.coverage.uncited.map((p) => ({
    section: p.section,
    paragraph: p.paragraph,
    line: p.line,
  }));
  if (!ok) process.exitCode = 1;
  if (opts.json)
    return printJson({
      ok,
      source: sourceId,
      file,
      citations: check.citations,
      held,
      hash: check.hash,
      issues,
      coverage: { bodyParagraphs: check.coverage.bodyParagraphs, cited: check.coverage.cited, uncited },
    });

  const lines = [`Checking ${check.citations} citations of ${c.bold(sourceId)} against ${file}`];
  lines.push(
    check.hash.matches
      ? `${c.green('✓')} text hash matches (sha256 ${check.hash.actual.slice(0, 12)}…)`
      : `${c.red('✗')} text hash differs: the dataset expects ${check.hash.expected.slice(0, 12)}…, this text is ${check.hash.actual.slice(0, 12)}…`,
  );
  for (const i of issues)
    lines.push(`${c.red('✗')} ${i.record}${i.path ? ` ${i.path}` : ''}  ${c.yellow(i.rule)}  ${i.message}`);
  // After a changed essay (sources:fetch keeps a text whose hash differs), this says how much still holds.
  lines.push(`${held} of ${check.citations} citations hold`);
  const cov = check.coverage;
  lines.push(`Coverage: ${cov.cited} of ${cov.bodyParagraphs} body paragraphs cited`);
  for (const p of uncited)
    lines.push(c.dim(`  not cited: ${pkg.sectionLabel(p.section)} ¶${p.paragraph} (line ${p.line})`));
  lines.push(
    ok
      ? `${c.green('✓')} every citation matches the text`
      : `${c.red('✗')} ${issues.length} citation mismatch${issues.length === 1 ? '' : 'es'}${check.hash.matches ? '' : ', and the hash differs'}`,
  );
  print(lines.join('\n'));
}

/** How many citations an issue list finds wrong: each citation counts once, whatever fails in it. */
function brokenCitations(issues: readonly { rule: string; path: readonly (string | number)[] }[]): number {
  const broken = new Set(
    issues.filter((i) => i.rule.startsWith('citation-')).map((i) => i.path.slice(0, -1).join('/')),
  );
  return broken.size;
}

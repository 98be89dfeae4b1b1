/**
 * The contributor check (`checkDataFolder`, what `policy validate` and `pnpm check` run) on a
 * valid data folder with one mistake each: the mistake is one line, at the file and line of the
 * YAML node at fault.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Document, parseDocument } from 'yaml';
import { formatFileIssue } from '../src/compile/compile-folder.js';
import { checkDataFolder, SOURCE_CHECKS } from '../src/compile/data-check.js';
import { findParagraph, parseSourceText } from '../src/provenance/source-text.js';
import { describeWithEssay, essayIn, goodData, goodDataFolder, goodDataset, SOURCE_ID } from './helpers.js';

const REL = 'relationships/pakistan-china.yaml';

/** A folder of source texts holding `text` as the essay. */
function sourcesWith(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-sources-'));
  writeFileSync(join(dir, `${SOURCE_ID}.txt`), text);
  return dir;
}

/** The check's lines for a folder, paths relative to it. */
function linesFor(dir: string, sourcesDir?: string): { lines: string[]; skipped: readonly string[] } {
  const sources = sourcesDir ? { env: { POLICY_SOURCES_DIR: sourcesDir } } : {};
  const result = checkDataFolder(dir, { sources });
  const lines = result.issues.map((i) => formatFileIssue({ ...i, file: i.file.slice(dir.length + 1) }));
  return { lines, skipped: result.skipped };
}

const baselines = new Map<string | undefined, Set<string>>();

/**
 * The lines the check adds, on a valid folder, after `edit`. (What the unedited folder already
 * shows is left out: the last release, which stands in while a record of data/ is broken, may
 * fail a check added since.)
 */
function checkAfter(
  edit: (dir: string) => void,
  sourcesDir?: string,
  baselineSources = sourcesDir,
): { dir: string; lines: string[]; skipped: readonly string[] } {
  if (!baselines.has(baselineSources))
    baselines.set(baselineSources, new Set(linesFor(goodDataFolder(), baselineSources).lines));
  const baseline = baselines.get(baselineSources) as Set<string>;
  const dir = goodDataFolder();
  edit(dir);
  const { lines, skipped } = linesFor(dir, sourcesDir);
  return { dir, lines: lines.filter((l) => !baseline.has(l)), skipped };
}

const editYaml = (dir: string, file: string, change: (doc: Document) => void) => {
  const doc = parseDocument(readFileSync(join(dir, file), 'utf8'));
  change(doc);
  writeFileSync(join(dir, file), doc.toString());
};

/** `file:line:col` of the key `key` that holds `value` (on its line or the lines below it). */
function placeOf(dir: string, file: string, key: string, value = ''): string {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  let line = lines.findIndex((l) => l.includes(value) && (value || l.includes(`${key}:`)));
  while (line >= 0 && !(lines[line] as string).includes(`${key}:`)) line--;
  if (line < 0) throw new Error(`no ${key} holding "${value}" in ${file}`);
  return `${file}:${line + 1}:${(lines[line] as string).indexOf(`${key}:`) + 1}`;
}

describeWithEssay('the contributor check against the essay', (essay) => {
  const parsed = parseSourceText(essay, essayIn(goodDataset()));
  const sources = sourcesWith(essay);

  it('passes valid data, and says what it checked against', () => {
    const dir = goodDataFolder();
    const result = checkDataFolder(dir, { sources: { env: { POLICY_SOURCES_DIR: sources } } });
    if (goodData().from === 'data') expect(result.issues.map(formatFileIssue)).toEqual([]);
    expect(result.checked.map((s) => s.file)).toEqual([join(sources, `${SOURCE_ID}.txt`)]);
    expect(result.skipped).toEqual([]);
  });

  it('catches a quote that is not in the essay, at the line of the quote', () => {
    const { dir, lines } = checkAfter(
      (d) =>
        editYaml(d, REL, (doc) =>
          doc.setIn(['provenance', 0, 'quote'], 'words that the essay never printed'),
        ),
      sources,
    );
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${placeOf(dir, REL, 'quote', 'words that the essay never printed')}  citation-quote  quote "words that the essay never printed" does not stand word for word in \\[.*\\] paragraph \\d+$`,
        ),
      ),
    ]);
  });

  it('catches paragraph 9 under a heading of one paragraph, at the line of the paragraph', () => {
    let at = '';
    const { dir, lines } = checkAfter((d) => {
      const data = goodDataset();
      // The first record citing a heading that has exactly one paragraph.
      const topic = data.topics.find((t) =>
        t.provenance.some((c) => findParagraph(parsed, c.section, 1) && !findParagraph(parsed, c.section, 2)),
      );
      if (!topic) throw new Error('no topic cites a heading of one paragraph');
      const index = topic.provenance.findIndex((c) => !findParagraph(parsed, c.section, 2));
      at = `topics/${topic.id}.yaml`;
      editYaml(d, at, (doc) => doc.setIn(['provenance', index, 'paragraph'], 9));
    }, sources);
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${placeOf(dir, at, 'paragraph', 'paragraph: 9')}  citation-paragraph  no \\[.+\\] paragraph 9 in the source$`,
        ),
      ),
    ]);
  });

  it('catches a heading path the essay does not have', () => {
    const { dir, lines } = checkAfter(
      (d) => editYaml(d, REL, (doc) => doc.setIn(['provenance', 0, 'section'], ['No Such Heading'])),
      sources,
    );
    expect(lines).toEqual([
      `${placeOf(dir, REL, 'section', 'No Such Heading')}  citation-section  no heading path ["No Such Heading"] in the source`,
    ]);
  });

  it('catches a sentence of the essay pasted into a summary, with the run itself', () => {
    const body = parsed.paragraphs.find((p) => p.body && p.text.split(' ').length > 30);
    if (!body) throw new Error('no long paragraph');
    const sentence = `${(body.text.split(/(?<=\.) /)[0] as string).replace(/\.$/, '')}.`;
    const { dir, lines } = checkAfter(
      (d) => editYaml(d, 'topics/water.yaml', (doc) => doc.set('description', sentence)),
      sources,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^${placeOf(dir, 'topics/water.yaml', 'description')}  copied-text  \\d+ words in a row are the words of ${SOURCE_ID} \\(line ${body.line}\\): "`,
      ),
    );
    expect(lines[0]).toContain(sentence.slice(0, 40));
  });

  it('leaves quotes and the heading paths of citations alone', () => {
    const heading = parsed.headings.find((h) => h.path.join(' ').split(' ').length >= 10);
    const { lines } = checkAfter(
      (d) =>
        editYaml(d, REL, (doc) => {
          const quote = parsed.paragraphs
            .find((p) => p.body)
            ?.text.split(' ')
            .slice(0, 12)
            .join(' ');
          doc.setIn(['provenance', 0, 'quote'], quote);
          doc.setIn(['provenance', 0, 'section'], []);
          doc.setIn(['provenance', 0, 'paragraph'], 1);
          if (heading)
            doc.setIn(['provenance', 1], { source: SOURCE_ID, section: heading.path, paragraph: 1 });
        }),
      sources,
    );
    expect(lines.filter((l) => l.includes('copied-text'))).toEqual([]);
  });

  it('catches a paragraph no record cites, and a text that is not the recorded one, at the source record', () => {
    // Added as the last paragraph of the body, so that no line a record cites moves.
    const marker = essayIn(goodDataset()).bodyEndsBefore ?? '';
    const extra = essay.replace(
      new RegExp(`^(${marker})`, 'm'),
      'A paragraph added to the copy of the essay, which no record cites at all.\n$1',
    );
    expect(extra).not.toBe(essay);
    const { lines } = checkAfter(() => {}, sourcesWith(extra), sources);
    expect(lines).toEqual([
      expect.stringMatching(
        /^sources\/iips-2024-pakistan-foreign-policy\.yaml:1:1 {2}coverage {2}no record cites .+ ¶\d+ \(line \d+ of the text\)$/,
      ),
      expect.stringMatching(
        /^sources\/iips-2024-pakistan-foreign-policy\.yaml:\d+:1 {2}source-hash {2}the text at .+ has SHA-256 [0-9a-f]{12}…, not the [0-9a-f]{12}… of this record/,
      ),
    ]);
  });
});

describe('the contributor check without the essay', () => {
  it('runs the compiler’s checks and says in one line which checks it skipped and how to get the text', () => {
    const dir = goodDataFolder();
    const nowhere = mkdtempSync(join(tmpdir(), 'policy-nowhere-'));
    mkdirSync(join(nowhere, 'x'));
    const result = checkDataFolder(dir, { sources: { cwd: join(nowhere, 'x'), env: {} } });
    expect(result.issues).toEqual([]);
    expect(result.checked).toEqual([]);
    expect(result.skipped).toEqual([
      `skipped the ${SOURCE_CHECKS} of ${SOURCE_ID}: the text of source "${SOURCE_ID}" was not found: set POLICY_SOURCES_DIR to a folder holding ${SOURCE_ID}.txt, or run \`pnpm sources:fetch\` in a clone to download it into .sources/`,
    ]);
  });
});

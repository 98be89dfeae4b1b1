/**
 * The mistakes a new contributor makes (issue 9's table and its "done when" list), each made in a
 * copy of the repository and caught by the one command a contributor runs (`pnpm check`), and the
 * changeset ones by `pnpm check:release` too: one line naming the file and line. Each mistake is
 * judged in this process (the same code and words as the scripts); then all of them at once run
 * through the scripts as processes, `pnpm run version` included: non-zero exits, no stack trace.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { contributorCheck } from '../scripts/contributor.js';
import { locations } from '../scripts/paths.js';
import { assess } from '../scripts/release/assess.js';
import { report } from '../scripts/release/report.js';
import { parseSourceText } from '../src/provenance/source-text.js';
import { describeWithEssay, essay, essayIn, goodData, goodDataset, SOURCE_ID } from './helpers.js';
import { copyRepo, PKG, runScript, SCRIPTS_TIMEOUT, type ScriptRun } from './repo-copy.js';

const DATA = `${PKG}/data`;
/** A problem line: `file:line[:col]  rule  message`, as every checker prints one. */
const PROBLEM = /^(?:check(?::release)?: |version: )?(\S+?):(\d+)(?::(\d+))? {2}([a-z-]+) {2}(\S.*)$/;
const STACK = /^\s+at |\bat .+:\d+:\d+\)?$|Error: .*\n\s+at /m;

let repo: string;
beforeAll(() => {
  repo = copyRepo();
});
const env: Record<string, string> = essay.found ? { POLICY_SOURCES_DIR: dirname(essay.found.file) } : {};

/** The problem lines of a run, checked for the shape every failure must have. */
function problems(run: ScriptRun): string[] {
  expect(run.code, run.all).toBe(1);
  expect(run.all).not.toMatch(STACK);
  return run.all.split('\n').filter((l) => PROBLEM.test(l));
}

/** Makes a mistake in the copy for the length of `body`, then puts things back. */
async function withMistake(
  files: Record<string, (text: string) => string>,
  body: () => Promise<void> | void,
): Promise<void> {
  const before = new Map(Object.keys(files).map((f) => [f, readOrNull(f)]));
  try {
    for (const [file, change] of Object.entries(files))
      writeFileSync(join(repo, file), change(before.get(file) ?? ''));
    await body();
  } finally {
    for (const [file, text] of before)
      if (text === null) rmSync(join(repo, file), { force: true });
      else writeFileSync(join(repo, file), text);
  }
}
const readOrNull = (file: string) => {
  try {
    return readFileSync(join(repo, file), 'utf8');
  } catch {
    return null;
  }
};
const yamlEdit = (change: (doc: ReturnType<typeof parseDocument>) => void) => (text: string) => {
  const doc = parseDocument(text);
  change(doc);
  return doc.toString();
};
/** The 1-based line of the first line of a file in the copy that includes `text`. */
const lineOf = (file: string, text: string) =>
  readFileSync(join(repo, file), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;

/** Runs `pnpm check` (or `pnpm check:release`) on the copy, in this process, as the scripts do. */
async function inProcess(script: 'check' | 'release/check'): Promise<ScriptRun> {
  const at = locations(join(repo, PKG));
  const r =
    script === 'check'
      ? await contributorCheck(at, essay.found ? { env } : { cwd: repo, env: {} })
      : report(at, await assess(at));
  return { ...r, all: `${r.out}\n${r.err}` };
}

const baselines = new Map<string, Set<string>>();

/**
 * The one problem line a mistake adds to a check on the copy, split into its parts. (Lines the
 * copy shows without the mistake are left out: the last release, which stands in while a record
 * of data/ is broken, may fail a check added since.)
 */
async function oneProblem(
  script: 'check' | 'release/check' = 'check',
): Promise<{ file: string; line: number; rule: string; message: string }> {
  const baseline = baselines.get(script) ?? new Set();
  const lines = problems(await inProcess(script)).filter((l) => !baseline.has(l));
  expect(lines).toHaveLength(1);
  const [, file, line, , rule, message] = PROBLEM.exec(lines[0] as string) ?? [];
  return { file: file as string, line: Number(line), rule: rule as string, message: message as string };
}

describe('pnpm check, on a copy of the repository with no mistake', () => {
  it('passes', async () => {
    for (const script of ['check', 'release/check'] as const) {
      const r = await inProcess(script);
      baselines.set(script, new Set(r.all.split('\n').filter((l) => PROBLEM.test(l))));
      if (goodData().from === 'data') expect(r.code, r.all).toBe(0);
    }
    expect((await inProcess('check')).all).toMatch(/^check: (ok: \d+ records, no problems|\d+ problem)/m);
  });
});

describe('a data mistake is one line at its file and line', () => {
  const water = `${DATA}/topics/water.yaml`;
  const china = `${DATA}/relationships/pakistan-china.yaml`;

  it('`descripton:` instead of `description:`', async () => {
    await withMistake({ [water]: (t) => t.replace(/^description:/m, 'descripton:') }, async () => {
      expect(await oneProblem()).toEqual({
        file: water,
        line: lineOf(water, 'descripton:'),
        rule: 'unknown-field',
        message: 'unknown field "descripton"; did you mean "description"?',
      });
    });
  });

  it('an invalid record (a value outside its vocabulary), and nothing else besides', async () => {
    await withMistake({ [china]: yamlEdit((d) => d.setIn(['stance', 'value'], 'friendly')) }, async () => {
      expect(await oneProblem()).toMatchObject({
        file: china,
        line: lineOf(china, 'value: friendly'),
        rule: 'schema',
        message: expect.stringMatching(/^stance\.value: expected one of "close-cooperation"\|/),
      });
    });
  });

  describeWithEssay('with the essay’s text', (text) => {
    it('a quote that is not in the essay', async () => {
      await withMistake(
        { [china]: yamlEdit((d) => d.setIn(['provenance', 0, 'quote'], 'a phrase the essay never used')) },
        async () => {
          expect(await oneProblem()).toMatchObject({
            file: china,
            line: lineOf(china, 'quote: a phrase the essay never used'),
            rule: 'citation-quote',
          });
        },
      );
    });

    it('`paragraph: 9` under a heading of one paragraph', async () => {
      await withMistake(
        { [water]: yamlEdit((d) => d.setIn(['provenance', 0, 'paragraph'], 9)) },
        async () => {
          expect(await oneProblem()).toMatchObject({
            file: water,
            line: lineOf(water, 'paragraph: 9'),
            rule: 'citation-paragraph',
            message: expect.stringMatching(/paragraph 9 in the source$/),
          });
        },
      );
    });

    it('a whole sentence of the essay pasted into a summary', async () => {
      const parsed = parseSourceText(text, essayIn(goodDataset()));
      const sentence = parsed.paragraphs
        .flatMap((p) => p.text.split(/(?<=\.) /))
        .find((s) => s.split(' ').length >= 20 && s.split(' ').length <= 30) as string;
      await withMistake({ [china]: yamlEdit((d) => d.set('summary', sentence)) }, async () => {
        const problem = await oneProblem();
        expect(problem).toMatchObject({ file: china, line: lineOf(china, 'summary:'), rule: 'copied-text' });
        expect(problem.message).toContain(`are the words of ${SOURCE_ID}`);
      });
    });
  });
});

describe('a changeset mistake is one line at its file and line, and `pnpm run version` shows no stack trace', () => {
  const valid = '.changeset/first.md';
  const bad = '.changeset/typo.md';
  const validText = () => '---\n"@policy/pakistan-2024": major\n---\n\nFirst release.\n';
  const cases: [string, string, string, RegExp][] = [
    [
      'a package that is not in the workspace, beside a valid changeset',
      '---\n"@policy/pakistan2024": patch\n---\n\nFix a typo.\n',
      'changeset-package',
      /^"@policy\/pakistan2024" is not a package of this workspace; did you mean "@policy\/pakistan-2024"\?$/,
    ],
    [
      'a bump that is not major, minor or patch',
      '---\n"@policy/pakistan-2024": pacth\n---\n\nFix a typo.\n',
      'changeset-bump',
      /^"pacth" is not a bump; did you mean "patch"\? write major, minor or patch$/,
    ],
    [
      'a malformed front matter',
      '---\n"@policy/pakistan-2024" patch\n---\n\nFix a typo.\n',
      'changeset-front-matter',
      /./,
    ],
    ['an empty summary', '---\n"@policy/pakistan-2024": major\n---\n\n', 'changeset-summary', /^no summary/],
  ];

  it.each(cases)('%s', async (_name, text, rule, message) => {
    await withMistake({ [valid]: validText, [bad]: () => text }, async () => {
      for (const script of ['check', 'release/check'] as const) {
        const problem = await oneProblem(script);
        expect(problem).toMatchObject({ file: bad, rule, message: expect.stringMatching(message) });
        expect(problem.line).toBeGreaterThanOrEqual(1);
      }
    });
  });
});

describe('the scripts, as processes, with every mistake at once', () => {
  const mistakes: Record<string, (text: string) => string> = {
    [`${DATA}/topics/water.yaml`]: (t) => t.replace(/^description:/m, 'descripton:'),
    [`${DATA}/relationships/pakistan-russia.yaml`]: yamlEdit((d) => d.setIn(['stance', 'value'], 'friendly')),
    ...(essay.found
      ? {
          [`${DATA}/relationships/pakistan-china.yaml`]: yamlEdit((d) =>
            d.setIn(['provenance', 0, 'quote'], 'a phrase the essay never used'),
          ),
        }
      : {}),
  };
  const changesets: Record<string, (text: string) => string> = {
    '.changeset/first.md': () => '---\n"@policy/pakistan-2024": major\n---\n\nFirst release.\n',
    '.changeset/typo.md': () => '---\n"@policy/pakistan2024": patch\n---\n\nFix a typo.\n',
    '.changeset/bump.md': () => '---\n"@policy/pakistan-2024": pacth\n---\n\nFix a typo.\n',
  };

  it(
    'pnpm check names each mistake once, at its file, and exits 1 without a stack trace',
    async () => {
      await withMistake({ ...mistakes, ...changesets }, () => {
        const baseline = baselines.get('check') ?? new Set();
        const lines = problems(runScript(repo, 'check', [], env)).filter((l) => !baseline.has(l));
        const files = lines.map((l) => PROBLEM.exec(l)?.[1]);
        expect(files.sort()).toEqual(
          [...Object.keys(mistakes), '.changeset/typo.md', '.changeset/bump.md'].sort(),
        );
      });
    },
    SCRIPTS_TIMEOUT,
  );

  it(
    'pnpm check:release and pnpm run version name each changeset mistake and write nothing',
    async () => {
      await withMistake(changesets, () => {
        for (const script of ['release/check', 'release/version']) {
          const run = runScript(repo, script, [], env);
          const files = problems(run).map((l) => PROBLEM.exec(l)?.[1]);
          expect(files.sort(), script).toEqual(['.changeset/bump.md', '.changeset/typo.md']);
        }
        expect(JSON.parse(readFileSync(join(repo, PKG, 'package.json'), 'utf8')).version).toBe('0.0.0');
        expect(readOrNull('.changeset/typo.md')).not.toBeNull();
      });
    },
    SCRIPTS_TIMEOUT,
  );
});

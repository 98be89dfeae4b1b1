/**
 * Bad input, tried at scale: fast-check mutates copies of the real data folder (YAML syntax
 * breaks, type swaps, deleted and renamed fields, changed ids and references, random Unicode,
 * truncated and empty files, a folder where a file should be, files deleted or added), and for
 * every case the package's compiler and `policy validate` (its command, run in this process) must
 * end with problems that carry `file:line:col` and a rule of the package's list, or with success,
 * and never with an exception or a stack trace.
 *
 * The default run (`pnpm test`, CI) tries 60 seeded cases: about 25 s alone on a 2-core machine, and
 * well within its limit when turbo runs the browser tests beside it. `pnpm --filter @policy/cli
 * fuzz:long` runs 10,000 and prints the figure (POLICY_FUZZ_RUNS and POLICY_FUZZ_SEED set the
 * number of cases and the seed).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileDataFolder, type FileIssue, ruleIds } from '@policy/pakistan-2024/compile';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { isMap, parseDocument, visit, type YAMLMap, type YAMLSeq } from 'yaml';
import { validate } from '../src/commands/validate.js';

// The CLI writes to file descriptor 1 itself (src/io.ts), not through process.stdout: its writers
// are replaced here so that what a command prints is kept, in this process.
const sink = vi.hoisted(() => ({ out: '' }));
vi.mock('../src/io.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/io.js')>();
  const write = (text: string) => {
    sink.out += text;
  };
  return {
    ...actual,
    write,
    print: (text: string) => write(text.endsWith('\n') ? text : `${text}\n`),
    printJson: (value: unknown) => write(`${JSON.stringify(value, null, 2)}\n`),
  };
});

import { goodDataCopy, tempDir } from './helpers.js';

// Each case compiles the data folder twice (the compiler, then `policy validate`): about 0.4 s alone
// here and three times that on a loaded machine, so 60 cases keep the default run under a minute
// whatever runs beside it. More cases are the long run's job, not every test run's.
const RUNS = Number(process.env.POLICY_FUZZ_RUNS ?? 60);
const SEED = Number(process.env.POLICY_FUZZ_SEED ?? 2024);
const ISSUE = /^(.+):(\d+):(\d+) {2}([a-z-]+) {2}(\S.*)$/;
const STACK = /^\s+at |Error: .*\n\s+at /m;

const pristine = goodDataCopy();
const work = join(tempDir(), 'data');
cpSync(pristine, work, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file of the data folder, relative to it, in a stable order. */
function filesOf(dir: string, under = ''): string[] {
  return readdirSync(join(dir, under))
    .sort()
    .flatMap((name) => {
      const path = under ? `${under}/${name}` : name;
      return statSync(join(dir, path)).isDirectory() ? filesOf(dir, path) : [path];
    });
}
const files = filesOf(pristine);
const folders = ['', ...new Set(files.map((f) => f.split('/').slice(0, -1).join('/')).filter(Boolean))];
const ids = files
  .filter((f) => f.includes('/'))
  .map((f) => (f.split('/')[1] as string).replace(/\.yaml$/, ''));

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

// What one mutation does; numbers pick a file, a node or a position, modulo what there is.
const value = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string(), { maxKeys: 2 }),
);
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('syntax' as const),
    file: fc.nat(),
    at: fc.nat(),
    text: fc.constantFrom(...'[]{}:,"\'&*!|>%@`#-?\t\n'.split(''), ': :', '- ', '  ', '\n  x'),
  }),
  fc.record({ kind: fc.constant('swap' as const), file: fc.nat(), node: fc.nat(), value }),
  fc.record({ kind: fc.constant('delete-field' as const), file: fc.nat(), node: fc.nat() }),
  fc.record({
    kind: fc.constant('rename-field' as const),
    file: fc.nat(),
    node: fc.nat(),
    name: fc.oneof(fc.string(), fc.nat().map(String)),
  }),
  fc.record({
    kind: fc.constant('change-id' as const),
    file: fc.nat(),
    node: fc.nat(),
    id: fc.oneof(fc.constantFrom(...ids), fc.stringMatching(/^[a-z0-9-]{0,12}$/)),
  }),
  fc.record({
    kind: fc.constant('unicode' as const),
    file: fc.nat(),
    node: fc.nat(),
    text: fc.string({ unit: 'binary' }),
  }),
  fc.record({
    kind: fc.constant('raw-unicode' as const),
    file: fc.nat(),
    at: fc.nat(),
    text: fc.string({ unit: 'binary', maxLength: 6 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), file: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('empty' as const), file: fc.nat() }),
  fc.record({ kind: fc.constant('directory' as const), file: fc.nat() }),
  fc.record({ kind: fc.constant('delete-file' as const), file: fc.nat() }),
  fc.record({
    kind: fc.constant('stray' as const),
    folder: fc.nat(),
    name: fc.string({ minLength: 1, maxLength: 12 }),
    text: fc.string(),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/** Every place in a YAML document a value stands: a field of a mapping or an item of a list. */
function slotsOf(doc: ReturnType<typeof parseDocument>): { parent: YAMLMap | YAMLSeq; index: number }[] {
  const slots: { parent: YAMLMap | YAMLSeq; index: number }[] = [];
  visit(doc, {
    Map(_, map) {
      map.items.forEach((_, index) => slots.push({ parent: map, index }));
    },
    Seq(_, seq) {
      seq.items.forEach((_, index) => slots.push({ parent: seq, index }));
    },
  });
  return slots;
}

/** Applies one mutation to the working folder; returns the paths it touched. */
function apply(m: Mutation): string[] {
  if (m.kind === 'stray') {
    const name = m.name.replace(/[/\\\0]/g, '_');
    if (name === '.' || name === '..') return [];
    const path = join(pick(folders, m.folder), name);
    try {
      writeFileSync(join(work, path), m.text);
    } catch {
      return []; // a name the file system refuses is no input at all
    }
    return [path];
  }
  const file = pick(files, m.file);
  const full = join(work, file);
  if (!statSync(full, { throwIfNoEntry: false })?.isFile()) return [];
  const text = readFileSync(full, 'utf8');
  const write = (t: string) => writeFileSync(full, t);
  switch (m.kind) {
    case 'syntax':
    case 'raw-unicode': {
      const at = m.at % (text.length + 1);
      write(text.slice(0, at) + m.text + text.slice(at));
      break;
    }
    case 'truncate':
      write(text.slice(0, m.at % (text.length + 1)));
      break;
    case 'empty':
      write('');
      break;
    case 'directory':
      rmSync(full);
      mkdirSync(full);
      break;
    case 'delete-file':
      rmSync(full);
      break;
    default: {
      const doc = parseDocument(text);
      if (doc.errors.length) return [file];
      const slots = slotsOf(doc);
      if (!slots.length) return [file];
      const { parent, index } = pick(slots, m.node);
      const item = parent.items[index];
      const setValue = (v: unknown) => {
        if (isMap(parent)) (parent.items[index] as { value: unknown }).value = doc.createNode(v);
        else parent.items[index] = doc.createNode(v);
      };
      if (m.kind === 'swap') setValue(m.value);
      else if (m.kind === 'delete-field') parent.items.splice(index, 1);
      else if (m.kind === 'rename-field' && isMap(parent))
        (item as { key: unknown }).key = doc.createNode(m.name);
      else if (m.kind === 'change-id') setValue(m.id);
      else if (m.kind === 'unicode') setValue(m.text);
      write(doc.toString());
    }
  }
  return [file];
}

/** Puts the touched paths back as they were in the pristine copy. */
function restore(paths: readonly string[]): void {
  for (const path of paths) {
    rmSync(join(work, path), { recursive: true, force: true });
    if (files.includes(path)) cpSync(join(pristine, path), join(work, path));
  }
}

/** An issue as every checker must report one: in the folder, at a line and column, under a known rule, in one line. */
function wellFormed(issue: FileIssue): void {
  expect(issue.file === work || issue.file.startsWith(`${work}/`), issue.file).toBe(true);
  expect(issue.line).toBeGreaterThanOrEqual(1);
  expect(issue.column).toBeGreaterThanOrEqual(1);
  expect(ruleIds).toContain(issue.rule);
  expect(issue.message.trim(), formatted(issue)).not.toBe('');
  expect(issue.message, formatted(issue)).not.toMatch(/\n/);
}
const formatted = (i: FileIssue) =>
  `${relative(work, i.file)}:${i.line}:${i.column}  ${i.rule}  ${i.message}`;

/** Runs `policy validate <work>` in this process and returns what it printed and its exit code. */
async function policyValidate(): Promise<{ out: string; err: string; code: number }> {
  sink.out = '';
  let err = '';
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  const before = process.exitCode;
  process.exitCode = 0;
  try {
    await validate(work, {});
    return { out: sink.out, err, code: Number(process.exitCode ?? 0) };
  } finally {
    stderr.mockRestore();
    process.exitCode = before;
  }
}

/** The property: whatever was done to the folder, both end in well-formed problems or in success. */
async function check(mutations: readonly Mutation[]): Promise<void> {
  const touched = mutations.flatMap(apply);
  try {
    const compiled = compileDataFolder(work);
    for (const issue of compiled.issues) wellFormed(issue);
    expect(compiled.dataset === undefined).toBe(compiled.issues.length > 0);
    // A file emptied, or a folder in its place, is never harmless.
    const [only] = mutations;
    if (
      mutations.length === 1 &&
      only &&
      (only.kind === 'empty' || only.kind === 'directory') &&
      touched.length
    )
      expect(compiled.issues.map((i) => relative(work, i.file))).toContain(touched[0]);

    const run = await policyValidate();
    expect(`${run.out}${run.err}`).not.toMatch(STACK);
    const lines = run.out.trimEnd().split('\n');
    if (run.code === 0) expect(lines).toEqual([expect.stringMatching(/^✓ .+: \d+ records, no problems/)]);
    else
      for (const line of lines) {
        const [, , l, c, rule] = ISSUE.exec(line) ?? [];
        expect(l && c && rule, line).toBeTruthy();
        expect(ruleIds).toContain(rule);
      }
    for (const line of run.err.trimEnd().split('\n').filter(Boolean)) expect(line).toMatch(/^policy: /);
    // The compiler's problems are the contributor check's first ones: what the build finds, validate finds.
    if (compiled.issues.length) expect(run.code).toBe(1);
  } finally {
    restore(touched);
  }
}

describe('bad input, tried at scale', () => {
  it(
    `the compiler and policy validate report every one of ${RUNS} mutated data folders as problems at file:line:col with a rule, or as valid, and never throw`,
    async () => {
      const started = performance.now();
      await fc.assert(fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), check), {
        seed: SEED,
        numRuns: RUNS,
        endOnFailure: true,
      });
      const seconds = (performance.now() - started) / 1000;
      console.log(`fuzz: ${RUNS} cases (seed ${SEED}), 0 failures, ${seconds.toFixed(1)} s`);
    },
    // A hang detector, not a speed check: ten times what a case takes on a loaded machine.
    Math.max(600_000, RUNS * 15_000),
  );
});

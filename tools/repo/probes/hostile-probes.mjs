/**
 * The probes of issue 24, run against the built CLI and the package's scripts: each builds a hostile
 * copy of the data (or an argument), runs one command with a time limit and prints one table row
 * (exit code, seconds, first line of output). Not a test (the suites in test/hostile*.test.ts are):
 * a measurement, for the before-and-after table of the issue.
 *
 * Usage (from the repository root, after building the package and the CLI):
 *   node tools/repo/probes/hostile-probes.mjs [--limit 20]
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..', '..');
const bin = join(root, 'apps', 'cli', 'dist', 'policy.cjs');
const dataDir = join(root, 'packages', 'pakistan-2024', 'data');
const dataJson = join(root, 'packages', 'pakistan-2024', 'dist', 'data.json');
const at = process.argv.indexOf('--limit');
const limit = Number(at > 0 ? process.argv[at + 1] : 20);

const work = mkdtempSync(join(tmpdir(), 'hostile-probes-'));
chmodSync(work, 0o755);
let n = 0;
/** A fresh copy of the data folder. */
function copy() {
  const dir = join(work, `data-${n++}`);
  cpSync(dataDir, dir, { recursive: true });
  return dir;
}
const actorFile = (dir) => join(dir, 'actors', 'china.yaml');
const append = (file, text) => writeFileSync(file, readFileSync(file, 'utf8') + text);
const replaceIn = (file, from, to) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

function run(args, options = {}) {
  const started = performance.now();
  const r = spawnSync(args[0], args.slice(1), {
    encoding: 'utf8',
    timeout: limit * 1000,
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
    ...options,
  });
  const seconds = (performance.now() - started) / 1000;
  const text = `${r.stderr ?? ''}${r.stdout ?? ''}`;
  return { code: r.error?.code === 'ETIMEDOUT' ? 'timeout' : r.status, seconds, text };
}
const policy = (...args) => run([process.execPath, bin, ...args]);
// The first line that says something about the probe (not the hint that the essay was not found).
const shown = (s) =>
  JSON.stringify(
    s
      .split('\n')
      .find((l) => l.trim() && !/^((?:policy|check): skipped|policy: \d+ problems? in |\$ pnpm)/.test(l)) ??
      '',
  )
    .slice(1, -1)
    .slice(0, 110);

const probes = [
  [
    'changeset summary <img onerror>',
    () => {
      const file = join(root, '.changeset', 'zz-hostile-probe.md');
      writeFileSync(
        file,
        '---\n"@policy/pakistan-2024": patch\n---\n\nFix <img src=x onerror="alert(document.domain)">\n',
      );
      try {
        return run(['pnpm', 'check'], { cwd: root });
      } finally {
        rmSync(file);
      }
    },
  ],
  [
    '50,000 keys in a data file',
    () => {
      const dir = copy();
      let keys = '';
      for (let i = 0; i < 50_000; i++) keys += `  k${i}: v\n`;
      append(actorFile(dir), `extra:\n${keys}`);
      return policy('validate', dir);
    },
  ],
  [
    '5,000,000 keys (58 MB)',
    () => {
      const dir = copy();
      const parts = [];
      for (let i = 0; i < 5_000_000; i++) parts.push(`k${i}: v\n`);
      writeFileSync(actorFile(dir), parts.join(''));
      return policy('validate', dir);
    },
  ],
  [
    '50 MB string field',
    () => {
      const dir = copy();
      replaceIn(actorFile(dir), /^name: .*$/m, `name: ${'a'.repeat(50 * 1024 * 1024)}`);
      return policy('validate', dir);
    },
  ],
  [
    'tab inside a text field',
    () => {
      const dir = copy();
      replaceIn(actorFile(dir), /^name: .*$/m, 'name: "Chi\\tna"');
      return policy('validate', dir);
    },
  ],
  [
    'U+FEFF inside a text field',
    () => {
      const dir = copy();
      replaceIn(actorFile(dir), /^name: .*$/m, 'name: "Chi\\uFEFFna"');
      return policy('validate', dir);
    },
  ],
  [
    'NUL in a text field',
    () => {
      const dir = copy();
      replaceIn(actorFile(dir), /^name: .*$/m, 'name: "Chi\\0na"');
      return policy('validate', dir);
    },
  ],
  [
    'U+202E (bidi override)',
    () => {
      const dir = copy();
      replaceIn(actorFile(dir), /^name: .*$/m, 'name: "Chi\\u202Ena"');
      return policy('validate', dir);
    },
  ],
  [
    'invalid UTF-8 byte',
    () => {
      const dir = copy();
      const file = actorFile(dir);
      const bytes = readFileSync(file);
      const at = bytes.indexOf('name: ') + 7;
      writeFileSync(file, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]));
      return policy('validate', dir);
    },
  ],
  [
    'javascript: in meta.homepage',
    () => {
      const dir = copy();
      append(join(dir, 'meta.yaml'), 'homepage: "javascript:alert(1)"\n');
      return policy('validate', dir);
    },
  ],
  [
    '!!js/function tag',
    () => {
      const dir = copy();
      replaceIn(actorFile(dir), /^name: .*$/m, 'name: !!js/function "function () {}"');
      return policy('validate', dir);
    },
  ],
  [
    '249-character id',
    () => {
      const dir = copy();
      const id = 'a'.repeat(249);
      const text = readFileSync(actorFile(dir), 'utf8').replace(/^id: .*$/m, `id: ${id}`);
      rmSync(actorFile(dir));
      writeFileSync(join(dir, 'actors', `${id}.yaml`), text);
      return policy('validate', dir);
    },
  ],
  [
    'ESC/OSC in a key (validate echoes it)',
    () => {
      const dir = copy();
      append(actorFile(dir), '"\\e]0;pwned\\a\\e[2J": x\n');
      const r = policy('validate', dir);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the ESC is what the probe looks for
      return { ...r, text: `${/\x1b/.test(r.text) ? 'RAW ESC PRINTED; ' : 'no ESC; '}${r.text}` };
    },
  ],
  [
    'unreadable collection folder',
    () => {
      const dir = copy();
      chmodSync(join(dir, 'topics'), 0o000);
      try {
        // Root reads anything: as root, the probe runs the command as nobody.
        const asNobody =
          process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
        return run([...asNobody, process.execPath, bin, 'validate', dir]);
      } finally {
        chmodSync(join(dir, 'topics'), 0o755);
      }
    },
  ],
  [
    'FIFO named *.yaml',
    () => {
      const dir = copy();
      run(['mkfifo', join(dir, 'actors', 'zz-fifo.yaml')]);
      return policy('validate', dir);
    },
  ],
  [
    'symlink out of the data folder',
    () => {
      const dir = copy();
      writeFileSync(join(work, 'outside.yaml'), readFileSync(actorFile(dir)));
      rmSync(actorFile(dir));
      symlinkSync(join(work, 'outside.yaml'), actorFile(dir));
      return policy('validate', dir);
    },
  ],
  [
    '50,000-character search query',
    () => {
      const r = policy('search', '('.repeat(50_000));
      return { ...r, text: `${r.text.length} chars: ${r.text}` };
    },
  ],
  ['policy verify /dev/zero', () => policy('verify', '/dev/zero')],
  [
    '=HYPERLINK name into CSV (toCSV)',
    () => run([process.execPath, join(import.meta.dirname, 'csv-probe.mjs'), dataJson]),
  ],
  [
    '} in a report URL into BibTeX (citeReport)',
    () => run([process.execPath, join(import.meta.dirname, 'bibtex-probe.mjs')]),
  ],
];

const only = process.argv.indexOf('--only');
console.log(`| probe | exit | seconds | first line |\n|---|---|---|---|`);
for (const [name, probe] of probes) {
  if (only > 0 && !name.includes(process.argv[only + 1])) continue;
  const r = probe();
  console.log(`| ${name} | ${r.code} | ${r.seconds.toFixed(1)} | ${shown(r.text)} |`);
}
rmSync(work, { recursive: true, force: true });

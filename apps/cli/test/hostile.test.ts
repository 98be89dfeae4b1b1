/**
 * Hostile input at the command line (issue 24): each probe keeps its one line on stderr, its exit
 * code, and shows that nothing was written and nothing reached the terminal raw.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { bin, goodDataCopy, policy, tempDir } from './helpers.js';

/** Every file under a folder with its size and modification time: what "nothing was written" compares. */
function snapshot(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => {
      const path = join(d, e.name);
      if (e.isSymbolicLink() || e.isFIFO()) return [path];
      if (e.isDirectory()) {
        try {
          return walk(path);
        } catch {
          return [path];
        }
      }
      const s = statSync(path);
      return [`${path} ${s.size} ${s.mtimeMs}`];
    });
  return walk(dir).sort();
}

/** Runs `policy validate` on a hostile copy of the data; returns its output and checks nothing was written. */
function validateHostile(change: (dir: string) => void, options: Parameters<typeof policy>[1] = {}) {
  const dir = goodDataCopy();
  change(dir);
  const before = snapshot(dirname(dir));
  const r = policy(['validate', dir], { timeout: 60_000, ...options });
  expect(snapshot(dirname(dir)), 'validate wrote nothing').toEqual(before);
  const lines = r.stdout
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((l) => l.replace(`${dir}/`, ''));
  return { ...r, dir, lines };
}

const china = (dir: string) => join(dir, 'actors', 'china.yaml');
// biome-ignore lint/suspicious/noControlCharactersInRegex: the controls are what must be absent
const ESC = /[\x1b\x07\x9b\x9d]/;

describe('control characters never reach the terminal', () => {
  const hostileKey = (dir: string) =>
    writeFileSync(china(dir), `${readFileSync(china(dir), 'utf8')}"\\e]0;pwned\\a\\e[2J\\u202e": x\n`);

  it('strips an OSC title, a screen clear and a bidi override from what validate echoes, with NO_COLOR', () => {
    const r = validateHostile(hostileKey, { env: { NO_COLOR: '1' } });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(ESC);
    expect(r.stdout + r.stderr).not.toContain('\u202e');
    // The whole sequence goes, its payload with it; the line still says where the field is.
    expect(r.lines).toContainEqual(
      expect.stringMatching(/^actors\/china\.yaml:\d+:1 {2}unknown-field {2}unknown field ""$/),
    );
  });

  it('keeps only its own colour when colour is forced', () => {
    // The hostile key's sequences go; validate's own lines carry no colour.
    const r = validateHostile(hostileKey, { env: { FORCE_COLOR: '1' } });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the controls are what must be absent
    expect(r.stdout + r.stderr).not.toMatch(/[\x07\x9b\x9d]|\x1b\]|\x1b\[2J/);
    // The command's own colour survives the same filter.
    const shown = policy(['show', 'cn'], { env: { FORCE_COLOR: '1' } });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the ESC sequences are what is counted
    const sequences = [...shown.stdout.matchAll(/\x1b[^a-zA-Z]*[a-zA-Z]?/g)].map((m) => m[0]);
    expect(sequences.length).toBeGreaterThan(0);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: only colour sequences may stand
    for (const s of sequences) expect(s).toMatch(/^\x1b\[[0-9;]*m$/);
  });
});

describe('special files and folders', () => {
  it('refuses policy verify /dev/zero at once with one line', () => {
    const started = performance.now();
    const r = policy(['verify', '/dev/zero'], { timeout: 30_000 });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'policy: cannot read source text /dev/zero: not a plain file (a device, pipe or socket)\n',
    );
    expect(r.stdout).toBe('');
  });

  it('refuses a FIFO given to verify without opening it', () => {
    const fifo = join(tempDir(), 'essay.txt');
    execFileSync('mkfifo', [fifo]);
    const r = policy(['verify', fifo], { timeout: 30_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `policy: cannot read source text ${fifo}: not a plain file (a device, pipe or socket)\n`,
    );
  });

  it('reports a FIFO named *.yaml in the data folder under the read rule, without blocking', () => {
    const r = validateHostile((dir) => execFileSync('mkfifo', [join(dir, 'actors', 'zz-pipe.yaml')]));
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      'actors/zz-pipe.yaml:1:1  read  a named pipe (FIFO), not a data file; data files are plain files',
    ]);
  });

  it('reports a symbolic link out of the data folder under the read rule', () => {
    const r = validateHostile((dir) => {
      const outside = join(dirname(dir), 'outside.yaml');
      writeFileSync(outside, readFileSync(china(dir)));
      rmSync(china(dir));
      symlinkSync(outside, china(dir));
    });
    expect(r.lines).toContain(
      'actors/china.yaml:1:1  read  a symbolic link to a place outside the data folder; data files live in it',
    );
    expect(r.stderr).not.toMatch(/unexpected error/);
  });

  it('reports an unreadable collection folder under the read rule, not as an unexpected error', () => {
    // Root reads any folder whatever its mode: as root, the command runs as nobody.
    const asRoot = process.getuid?.() === 0;
    const dir = goodDataCopy();
    chmodSync(dirname(dir), 0o755);
    chmodSync(join(dir, 'topics'), 0o000);
    try {
      const r = asRoot
        ? (() => {
            try {
              const stdout = execFileSync(
                'setpriv',
                ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, 'validate', dir],
                {
                  encoding: 'utf8',
                  stdio: ['ignore', 'pipe', 'pipe'],
                  env: { ...process.env, NO_COLOR: '1' },
                },
              );
              return { code: 0, stdout, stderr: '' };
            } catch (error) {
              const e = error as { status: number; stdout: string; stderr: string };
              return { code: e.status, stdout: e.stdout, stderr: e.stderr };
            }
          })()
        : policy(['validate', dir]);
      expect(r.code).toBe(1);
      // One problem: the records that name a topic are not each told that it is missing.
      expect(r.stdout.replaceAll(`${dir}/`, '')).toBe(
        'topics:1:1  read  cannot be read: permission denied (EACCES)\n',
      );
      expect(r.stderr).not.toMatch(/unexpected error/);
    } finally {
      chmodSync(join(dir, 'topics'), 0o755);
    }
  });
});

describe('very long arguments', () => {
  it('refuses a 50,000-character query with one short line, without echoing it', () => {
    const r = policy(['search', '('.repeat(50_000)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('policy: argument 2 is 50,000 characters long; an argument is at most 1,000\n');
  });

  it('still searches with a query of 1,000 characters (brackets and all)', () => {
    const r = policy(['search', '('.repeat(1000)]);
    expect(r.stderr).not.toMatch(/unexpected error/);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeLessThan(5_000);
  });
});

describe('spreadsheet formulas', () => {
  it('policy export --format csv writes no cell a spreadsheet would evaluate', () => {
    for (const collection of ['actors', 'sources', 'chronology']) {
      const r = policy(['export', '--format', 'csv', '--collection', collection]);
      expect(r.code).toBe(0);
      const rows = parse(r.stdout, { relax_column_count: false }) as string[][];
      const cells = rows.flat();
      expect(cells.length).toBeGreaterThan(10);
      expect(cells.filter((c) => /^[=+@\t\r]/.test(c) || /^-\D/.test(c))).toEqual([]);
    }
  });
});

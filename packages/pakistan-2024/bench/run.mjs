// Benchmarks of the data package, each reported as a ratio to a baseline measured in the same run:
// import cost against `node -e 0`, and validate/search on the real data against a dataset 100× larger
// (the start of a search, loading the serialized index, among them). The CLI's bench measures the
// package imported by name, `policy show` and `policy search` from a cold start.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { SearchIndex, collectionEntry, collectionNames } = await import(join(root, 'dist/index.js'));
const { validate } = await import(join(root, 'dist/schema.js'));
const data = JSON.parse(readFileSync(join(root, 'dist/data.json'), 'utf8'));

// Every child runs without NODE_EXTRA_CA_CERTS first: Node loads those certificates at every start
// (about 420 M instructions here), which makes `node -e 0` dearer and every ratio smaller.
const { NODE_EXTRA_CA_CERTS: certs, ...bare } = process.env;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const wall = (args) => {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore', env: bare });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed`);
  return performance.now() - t;
};

/** Median wall time of each command, runs interleaved so machine noise hits all alike. */
function startup(commands, rounds = 25) {
  const times = commands.map(() => []);
  for (let i = 0; i < rounds; i++) commands.forEach((c, j) => times[j].push(wall(c)));
  return times.map(median);
}

console.log('## Import cost (median of 25 interleaved cold starts)\n');
// By name, as a user imports it.
const [base, esmBase, esm, cjs] = startup([
  ['-e', '0'],
  ['--input-type=module', '-e', '0'],
  ['--input-type=module', '-e', "import '@policy/pakistan-2024'"],
  ['-e', "require('@policy/pakistan-2024')"],
]);
const row = (label, ms, ratio, note = '') =>
  console.log(`| ${label} | ${ms.toFixed(1)} | ${ratio.toFixed(3)}× | ${note} |`);
console.log('| command | ms | ratio | |\n|---|---|---|---|');
row('node -e 0', base, 1);
row('require the package (CommonJS)', cjs, cjs / base, 'vs node -e 0; target ≤ 1.10×');
row('node --input-type=module -e 0', esmBase, esmBase / base, 'the ES module loader alone');
row('import the package (ESM)', esm, esm / esmBase, 'vs the ESM baseline; target ≤ 1.10×');
row('import the package (ESM)', esm, esm / base, 'vs node -e 0');

/** Instructions a command executes, counted by valgrind with V8's seed fixed (repeatable whatever else the machine does). */
function instructions(args, env, cwd = root) {
  const r = spawnSync(
    'valgrind',
    ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--random-seed=1', ...args],
    { cwd, encoding: 'utf8', env },
  );
  const m = /Collected : (\d+)/.exec(r.stderr ?? '');
  return m ? Number(m[1]) : undefined;
}

/**
 * Two packages beside the real one, in a scratch node_modules, that show what no build of this one can
 * go below: an empty ES module package (the loader and the resolution of a name), and a package that
 * holds nothing but the compiled data, built from generated/data.ts as the index bundles it.
 */
function floorPackages() {
  const dir = mkdtempSync(join(tmpdir(), 'policy-floor-'));
  const pkg = (name, code) => {
    mkdirSync(join(dir, 'node_modules', name), { recursive: true });
    writeFileSync(
      join(dir, 'node_modules', name, 'package.json'),
      JSON.stringify({ name, type: 'module', exports: { '.': './index.js' } }),
    );
    writeFileSync(join(dir, 'node_modules', name, 'index.js'), code);
  };
  pkg('floor-empty', 'export const empty = true;\n');
  const { outputFiles } = buildSync({
    entryPoints: [join(root, 'generated/data.ts')],
    bundle: true,
    format: 'esm',
    target: 'node20',
    write: false,
  });
  pkg('floor-data', outputFiles[0].text);
  return { dir, dataBytes: outputFiles[0].contents.length };
}

function instructionTable(title, env, floor) {
  console.log(`\n## ${title}\n`);
  const rows = [
    ['node -e 0', ['-e', '0']],
    // By name, as a user imports it (the command the goal names).
    ['import the package (ESM)', ['-e', "import('@policy/pakistan-2024')"], 50e6],
    ['require the package (CommonJS)', ['-e', "require('@policy/pakistan-2024')"]],
    ['floor: import an empty ES module package', ['-e', "import('floor-empty')"], 0, floor.dir],
    [
      `floor: import a package of the compiled data alone (${(floor.dataBytes / 1024).toFixed(0)} KB)`,
      ['-e', "import('floor-data')"],
      0,
      floor.dir,
    ],
  ].map(([label, args, goal, cwd]) => [label, instructions(args, env, cwd), goal]);
  const i0 = rows[0][1];
  if (!rows.every(([, n]) => n)) return console.log('(valgrind failed: no counts)');
  console.log('| command | instructions | over node -e 0 | ratio | goal |\n|---|---|---|---|---|');
  for (const [label, n, goal] of rows) {
    const over = n - i0;
    const verdict = goal ? `≤ +${goal / 1e6} M ${over <= goal ? 'met' : 'MISSED'}` : '';
    console.log(
      `| ${label} | ${(n / 1e6).toFixed(1)} M | +${(over / 1e6).toFixed(1)} M | ${(n / i0).toFixed(3)}× | ${verdict} |`,
    );
  }
  const [esm, empty, dataOnly] = [rows[1][1], rows[3][1], rows[4][1]];
  console.log(
    `\nOf the import: ${((empty - i0) / 1e6).toFixed(1)} M loading any ES module package by name, ` +
      `${((dataOnly - empty) / 1e6).toFixed(1)} M making the data's arrays (scanning and parsing the compiled JSON), ` +
      `${((esm - dataOnly) / 1e6).toFixed(1)} M the package's own code. While every collection is an array made at import, ` +
      `no build goes below the data-alone row.`,
  );
}

if (spawnSync('valgrind', ['--version']).status === 0) {
  // Built once, for both tables.
  const floor = floorPackages();
  instructionTable(
    'Import cost in instructions, without NODE_EXTRA_CA_CERTS (valgrind callgrind)',
    bare,
    floor,
  );
  if (certs) instructionTable('The same with NODE_EXTRA_CA_CERTS, as set here', process.env, floor);
  rmSync(floor.dir, { recursive: true, force: true });
} else
  console.log('\n(valgrind not found: instruction counts skipped; `apt-get install valgrind` to add them)');

/** The collections that hold records (the sources are the texts themselves). */
const recordCollections = collectionNames.filter((name) => name !== 'sources');
// The figures are not copied: the partners' figures of a period must add up to no more than its
// total, which a hundred copies would exceed. The growth below divides by the records really added.
const copiedCollections = recordCollections.filter((name) => name !== 'figures');

/** The real dataset with every record cloned `times` times under new ids (references kept valid). */
function scaled(times) {
  const big = structuredClone(data);
  for (const name of copiedCollections) {
    const originals = data[name];
    for (let n = 1; n < times; n++)
      for (const r of originals) {
        const copy = { ...structuredClone(r), id: `${r.id}-copy-${n}` };
        if (name === 'actors')
          Object.assign(copy, {
            name: `${r.name} ${n}`,
            aliases: [],
            kind: 'non-state',
            iso2: undefined,
            iso3: undefined,
            isoNumeric: undefined,
            shortName: undefined,
            wikidata: undefined,
            references: undefined,
            members: undefined,
          });
        if ('name' in copy && name !== 'actors') copy.name = `${r.name} ${n}`;
        if ('aliases' in copy && name !== 'actors') copy.aliases = [];
        // Short names stay (the indicators require one), made unique as the names are.
        if (copy.shortName && name !== 'actors') copy.shortName = `${r.shortName} ${n}`;
        if (name === 'relationships') copy.partners = [...r.partners];
        // The year's key events are few by rule; a copy is an ordinary event.
        if (name === 'chronology') delete copy.key;
        big[name].push(JSON.parse(JSON.stringify(copy)));
      }
    // In the documented order (the registry's order fields, compared as code units), or validate refuses it.
    const { orderBy } = collectionEntry(name);
    const key = (r) => orderBy.map((field) => r[field]).join('\0');
    big[name].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  }
  return big;
}

/** Mean milliseconds per call over at least `minMs` of calls. */
function perCall(fn, minMs = 400) {
  fn();
  let calls = 0;
  const t = performance.now();
  while (performance.now() - t < minMs) {
    fn();
    calls++;
  }
  return (performance.now() - t) / calls;
}

const big = scaled(100);
const count = (d) => recordCollections.reduce((n, k) => n + d[k].length, 0);
const valid = validate(big);
if (!valid.success) throw new Error(`synthetic dataset is invalid: ${valid.issues[0]?.message}`);
const queries = ['cpec', 'security cooperation', 'remitt', 'kashmer', 'energy pipeline russia'];
const small = new SearchIndex(data);
const large = new SearchIndex(big);

// What a cold `policy search` does once the modules are loaded: load the serialized index, search once.
const smallJson = small.serialize();
const largeJson = large.serialize();
const searchStart = (d, json) => () => new SearchIndex(d, json).search('kashmir');

const rows = [
  ['validate', perCall(() => validate(data)), perCall(() => validate(big), 1500)],
  ['build search index', perCall(() => new SearchIndex(data)), perCall(() => new SearchIndex(big), 1500)],
  [
    'search start (load the serialized index, search once)',
    perCall(searchStart(data, smallJson)),
    perCall(searchStart(big, largeJson), 1500),
  ],
  [
    'search (5 queries, mean)',
    perCall(() => queries.forEach((q) => small.search(q))) / queries.length,
    perCall(() => queries.forEach((q) => large.search(q)), 1500) / queries.length,
  ],
];
const sizeGrowth = count(big) / count(data);
console.log(
  `\n## validate and search: real dataset (${count(data)} records) vs synthetic 100× (${count(big)} records, ${sizeGrowth.toFixed(1)}×)\n`,
);
console.log(
  `Serialized index: ${(smallJson.length / 1024).toFixed(0)} KB real, ${(largeJson.length / 1024).toFixed(0)} KB 100×.`,
);
console.log('"vs size" is the growth divided by the growth in records: at most 1 is no worse than linear.\n');
console.log('| operation | real, ms/call | 100×, ms/call | growth | vs size |');
console.log('|---|---|---|---|---|');
for (const [name, a, b] of rows)
  console.log(
    `| ${name} | ${a.toFixed(3)} | ${b.toFixed(3)} | ${(b / a).toFixed(1)}× | ${(b / a / sizeGrowth).toFixed(2)} |`,
  );

// The same start counted in instructions, cold as in a CLI process: a child reads the dataset and
// its serialized index, and then loads the index and searches once, or stops there; the
// difference between the two is the start of the search.
if (spawnSync('valgrind', ['--version']).status === 0) {
  const dir = mkdtempSync(join(tmpdir(), 'policy-bench-'));
  const child = join(dir, 'search-start.mjs');
  writeFileSync(
    child,
    `import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
const { SearchIndex } = await import(${JSON.stringify(join(root, 'dist/index.js'))});
const [data, json] = [JSON.parse(readFileSync(process.argv[2], 'utf8')), readFileSync(process.argv[3], 'utf8')];
if (process.argv[4] === 'search') new SearchIndex(data, json).search('kashmir');
`,
  );
  const startOf = (name, d, json) => {
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(d));
    writeFileSync(join(dir, `${name}.index`), json);
    const args = [child, join(dir, `${name}.json`), join(dir, `${name}.index`)];
    return instructions([...args, 'search']) - instructions(args);
  };
  const [a, b] = [startOf('real', data, smallJson), startOf('big', big, largeJson)];
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `\nSearch start in instructions (valgrind): ${(a / 1e6).toFixed(1)} M real, ${(b / 1e6).toFixed(1)} M 100×: growth ${(b / a).toFixed(1)}×, ${(b / a / sizeGrowth).toFixed(2)} of the growth in records.`,
  );
}

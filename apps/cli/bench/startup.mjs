// Cold start of the built CLI, and of importing the dataset package by name, as ratios to
// `node -e 0` measured in the same run. Wall time: commands run interleaved, many rounds, median,
// so that machine noise falls on all of them alike. Instructions (valgrind callgrind): repeatable
// whatever else the machine does, so they are what the targets are judged on.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'dist', 'policy.cjs');
const rounds = Number(process.env.BENCH_ROUNDS ?? 31);

const commands = [
  { label: 'node -e 0', args: ['-e', '0'] },
  {
    label: `node -e "import('@policy/pakistan-2024')"`,
    args: ['-e', "import('@policy/pakistan-2024')"],
    goal: 50e6,
  },
  { label: 'policy --version', args: [bin, '--version'] },
  { label: 'policy show cn', args: [bin, 'show', 'cn'], goal: 77e6 },
  { label: 'policy search kashmir', args: [bin, 'search', 'kashmir'], goal: 128e6 },
  { label: 'policy list relationships', args: [bin, 'list', 'relationships'] },
];

// Every child runs without NODE_EXTRA_CA_CERTS: Node loads those certificates at every start (about
// 420 M instructions here), which makes `node -e 0` dearer and every ratio smaller. The goals are
// judged without them; a second table shows the counts with them when they are set.
const { NODE_EXTRA_CA_CERTS: certs, NODE_DISABLE_COMPILE_CACHE: _, ...bare } = process.env;
// The CLI keeps V8's code cache of its bundles between runs (src/compile-cache.ts): the bench gives
// it a directory of its own, which the warm-up fills as a user's first run would. Every run after a
// user's first reads it; the first, and every run with the cache off, are measured apart below.
const cacheDir = mkdtempSync(join(tmpdir(), 'policy-bench-cache-'));
process.on('exit', () => rmSync(cacheDir, { recursive: true, force: true }));
const env = { ...bare, NO_COLOR: '1', NODE_COMPILE_CACHE: cacheDir };
const uncached = { ...env, NODE_DISABLE_COMPILE_CACHE: '1' };
// stdout is a pipe, read to the end, as a script sees the CLI (a terminal adds the cost of
// Node's tty stream, which the CLI makes only there).
const spawnOptions = { cwd: root, env, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 };
// CPU time of finished children (Linux): less disturbed than wall time when the machine is busy.
const childCpuMs = existsSync('/proc/self/stat')
  ? () => {
      const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
      return (Number(f[13]) + Number(f[14])) * 10; // cutime + cstime, in 10 ms ticks
    }
  : undefined;
const cpu = commands.map(() => 0);
const wall = ({ args, label }, j) => {
  const c0 = childCpuMs?.();
  const t = performance.now();
  const r = spawnSync(process.execPath, args, spawnOptions);
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${label} exited with ${r.status}`);
  if (childCpuMs && j !== undefined) cpu[j] += childCpuMs() - c0;
  return ms;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** A goal is at most so many instructions over `node -e 0`. */
const verdict = (goal, over) => (goal ? `≤ +${goal / 1e6} M ${over <= goal ? 'met' : 'MISSED'}` : '');

for (const c of commands) wall(c); // warm the file-system cache, and fill the code cache
const times = commands.map(() => []);
for (let i = 0; i < rounds; i++) commands.forEach((c, j) => times[j].push(wall(c, j)));
const medians = times.map(median);

console.log(`## Cold start (median of ${rounds} interleaved runs, Node ${process.version})\n`);
console.log('| command | wall ms | ratio to node -e 0 | CPU ratio |\n|---|---|---|---|');
commands.forEach((c, j) => {
  const ratio = medians[j] / medians[0];
  const cpuRatio = childCpuMs ? `${(cpu[j] / cpu[0]).toFixed(3)}×` : 'n/a';
  console.log(`| ${c.label} | ${medians[j].toFixed(1)} | ${ratio.toFixed(3)}× | ${cpuRatio} |`);
});

/**
 * Instructions a command executes. `--random-seed=1` fixes V8's hash seed, which otherwise moves
 * the count of `node -e 0` by ±1% from one run to the next; it costs every command alike.
 */
function instructions({ args }, extraEnv = env) {
  const r = spawnSync(
    'valgrind',
    ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--random-seed=1', ...args],
    { ...spawnOptions, env: extraEnv, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' },
  );
  return Number(/Collected : (\d+)/.exec(r.stderr ?? '')?.[1] ?? Number.NaN);
}

function instructionTable(title, counts) {
  console.log(`\n## ${title}\n`);
  console.log('| command | instructions | over node -e 0 | ratio | goal |\n|---|---|---|---|---|');
  let missed = 0;
  commands.forEach((c, j) => {
    const over = counts[j] - counts[0];
    if (c.goal && over > c.goal) missed++;
    console.log(
      `| ${c.label} | ${(counts[j] / 1e6).toFixed(1)} M | ${j ? `+${(over / 1e6).toFixed(1)} M` : ''} | ${(counts[j] / counts[0]).toFixed(3)}× | ${verdict(c.goal, over)} |`,
    );
  });
  return missed;
}

if (spawnSync('valgrind', ['--version']).status === 0) {
  const missed = instructionTable(
    'Instructions executed (valgrind callgrind), without NODE_EXTRA_CA_CERTS, code cache warm (every run after the first)',
    commands.map((c) => instructions(c)),
  );
  if (missed) console.log(`\n${missed} goal(s) missed (reported, not failed: benchmarks are not tests).`);
  instructionTable(
    'The same with the code cache off (NODE_DISABLE_COMPILE_CACHE=1): what a first run compiles',
    commands.map((c) => instructions(c, uncached)),
  );
  if (certs)
    instructionTable(
      'The same with NODE_EXTRA_CA_CERTS, as set here (Node loads those certificates at every start)',
      commands.map((c) => instructions(c, { ...env, NODE_EXTRA_CA_CERTS: certs })),
    );
} else
  console.log('\n(valgrind not found: instruction counts skipped; `apt-get install valgrind` adds them)');

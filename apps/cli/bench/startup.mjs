// Cold start of the built CLI as a ratio to `node -e 0` measured in the same run: commands run
// interleaved, many rounds, median wall time, so that machine noise falls on all of them alike.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'dist', 'policy.cjs');
const rounds = Number(process.env.BENCH_ROUNDS ?? 31);
const TARGET = 1.25;

const commands = [
  { label: 'node -e 0', args: ['-e', '0'] },
  { label: 'policy --version', args: [bin, '--version'] },
  { label: 'policy show cn', args: [bin, 'show', 'cn'], target: TARGET },
  { label: 'policy search kashmir', args: [bin, 'search', 'kashmir'], target: TARGET },
  { label: 'policy list relationships', args: [bin, 'list', 'relationships'] },
];

const env = { ...process.env, NO_COLOR: '1' };
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
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore', env });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${label} exited with ${r.status}`);
  if (childCpuMs && j !== undefined) cpu[j] += childCpuMs() - c0;
  return ms;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const c of commands) wall(c); // warm the file-system cache
const times = commands.map(() => []);
for (let i = 0; i < rounds; i++) commands.forEach((c, j) => times[j].push(wall(c, j)));
const medians = times.map(median);
const base = medians[0];

console.log(`## CLI cold start (median of ${rounds} interleaved runs, Node ${process.version})\n`);
console.log('| command | wall ms | ratio to node -e 0 | CPU ratio | target (wall) |\n|---|---|---|---|---|');
let missed = 0;
commands.forEach((c, j) => {
  const ratio = medians[j] / base;
  const verdict = c.target ? `≤ ${c.target.toFixed(2)}× ${ratio <= c.target ? 'met' : 'MISSED'}` : '';
  if (c.target && ratio > c.target) missed++;
  const cpuRatio = childCpuMs ? `${(cpu[j] / cpu[0]).toFixed(3)}×` : 'n/a';
  console.log(`| ${c.label} | ${medians[j].toFixed(1)} | ${ratio.toFixed(3)}× | ${cpuRatio} | ${verdict} |`);
});
if (missed) console.log(`\n${missed} target(s) missed (reported, not failed: benchmarks are not tests).`);

// Instruction counts (valgrind callgrind) are repeatable whatever else the machine is doing, so
// they give the start-up ratio even when wall time is noisy.
if (spawnSync('valgrind', ['--version']).status === 0) {
  const count = ({ args }) => {
    const r = spawnSync(
      'valgrind',
      ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...args],
      {
        cwd: root,
        env,
        encoding: 'utf8',
      },
    );
    return Number(/Collected : (\d+)/.exec(r.stderr ?? '')?.[1] ?? Number.NaN);
  };
  const counts = commands.map(count);
  console.log('\n## Instructions executed (valgrind callgrind)\n');
  console.log('| command | instructions | ratio to node -e 0 | target |\n|---|---|---|---|');
  commands.forEach((c, j) => {
    const ratio = counts[j] / counts[0];
    const verdict = c.target ? `≤ ${c.target.toFixed(2)}× ${ratio <= c.target ? 'met' : 'MISSED'}` : '';
    console.log(`| ${c.label} | ${(counts[j] / 1e6).toFixed(1)} M | ${ratio.toFixed(3)}× | ${verdict} |`);
  });
} else
  console.log('\n(valgrind not found: instruction counts skipped; `apt-get install valgrind` adds them)');

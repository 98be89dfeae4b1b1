/**
 * `pnpm start`: builds the site if the export is missing or older than its inputs (through turbo,
 * so the dataset package is built first when needed), then serves out/ on http://localhost:3000
 * (under SITE_URL's path, when it has one).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const exportIndex = join(root, 'out', 'index.html');

// The newest modification time under a path; src/generated is written by the build, so it is not an input.
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    0,
    ...readdirSync(path)
      .filter((name) => name !== 'generated')
      .map((name) => newest(join(path, name))),
  );
}

function datasetTime() {
  try {
    return newest(createRequire(join(root, 'package.json')).resolve('@policy/pakistan-2024/data.json'));
  } catch {
    return Number.POSITIVE_INFINITY; // not built yet
  }
}

const inputs = Math.max(
  newest(join(root, 'src')),
  newest(join(root, 'scripts')),
  newest(join(root, 'next.config.ts')),
  newest(join(root, 'package.json')),
  datasetTime(),
);

if (!existsSync(exportIndex) || newest(exportIndex) < inputs) {
  console.log('start: building the site (the export is missing or out of date) …');
  const built = spawnSync(
    'pnpm',
    ['exec', 'turbo', 'run', 'build', '--filter=@policy/web', '--output-logs=errors-only'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (built.status !== 0) {
    console.error('start: the build failed; see the messages above');
    process.exit(built.status ?? 1);
  }
}

// An export built for a SITE_URL with a path is served under that path, as its host would.
const base = process.env.SITE_URL ? new URL(process.env.SITE_URL).pathname.replace(/\/+$/, '') : '';

await import('./serve.mjs').then(async ({ createStaticServer, listen }) => {
  const port = Number(process.env.PORT ?? 3000);
  try {
    await listen(createStaticServer(undefined, { base }), port, process.env.HOST ?? 'localhost');
    console.log(`Serving the site on http://localhost:${port}${base}/  (Ctrl+C to stop)`);
  } catch (error) {
    console.error(
      `start: ${error.code === 'EADDRINUSE' ? `port ${port} is in use; set PORT to another` : error.message}`,
    );
    process.exit(1);
  }
});

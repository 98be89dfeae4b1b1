/**
 * Vitest global setup of the base-path tests: builds the site once more, for
 * SITE_URL=https://example.org/pakistan-2024, into out-base-path/ (the site's own build command,
 * so the export is the one a deploy under that path would get).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PREFIXED_EXPORT_DIR, PREFIXED_SITE_URL } from '../support/base-path';

export default function setup(): void {
  const started = Date.now();
  const r = spawnSync('pnpm', ['run', 'build'], {
    cwd: join(import.meta.dirname, '..', '..'),
    env: { ...process.env, SITE_URL: PREFIXED_SITE_URL, EXPORT_DIR: PREFIXED_EXPORT_DIR },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.status !== 0)
    throw new Error(`the build for ${PREFIXED_SITE_URL} failed:\n${r.stdout}\n${r.stderr}`.slice(-4000));
  console.log(
    `built the export for ${PREFIXED_SITE_URL} into ${PREFIXED_EXPORT_DIR}/ in ${Math.round((Date.now() - started) / 1000)} s`,
  );
}

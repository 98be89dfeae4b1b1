import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';

// Resolved from the package folder rather than bundled: the shapes are read once at build time
// and must never reach the browser.
const require = createRequire(join(process.cwd(), 'package.json'));

/** A world-atlas topology of countries at 1:110m (background) or 1:50m (partners, small states). */
export function loadWorld(scale: '110m' | '50m'): Topology {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8')) as Topology;
}

/**
 * The `policy` executable: loads the command (dist/main.cjs, built from main.ts) through the code
 * cache, so that a start after the first compiles almost nothing (see compile-cache.ts).
 */
import { join } from 'node:path';
import { requireBundle } from './compile-cache.js';

requireBundle(join(__dirname, 'main.cjs'));

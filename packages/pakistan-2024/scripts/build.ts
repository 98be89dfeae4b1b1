/**
 * Builds the package: compiles `data/` into `generated/data.json`, bundles the entry points with
 * tsup, and writes the plain outputs (data.json, schema.json, CSV tables, datapackage.json).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import { compileDataFolder, formatFileIssue } from '../src/compile.js';
import { writeOutputs } from './outputs.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

const result = compileDataFolder(join(root, 'data'), { version: pkg.version });
if (!result.dataset) {
  for (const issue of result.issues)
    console.error(formatFileIssue({ ...issue, file: issue.file.replace(`${root}/`, '') }));
  console.error(`build: ${result.issues.length} problem(s) in data/; nothing was written`);
  process.exit(1);
}

mkdirSync(join(root, 'generated'), { recursive: true });
const json = `${JSON.stringify(result.dataset, null, 2)}\n`;
writeFileSync(join(root, 'generated', 'data.json'), json);

rmSync(join(root, 'dist'), { recursive: true, force: true });
await build({ silent: true });
writeOutputs(result.dataset, join(root, 'dist'), json);
console.log(`build: ${pkg.version}, ${result.dataset.relationships.length} relationships, outputs in dist/`);

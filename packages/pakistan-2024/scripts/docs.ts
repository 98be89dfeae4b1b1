/**
 * Regenerates the generated blocks of the documents: the vocabulary tables of docs/methodology.md
 * (from src/registry/vocabulary.ts) and the rule table of the repository's CONTRIBUTING.md (from
 * src/rules/rules.ts). With `--check` it only compares, and fails naming the file that is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  RULES_BLOCK,
  replaceBlock,
  rulesMarkdown,
  VOCABULARY_BLOCK,
  vocabularyMarkdown,
} from '../src/rules/doc-blocks.js';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const documents = [
  { file: join(pkg, 'docs', 'methodology.md'), block: VOCABULARY_BLOCK, content: vocabularyMarkdown() },
  { file: join(pkg, '..', '..', 'CONTRIBUTING.md'), block: RULES_BLOCK, content: rulesMarkdown() },
];

let stale = 0;
for (const { file, block, content } of documents) {
  const text = readFileSync(file, 'utf8');
  const next = replaceBlock(text, block, content);
  if (next === text) continue;
  if (process.argv.includes('--check')) {
    console.error(`${file} is out of date: run pnpm --filter @policy/pakistan-2024 docs:write`);
    stale++;
  } else writeFileSync(file, next);
}
process.exitCode = stale ? 1 : 0;

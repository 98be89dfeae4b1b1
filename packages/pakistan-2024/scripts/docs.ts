/** Regenerates the vocabulary tables of docs/methodology.md from src/vocabulary.ts (`--check` only compares). */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { replaceBlock, VOCABULARY_BLOCK, vocabularyMarkdown } from '../src/doc-blocks.js';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'methodology.md');
const text = readFileSync(file, 'utf8');
const next = replaceBlock(text, VOCABULARY_BLOCK, vocabularyMarkdown());
if (process.argv.includes('--check')) {
  if (next !== text) {
    console.error('docs/methodology.md is out of date: run pnpm --filter @policy/pakistan-2024 docs:write');
    process.exit(1);
  }
} else writeFileSync(file, next);

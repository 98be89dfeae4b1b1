import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockContent, VOCABULARY_BLOCK, vocabularyMarkdown } from '../src/doc-blocks.js';
import { collectionNames } from '../src/registry/collections.js';
import { packageRoot } from './helpers.js';

describe('docs/methodology.md', () => {
  const doc = readFileSync(join(packageRoot, 'docs', 'methodology.md'), 'utf8');

  it('carries the vocabulary tables as src/vocabulary.ts defines them today', () => {
    expect(blockContent(doc, VOCABULARY_BLOCK)).toBe(vocabularyMarkdown());
    expect(vocabularyMarkdown()).toMatch(/^### Stance/);
  });

  it('documents every collection and the citation rule', () => {
    for (const name of collectionNames) expect(doc).toContain(`\`${name}\``);
    expect(doc).toMatch(/## The citation rule/);
  });
});

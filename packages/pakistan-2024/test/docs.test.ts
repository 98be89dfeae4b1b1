import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionNames } from '../src/collections.js';
import { vocabularyMarkdown } from '../src/vocabulary-docs.js';
import { packageRoot } from './helpers.js';

describe('docs/methodology.md', () => {
  const doc = readFileSync(join(packageRoot, 'docs', 'methodology.md'), 'utf8');

  it('carries the vocabulary tables as src/vocabulary.ts defines them today', () => {
    const section = /<!-- vocabulary:start -->\n([\s\S]*?)<!-- vocabulary:end -->/.exec(doc)?.[1];
    expect(section).toBe(vocabularyMarkdown());
  });

  it('documents every collection and the citation rule', () => {
    for (const name of collectionNames) expect(doc).toContain(`\`${name}\``);
    expect(doc).toMatch(/## The citation rule/);
  });
});

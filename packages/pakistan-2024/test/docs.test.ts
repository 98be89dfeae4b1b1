import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_COPIED_WORDS } from '../src/check/copied-text.js';
import { collectionNames } from '../src/registry/collections.js';
import {
  blockContent,
  RULES_BLOCK,
  rulesMarkdown,
  VOCABULARY_BLOCK,
  vocabularyMarkdown,
} from '../src/rules/doc-blocks.js';
import { ruleIds } from '../src/rules/rules.js';
import { packageRoot } from './helpers.js';

describe('docs/methodology.md', () => {
  const doc = readFileSync(join(packageRoot, 'docs', 'methodology.md'), 'utf8');

  it('carries the vocabulary tables as src/registry/vocabulary.ts defines them today', () => {
    expect(blockContent(doc, VOCABULARY_BLOCK)).toBe(vocabularyMarkdown());
    expect(vocabularyMarkdown()).toMatch(/^### Stance/);
  });

  it('documents every collection and the citation rule', () => {
    for (const name of collectionNames) expect(doc).toContain(`\`${name}\``);
    expect(doc).toMatch(/## The citation rule/);
  });

  it('states the copied-text rule with the length the code uses', () => {
    const section = doc.slice(doc.indexOf('## Writing in our own words'), doc.indexOf('## Coding stance'));
    expect(section).toContain(`${MIN_COPIED_WORDS} or more consecutive words`);
    expect(doc).not.toMatch(/\b13 or more words\b/);
  });
});

describe('CONTRIBUTING.md', () => {
  const doc = readFileSync(join(packageRoot, '..', '..', 'CONTRIBUTING.md'), 'utf8');

  it('carries the rule table as src/rules/rules.ts defines it today, one row per rule', () => {
    expect(blockContent(doc, RULES_BLOCK)).toBe(rulesMarkdown());
    for (const id of ruleIds) expect(rulesMarkdown()).toContain(`| \`${id}\` |`);
  });

  it('names the single command first', () => {
    const command = doc.indexOf('pnpm check');
    expect(command).toBeGreaterThan(0);
    expect(command).toBeLessThan(doc.indexOf('pnpm check:release'));
    expect(doc).toContain('policy verify');
  });
});

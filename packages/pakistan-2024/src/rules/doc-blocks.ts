/**
 * The generated blocks of the project's documents: a block sits between `<!-- name:start -->` and
 * `<!-- name:end -->`, is written by `pnpm docs:write` and read back whole by the site. The
 * vocabulary block of docs/methodology.md is rendered here from src/registry/vocabulary.ts, and the rule
 * table of CONTRIBUTING.md from src/rules/rules.ts.
 */

import { formatScore, type StanceTerm, vocabularySections } from '../registry/vocabulary.js';
import { checkerCommands, rules } from './rules.js';

/** The name of the methodology's generated vocabulary block. */
export const VOCABULARY_BLOCK = 'vocabulary';
/** The name of CONTRIBUTING.md's generated rule table. */
export const RULES_BLOCK = 'rules';

const startOf = (name: string) => `<!-- ${name}:start -->`;
const endOf = (name: string) => `<!-- ${name}:end -->`;

/** A document split around its block `name` (markers included in `block`); all of it in `before` when absent. */
export function splitAtBlock(
  markdown: string,
  name: string,
): { before: string; block?: string; after: string } {
  const start = markdown.indexOf(startOf(name));
  const end = markdown.indexOf(endOf(name));
  if (start < 0 || end < start) return { before: markdown, after: '' };
  return {
    before: markdown.slice(0, start),
    block: markdown.slice(start, end + endOf(name).length),
    after: markdown.slice(end + endOf(name).length),
  };
}

/** What stands between the markers of block `name` (from the line after the start marker), if present. */
export function blockContent(markdown: string, name: string): string | undefined {
  const { block } = splitAtBlock(markdown, name);
  return block?.slice(`${startOf(name)}\n`.length, -endOf(name).length);
}

/** The document with the content of block `name` replaced (the markers stay); unchanged when absent. */
export function replaceBlock(markdown: string, name: string, content: string): string {
  const { before, block, after } = splitAtBlock(markdown, name);
  return block === undefined ? markdown : `${before}${startOf(name)}\n${content}${endOf(name)}${after}`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The vocabulary tables of the methodology, as Markdown. */
export function vocabularyMarkdown(): string {
  return vocabularySections
    .map(({ title, field, terms }) => {
      const scored = terms.some((t) => 'score' in t);
      const head = scored
        ? '| value | score | label | definition | example |\n|---|---|---|---|---|'
        : '| value | label | definition | example |\n|---|---|---|---|';
      const rows = terms.map((t) => {
        const scoreCell = scored ? ` ${formatScore((t as StanceTerm).score)} |` : '';
        return `| \`${t.value}\` |${scoreCell} ${cell(t.label)} | ${cell(t.definition)} | ${cell(t.example)} |`;
      });
      return `### ${title}\n\nField: \`${field}\`\n\n${head}\n${rows.join('\n')}\n`;
    })
    .join('\n');
}

/** The rule table of CONTRIBUTING.md: every rule id, what it catches, and the commands that apply it. */
export function rulesMarkdown(): string {
  const rows = Object.entries(rules).map(
    ([id, r]) => `| \`${id}\` | ${cell(r.description)} | ${cell(checkerCommands[r.checker])} |`,
  );
  return `| rule | what it catches | reported by |\n|---|---|---|\n${rows.join('\n')}\n`;
}

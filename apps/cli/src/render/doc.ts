/**
 * A small document model for records laid out for reading. `policy show` renders it for the
 * terminal and `policy export --format md` as Markdown, so both show the same things in the same order.
 */
import { colours } from '../io.js';
import { wrap } from './wrap.js';

/** One block of a laid-out record. Citations are already formatted as one line each. */
export type Block =
  | { readonly type: 'title'; readonly text: string; readonly ref: string }
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'subheading'; readonly text: string }
  | { readonly type: 'fields'; readonly rows: readonly (readonly [label: string, value: string])[] }
  | { readonly type: 'text'; readonly text: string; readonly cites?: readonly string[] }
  | { readonly type: 'item'; readonly text: string; readonly cites?: readonly string[] }
  | { readonly type: 'note'; readonly text: string };

const indentLines = (lines: readonly string[], first: string, rest: string): string[] =>
  lines.map((l, i) => (i === 0 ? first : rest) + l);

/** Renders blocks for the terminal: wrapped to `width`, citations dimmed on their own lines. */
export function renderText(blocks: readonly Block[], width: number): string {
  const c = colours;
  const out: string[] = [];
  let depth = 0;
  const cite = (cites: readonly string[] | undefined, pad: string) => {
    for (const line of cites ?? [])
      out.push(
        ...indentLines(wrap(line, width - pad.length - 2), `${pad}${c.dim('↳ ')}`, `${pad}  `).map((l) =>
          c.dim(l),
        ),
      );
  };
  for (const block of blocks) {
    switch (block.type) {
      case 'title': {
        const gap = Math.max(2, width - block.text.length - block.ref.length);
        out.push(
          c.bold(block.text) +
            (block.text.length + gap + block.ref.length <= width ? ' '.repeat(gap) : '  ') +
            c.dim(block.ref),
        );
        depth = 0;
        break;
      }
      case 'heading':
        out.push('', c.bold(c.underline(block.text)));
        depth = 1;
        break;
      case 'subheading':
        out.push('', `  ${c.bold(block.text)}`);
        depth = 2;
        break;
      case 'fields': {
        if (depth === 0) out.push('');
        const w = Math.max(...block.rows.map(([l]) => l.length)) + 2;
        const pad = '  '.repeat(depth);
        for (const [label, value] of block.rows)
          out.push(
            ...indentLines(
              wrap(value, width - pad.length - w),
              `${pad}${c.cyan(label.padEnd(w))}`,
              pad + ' '.repeat(w),
            ),
          );
        break;
      }
      case 'text': {
        const pad = '  '.repeat(depth);
        if (depth === 0) out.push('');
        out.push(...wrap(block.text, width - pad.length).map((l) => pad + l));
        cite(block.cites, pad);
        break;
      }
      case 'item': {
        const pad = '  '.repeat(depth);
        out.push(
          ...indentLines(wrap(block.text, width - pad.length - 2), `${pad}${c.yellow('•')} `, `${pad}  `),
        );
        cite(block.cites, `${pad}  `);
        break;
      }
      case 'note':
        if (depth === 0) out.push('');
        out.push(...wrap(block.text, width - 2 * depth).map((l) => '  '.repeat(depth) + c.italic(c.dim(l))));
        break;
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * Renders blocks as Markdown; the record title becomes a heading of `level`. `md` escapes Markdown's
 * own characters in text: the package's `escapeMarkdown`, the one its release notes use.
 */
export function renderMarkdown(
  blocks: readonly Block[],
  level: number,
  md: (text: string) => string,
): string {
  const mdCites = (cites: readonly string[] | undefined): string =>
    cites?.length ? ` <sub>${cites.map(md).join('; ')}</sub>` : '';
  const out: string[] = [];
  const h = (n: number) => '#'.repeat(Math.min(6, n));
  let inList = false;
  for (const block of blocks) {
    // A list ends with a blank line before the next block.
    if (inList && block.type !== 'item') out.push('');
    inList = block.type === 'item';
    switch (block.type) {
      case 'title':
        out.push(`${h(level)} ${md(block.text)}`, '', `\`${block.ref}\``, '');
        break;
      case 'heading':
        out.push(`${h(level + 1)} ${md(block.text)}`, '');
        break;
      case 'subheading':
        out.push(`${h(level + 2)} ${md(block.text)}`, '');
        break;
      case 'fields':
        out.push(...block.rows.map(([label, value]) => `- **${md(label)}:** ${md(value)}`), '');
        break;
      case 'text':
        out.push(`${md(block.text)}${mdCites(block.cites)}`, '');
        break;
      case 'item':
        out.push(`- ${md(block.text)}${mdCites(block.cites)}`);
        break;
      case 'note':
        out.push(`_${md(block.text)}_`, '');
        break;
    }
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

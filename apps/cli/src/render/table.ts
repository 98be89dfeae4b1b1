import { colours } from '../io.js';
import { truncate } from './wrap.js';

/** A table for the terminal: a header, columns padded to their widest cell; on a terminal the last
 * column is cut to fit the width, so that each row stays on one line. */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: { width?: number } = {},
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const last = header.length - 1;
  if (options.width !== undefined) {
    const used = widths.slice(0, last).reduce((a, b) => a + b + 2, 0);
    widths[last] = Math.max(8, Math.min(widths[last] ?? 0, options.width - used));
  }
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === last ? truncate(cell, widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[colours.bold(line(header)), ...rows.map(line)].join('\n')}\n`;
}

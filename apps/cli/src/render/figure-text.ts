/** A figure of the figures layer in words, as the terminal and the Markdown report show it. */
import type { Figure } from '@policy/pakistan-2024';

/** A figure's amount as a reader says it: "$5,432.929 million", "about $1 billion", "SDR 828 million". */
export function formatAmount(f: Pick<Figure, 'value' | 'unit' | 'currency' | 'approximation'>): string {
  const number = f.value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  const amount = f.currency === 'USD' ? `$${number} ${f.unit}` : `${f.currency} ${number} ${f.unit}`;
  const prefix = f.approximation === 'about' ? 'about ' : f.approximation === 'more-than' ? 'more than ' : '';
  return `${prefix}${amount}`;
}

/** A figure's period as a reader says it: "2023-07-01 – 2024-06-30", or one day. */
export const formatPeriod = (f: Pick<Figure, 'period'>): string =>
  f.period.start === f.period.end ? f.period.start : `${f.period.start} – ${f.period.end}`;

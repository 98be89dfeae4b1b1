import { distance } from 'fastest-levenshtein';

/** The nearest of `candidates` to a mistyped word, if any is close enough to be the one meant. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = c.startsWith(word) ? 0 : distance(word.toLowerCase(), c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

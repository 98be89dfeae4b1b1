/**
 * The copied-text rule: no field of the data shares a run of 10 or more consecutive words with a
 * source, outside the `quote` fields (which are quoted by design, and checked word for word
 * elsewhere) and the `section` heading paths of citations (headings, quoted by design). The texts
 * compared against are given by the caller: the source texts today, any other text (a report's
 * quotes) tomorrow. docs/methodology.md ("Writing in our own words") states the same rule.
 */
import type { DataIssue, DataPath } from '../rules/issue.js';

/** The shortest run of shared words the rule reports. */
export const MIN_COPIED_WORDS = 10;

/** A text the data is compared against, named by the id its runs are reported under. */
export interface ReferenceText {
  readonly id: string;
  readonly text: string;
}

/** A word of a text after folding, with where it stands in the original. */
export interface FoldedWord {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

const APOSTROPHES = /['\u2018\u2019\u02bc]/g;

/**
 * The words of a text, folded: lower case; apostrophes (straight or typographic) dropped, so
 * "Pakistan’s" is "pakistans"; every other character that is not a letter, digit or mark (spaces,
 * punctuation, quotes, hyphens, dashes) separates words.
 */
export function foldWords(text: string): FoldedWord[] {
  const out: FoldedWord[] = [];
  // Apostrophes are dropped without moving offsets: they are replaced by a letter-less joiner first.
  const joined = text.replace(APOSTROPHES, '\u2060');
  for (const match of joined.matchAll(/[\p{L}\p{N}\p{M}\u2060]+/gu)) {
    const word = match[0].replace(/\u2060/g, '').toLowerCase();
    if (!word) continue;
    out.push({ word, start: match.index, end: match.index + match[0].length });
  }
  return out;
}

/** Where a run of words stands in a reference text. */
interface Place {
  readonly id: string;
  readonly line: number;
}

/** An index of every run of `size` words of the reference texts, line by line (runs never cross lines). */
export class SharedRuns {
  readonly #runs = new Map<string, Place>();

  constructor(
    texts: readonly ReferenceText[],
    readonly size: number = MIN_COPIED_WORDS,
  ) {
    for (const { id, text } of texts)
      text.split('\n').forEach((line, i) => {
        const words = foldWords(line).map((w) => w.word);
        for (let j = 0; j + size <= words.length; j++) {
          const key = words.slice(j, j + size).join(' ');
          if (!this.#runs.has(key)) this.#runs.set(key, { id, line: i + 1 });
        }
      });
  }

  /** The runs of `size` or more words that `text` shares with the reference texts, longest first in place. */
  find(text: string): { run: string; words: number; place: Place }[] {
    const words = foldWords(text);
    const hits: (Place | undefined)[] = [];
    for (let j = 0; j + this.size <= words.length; j++)
      hits[j] = this.#runs.get(
        words
          .slice(j, j + this.size)
          .map((w) => w.word)
          .join(' '),
      );
    const out: { run: string; words: number; place: Place }[] = [];
    for (let j = 0; j < hits.length; j++) {
      const place = hits[j];
      if (!place) continue;
      let k = j;
      while (hits[k + 1]) k++;
      const first = words[j] as FoldedWord;
      const last = words[k + this.size - 1] as FoldedWord;
      out.push({ run: text.slice(first.start, last.end), words: k - j + this.size, place });
      j = k;
    }
    return out;
  }
}

/** True for a field the rule leaves alone: a `quote`, or the `section` heading path of a citation. */
function exempt(path: DataPath): boolean {
  const key = path[path.length - 1];
  if (key === 'quote') return true;
  // A citation's section: ... provenance, <n>, section (and the headings inside it).
  const at = path.lastIndexOf('section');
  return at >= 2 && path[at - 2] === 'provenance' && typeof path[at - 1] === 'number';
}

/**
 * Every run of `MIN_COPIED_WORDS` or more consecutive words that a string of `data` shares with
 * one of `texts`, reported at the field that holds it, with the run itself.
 */
export function copiedText(data: object, texts: readonly ReferenceText[] | SharedRuns): DataIssue[] {
  const index = texts instanceof SharedRuns ? texts : new SharedRuns(texts);
  const issues: DataIssue[] = [];
  const walk = (value: unknown, path: DataPath): void => {
    if (exempt(path)) return;
    if (typeof value === 'string') {
      for (const hit of index.find(value))
        issues.push({
          rule: 'copied-text',
          path,
          message: `${hit.words} words in a row are the words of ${hit.place.id} (line ${hit.place.line}): "${hit.run}"; say it in our own words, or quote at most 12 words in a citation's quote`,
        });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) walk(v, [...path, key]);
  };
  walk(data, []);
  return issues;
}

/**
 * A search query read the way a reader means it: quoted phrases, a date ("may 2024"), the names of
 * records ("United States", "KSA", "Li Qiang") and the remaining words, stop words left out.
 */
import { type DateSpan, dateInQuery } from './search-dates.js';
import { foldedWords, STOP_WORDS } from './search-text.js';

/** A part of a query every result must match (or, for a partial result, some of them). */
export type QueryPart =
  /** One word as typed; `last` when it ends the query, where it may be a word still being typed. */
  | { readonly kind: 'word'; readonly term: string; readonly last: boolean }
  /** A name of one or more records: any of their names (each a list of words) matches. */
  | {
      readonly kind: 'name';
      /** The words as typed. */
      readonly typed: readonly string[];
      readonly keys: readonly string[];
      readonly forms: readonly (readonly string[])[];
    }
  /** Quoted words that must appear together, in order; `words` holds the stop words too. */
  | { readonly kind: 'phrase'; readonly words: readonly string[] };

/** A query read into its parts. */
export interface ParsedQuery {
  readonly parts: readonly QueryPart[];
  readonly span?: DateSpan;
}

/** The names a query may use, folded into words, each with the records (`collection/id`) it names. */
export type NameTable = ReadonlyMap<
  string,
  { readonly words: readonly string[]; readonly keys: readonly string[] }
>;

// A query longer than this is not a reader's: the rest is ignored rather than searched slowly.
const MAX_WORDS = 32;
const MAX_CHARS = 1000;

/** The words of `text` that are not stop words. */
export const contentWords = (words: readonly string[]): string[] => words.filter((w) => !STOP_WORDS.has(w));

/** Reads `query` into the parts a result must match, using `names` to keep names whole. */
export function parseQuery(query: string, names: NameTable, longestName: number): ParsedQuery {
  const parts: QueryPart[] = [];
  let text = typeof query === 'string' ? query.slice(0, MAX_CHARS) : '';
  // Quoted text (straight or curly quotes) is a phrase; an unclosed quote quotes nothing.
  text = text.replace(/["“”„]([^"“”„]*)["“”„]/g, (_, inner: string) => {
    const words = foldedWords(inner);
    if (contentWords(words).length) parts.push({ kind: 'phrase', words });
    return ' ';
  });
  const { span, rest } = dateInQuery(text);
  const words = foldedWords(rest).slice(0, MAX_WORDS);
  // Whether the last word may still be being typed: the query does not end in a space (a phrase or
  // a date at the end leaves one in its place).
  const open = !/\s$/.test(rest);
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let n = Math.min(longestName, words.length - i); n > 0 && !matched; n--) {
      const name = names.get(words.slice(i, i + n).join(' '));
      if (name && contentWords(name.words).length) {
        const forms = new Set<string>();
        for (const key of name.keys) for (const form of formsOf(names, key)) forms.add(form);
        parts.push({
          kind: 'name',
          typed: contentWords(name.words),
          keys: name.keys,
          forms: minimal([...forms].map((f) => contentWords(f.split(' '))).filter((f) => f.length)),
        });
        matched = n;
      }
    }
    if (matched) {
      i += matched;
      continue;
    }
    const word = words[i] as string;
    if (!STOP_WORDS.has(word)) parts.push({ kind: 'word', term: word, last: i === words.length - 1 && open });
    i++;
  }
  return { parts, ...(span ? { span } : {}) };
}

/**
 * The forms that no other form is part of: a record that holds all the words of "saudi arabia"
 * holds "saudi", so the longer form finds nothing the shorter does not, and searching for it too
 * would only cost time and count the same match twice.
 */
function minimal(forms: readonly (readonly string[])[]): (readonly string[])[] {
  return forms.filter(
    (form, i) =>
      !forms.some(
        (other, j) =>
          j !== i &&
          other.every((w) => form.includes(w)) &&
          (other.length < form.length || (other.length === form.length && j < i)),
      ),
  );
}

/** Every name (as folded words joined by spaces) of the record `key`. */
function formsOf(names: NameTable, key: string): string[] {
  const out: string[] = [];
  for (const [form, entry] of names) if (entry.keys.includes(key)) out.push(form);
  return out;
}

/** True when `words` (a document's folded words) holds `phrase` as a run of consecutive words. */
export function holdsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (!phrase.length) return true;
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

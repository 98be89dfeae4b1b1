/**
 * How search cuts text into words and folds them: one tokenizer for the index and the query, so
 * that whatever a reader types meets the indexed words the same way. "U.S." and "F-16" stay whole.
 */

/**
 * Words that never match on their own: function words, the question words of a typed question,
 * and the pieces an apostrophe leaves ("Pakistan's" → "pakistan", "s"). They are not indexed; a
 * quoted phrase still holds them, since phrases are checked against the text itself.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by did do does for from had has have he her his how i if in into is it ' +
    'its me my of on or our s she so t than that the their them then there these they this those to tell ' +
    'was we were what when where which who whom why will with would you'
  ).split(' '),
);

// Made on first use, not written as a literal: V8 checks a literal's Unicode classes when it parses
// the file, which every import of the package would pay for.
let words: RegExp | undefined;

/**
 * The words of `text`, as written: a dotted abbreviation ("U.S."), letters joined to a number by a
 * hyphen ("F-16"), or a run of letters, digits and combining marks. Everything else separates
 * words: every kind of space (tabs, no-break and ideographic spaces, U+FEFF…), punctuation,
 * symbols and lone surrogates. Never throws, whatever it is given.
 */
export function tokenize(text: string): string[] {
  if (typeof text !== 'string') return [];
  // Most text is ASCII once its accents are taken off and its dashes, quotes and spaces made
  // plain ones (which separate words either way): its pattern needs none of the Unicode tables
  // that compiling the other costs on a cold start. Folding after cutting gives the same words.
  if (ASCII.test(text)) return text.match(ASCII_WORDS) ?? [];
  // Dashes, quotes and spaces first: most titles need no more, and the first normalization of a
  // cold start costs Node its Unicode tables.
  const spaced = text.replace(/[\s\u2010-\u2015\u2018-\u201f\u2026]/g, ' ');
  if (ASCII.test(spaced)) return spaced.match(ASCII_WORDS) ?? [];
  const plain = spaced.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  if (ASCII.test(plain)) return plain.match(ASCII_WORDS) ?? [];
  // biome-ignore lint/complexity/useRegexLiterals: a literal would be checked on every import (see above).
  words ??= new RegExp(
    '\\p{L}(?:\\.\\p{L})+\\.?(?![\\p{L}\\p{N}])|\\p{L}+-\\p{N}+(?=s?(?![\\p{L}\\p{N}]))|[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*',
    'gu',
  );
  return text.match(words) ?? [];
}

// Everything up to U+007F, control characters included: no character needs Unicode tables.
const ASCII = /^[^\u0080-\uffff]*$/;
/** The pattern of `tokenize` for ASCII text: the same three kinds of word. */
const ASCII_WORDS = /[a-z](?:\.[a-z])+\.?(?![a-z0-9])|[a-z]+-[0-9]+(?=s?(?![a-z0-9]))|[a-z0-9]+/gi;

/** A word folded for comparison: no accents, lower case, an abbreviation's dots dropped ("u.s." → "us"). */
export function fold(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase().replace(/\./g, '');
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, '');
}

/** A word as the index holds it, or null for a stop word (which is not indexed). */
export function indexTerm(word: string): string | null {
  const folded = fold(word);
  return folded && !STOP_WORDS.has(folded) ? folded : null;
}

/** The folded words of `text`, stop words included: what a quoted phrase is compared with. */
export function foldedWords(text: string): string[] {
  return tokenize(text).map(fold);
}

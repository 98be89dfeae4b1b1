import { describe, expect, it } from 'vitest';
import { dataset } from '../src/entries/index.js';
import { SearchIndex } from '../src/search/search.js';
import { dateInQuery } from '../src/search/search-dates.js';
import { fold, tokenize } from '../src/search/search-text.js';

// Every space character of Unicode (category Zs), the other white space \s takes, and the
// invisible characters that separate words in pasted text.
const SPACES = [
  ...Array.from({ length: 0x3001 }, (_, i) => String.fromCharCode(i)).filter((c) => /\p{Zs}/u.test(c)),
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\u200b',
];

/** A string of random UTF-16 code units, lone surrogates and all. */
function noise(seed: number, length: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += String.fromCharCode(x % 5 === 0 ? 0xd800 + (x % 0x800) : x % 0x3000);
  }
  return out;
}

describe('tokenize', () => {
  it.each(SPACES.map((s) => [`U+${s.charCodeAt(0).toString(16).padStart(4, '0')}`, s]))(
    'splits on %s',
    (_, space) => {
      expect(tokenize(`kashmir${space}dispute`).map(fold)).toEqual(['kashmir', 'dispute']);
    },
  );

  it('keeps "U.S." and "F-16" whole, and folds accents and case', () => {
    expect(tokenize('U.S. aid, F-16s and Ürümqi').map(fold)).toEqual([
      'us',
      'aid',
      'f-16',
      's',
      'and',
      'urumqi',
    ]);
  });

  it('cuts ASCII text (its fast path) exactly as the Unicode pattern does', () => {
    const unicode =
      /\p{L}(?:\.\p{L})+\.?(?![\p{L}\p{N}])|\p{L}+-\p{N}+(?=s?(?![\p{L}\p{N}]))|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
    const text = `${JSON.stringify(dataset).replace(/[\u0080-\uffff]/g, ' ')} U.S. F-16s e.g. a.b.c x-1y`;
    // A character no folding makes ASCII at the end sends the same text down the Unicode path.
    expect(tokenize(text)).toEqual(text.match(unicode));
    expect(tokenize(`${text} \u0416`).slice(0, -1)).toEqual(text.match(unicode));
    // Text that folds to ASCII (accents, dashes, curly quotes, odd spaces) cuts into the same
    // words, once folded, as the Unicode pattern gives.
    const names = JSON.stringify(dataset.actors.concat(dataset.chronology as never));
    expect(tokenize(names).map(fold)).toEqual((names.match(unicode) ?? []).map(fold));
    expect(tokenize('Yaoundé – Türkiye’s “F‐16” e\u0301').map(fold)).toEqual([
      'yaounde',
      'turkiye',
      's',
      'f',
      '16',
      'e',
    ]);
  });

  it('never throws, and never returns white space in a word, whatever the string', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const words = tokenize(noise(seed, 1 + (seed % 97)));
      for (const w of words) expect(/\s/.test(w)).toBe(false);
    }
    expect(tokenize(undefined as unknown as string)).toEqual([]);
  });
});

describe('dates in a query', () => {
  it.each([
    ['may 2024', '2024-05-01', '2024-05-31'],
    ['October 2024', '2024-10-01', '2024-10-31'],
    ['2024-10', '2024-10-01', '2024-10-31'],
    ['10 oct 2024', '2024-10-10', '2024-10-10'],
    ['oct 10, 2024', '2024-10-10', '2024-10-10'],
    ['visits sept 2024', '2024-09-01', '2024-09-30'],
  ])('%s', (query, from, to) => {
    const { span } = dateInQuery(query);
    expect(span?.from).toBe(from);
    expect(span && span.to >= to && span.to.slice(0, 7) === to.slice(0, 7)).toBe(true);
  });

  it('leaves a month alone, a year alone and a month that is not one as words', () => {
    for (const q of ['may', '2024', '2024-13', 'mayday 2024']) expect(dateInQuery(q).span).toBeUndefined();
    // A day the month does not have leaves the month.
    expect(dateInQuery('31 feb 2024').span?.from).toBe('2024-02-01');
  });
});

describe('search on any string', () => {
  const index = new SearchIndex(dataset);
  it('never throws and finds nothing in noise', () => {
    for (let seed = 1; seed <= 200; seed++)
      expect(() => index.search(noise(seed, 1 + (seed % 300)))).not.toThrow();
    for (const q of [
      '',
      ' ',
      '\ufeff',
      '"',
      '""',
      '" "',
      '(',
      '*',
      '\\',
      '[a-z]+',
      'a'.repeat(5000),
      'the and of',
    ]) {
      expect(() => index.search(q)).not.toThrow();
      expect(() => index.suggest(q)).not.toThrow();
    }
  });

  it('matches no word by a stop word alone, a typo in a short word, or the start of a word that is not last', () => {
    expect(index.search('the')).toEqual([]);
    // "us" is not "used", and "oil" is not "oic".
    for (const r of index.search('us aid'))
      expect(r.terms.every((t) => ['us', 'usa', 'america', 'aid', 'united', 'states'].includes(t))).toBe(
        true,
      );
    for (const r of index.search('russia oil')) expect(r.terms).not.toContain('oic');
  });

  it('labels partial matches and keeps full ones unlabelled', () => {
    expect(index.search('kashmir').every((r) => !r.partial)).toBe(true);
    const partial = index.search('kashmir zzzqx');
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.every((r) => r.partial)).toBe(true);
  });

  it('matches a quoted phrase only where its words stand together', () => {
    const phrase = index.search('"heads of government"');
    expect(phrase.length).toBeGreaterThan(0);
    const loose = index.search('heads government');
    expect(loose.length).toBeGreaterThanOrEqual(phrase.length);
    expect(index.search('"government of heads"')).toEqual([]);
  });

  it('narrows by partner, layer, collection and dates, and sorts by date', () => {
    const china = index.search('visit', { partner: 'cn', sort: 'date' });
    expect(china.length).toBeGreaterThan(1);
    const dates = china.map((r) => r.date ?? '~');
    expect(dates).toEqual([...dates].sort());
    expect(index.search('visit', { layer: 'chronology' }).every((r) => r.collection === 'chronology')).toBe(
      true,
    );
    expect(index.search('kashmir', { layer: 'essay' }).every((r) => r.collection !== 'chronology')).toBe(
      true,
    );
    expect(
      index.search('kashmir', { from: '2024-06', to: '2024-06' }).every((r) => r.date?.startsWith('2024-06')),
    ).toBe(true);
  });

  it('says in one line which option is wrong', () => {
    expect(() => index.search('x', { partner: 'narnia' })).toThrow(/^partner "narnia" is no actor/);
    expect(() => index.search('x', { from: '2024-13' })).toThrow('from "2024-13" is not a date');
    expect(() => index.search('x', { from: '2024-10', to: '2024-05' })).toThrow(
      'from 2024-10 is after to 2024-05',
    );
    expect(() => index.search('x', { sort: 'size' as 'date' })).toThrow(
      'sort "size" is not one of relevance, date',
    );
    expect(() => index.search('x', { layer: 'x' as 'essay' })).toThrow(
      'layer "x" is not one of essay, chronology',
    );
  });
});

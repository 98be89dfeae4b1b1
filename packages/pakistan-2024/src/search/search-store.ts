import type { AsPlainObject } from 'minisearch';

/** What MiniSearch holds of one term: for each field id, the count of the term in each document. */
type Postings = AsPlainObject['index'][number][1];
/** MiniSearch's plain form without its terms: document ids, field lengths, counts. */
type Head = Omit<AsPlainObject, 'index'>;

/**
 * How a query term reaches indexed terms (MiniSearch's own rules for `prefix` and `fuzzy`).
 * `'inflections'` reaches the term and its common endings ("attack" → "attacks", "iran" →
 * "iranian", not "attackers"); MiniSearch is then asked for a prefix search among the slice.
 */
export interface Reach {
  readonly prefix: boolean | 'inflections';
  readonly fuzzy: number | false;
  readonly maxFuzzy: number;
}

/**
 * An index kept as text: MiniSearch's document statistics as JSON on the first line, then one line
 * per term, `term<TAB>postings`, in MiniSearch's order. Loading it parses the first line only; a
 * search finds the lines its query may reach with one regular expression and hands MiniSearch those
 * terms alone, so that neither a cold start nor a search rebuilds the whole term tree.
 */
export class SearchStore {
  readonly head: Head;
  readonly #lines: string;
  readonly #decoded = new Map<string, Postings>();

  private constructor(head: Head, lines: string) {
    this.head = head;
    this.#lines = lines;
  }

  /** The store of an index MiniSearch holds in memory (`toJSON()`). */
  static of(plain: AsPlainObject): SearchStore {
    const { index, ...head } = plain;
    if (index.some(([term]) => /\s/.test(term)))
      throw new Error('a search term holds white space, which the stored index cannot');
    return new SearchStore(head, index.map(([term, postings]) => `${term}\t${encode(postings)}`).join('\n'));
  }

  /** The store written by `serialize`. */
  static parse(text: string): SearchStore {
    const end = text.indexOf('\n');
    const head = JSON.parse(end < 0 ? text : text.slice(0, end)) as Head & { index?: unknown };
    // MiniSearch's own JSON (what versions up to 1.0.0 shipped) would load as an index of no terms.
    if (end < 0 || 'index' in head || typeof head.documentIds !== 'object')
      throw new Error('the serialized search index is not in the form this version of the package writes');
    return new SearchStore(head, text.slice(end + 1));
  }

  /** The store as one string, for `parse`. */
  serialize(): string {
    return `${JSON.stringify(this.head)}\n${this.#lines}`;
  }

  /** True when `term` is an indexed term. */
  has(term: string): boolean {
    return this.#lines.startsWith(`${term}\t`) || this.#lines.includes(`\n${term}\t`);
  }

  /** Every indexed term with the number of documents holding it, for "did you mean" (read on demand). */
  *terms(): Generator<[term: string, documents: number]> {
    for (const line of this.#lines.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab <= 0) continue;
      const docs = new Set<string>();
      for (const part of line.slice(tab + 1).split('|'))
        for (const doc of part.slice(part.indexOf(':') + 1).split(',')) docs.add(doc.split('.')[0] as string);
      yield [line.slice(0, tab), docs.size];
    }
  }

  /** The ids of the indexed documents. */
  documentIds(): string[] {
    return Object.values(this.head.documentIds) as string[];
  }

  /**
   * MiniSearch's plain form holding the terms that `queryTerms` may reach (the term itself, the
   * terms it begins, with `prefix`, and those that may be within the fuzzy edit distance) and no
   * others: MiniSearch then matches exactly among them. The statistics stay whole, so every score
   * is the one the full index gives.
   */
  slice(queryTerms: readonly string[], reach: Reach | ((term: string) => Reach)): AsPlainObject {
    const index: AsPlainObject['index'] = [];
    if (queryTerms.length && this.#lines) {
      const reaches = queryTerms
        .map((term) => reachPattern(term, typeof reach === 'function' ? reach(term) : reach))
        .join('|');
      for (const [, term = '', postings = ''] of this.#lines.matchAll(
        new RegExp(`^(${reaches})\\t(.*)$`, 'gm'),
      )) {
        let decoded = this.#decoded.get(term);
        if (!decoded) {
          decoded = decode(postings);
          this.#decoded.set(term, decoded);
        }
        index.push([term, decoded]);
      }
    }
    return { ...this.head, index };
  }
}

/** The endings an inflected term may add: plurals, past tenses, "-ing", and "-n"/"-ian" of a people. */
const INFLECTIONS = '(?:s|es|d|ed|ing|n|ns|i|is|ian|ians)?';

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for the terms one query term may reach. For the fuzzy ones it uses a necessary test,
 * far cheaper than the edit distance: cut into `d + 1` pieces, a term within `d` edits keeps one
 * piece whole (each edit touches one piece at most); its length is within `d` too.
 */
function reachPattern(term: string, reach: Reach): string {
  const tail = reach.prefix === true ? '[^\\t\\n]*' : reach.prefix === 'inflections' ? INFLECTIONS : '';
  const alternatives = [`${literal(term)}${tail}`];
  const d = maxDistance(term, reach);
  if (d > 0) {
    const size = term.length / (d + 1);
    const pieces = Array.from({ length: d + 1 }, (_, k) =>
      literal(term.slice(Math.round(k * size), Math.round((k + 1) * size))),
    );
    const length = `{${Math.max(1, term.length - d)},${term.length + d}}`;
    alternatives.push(`(?=[^\\t\\n]*(?:${pieces.join('|')}))[^\\t\\n]${length}`);
  }
  return alternatives.join('|');
}

/** The edit distance MiniSearch allows a query term (its `executeQuerySpec`). */
function maxDistance(term: string, { fuzzy, maxFuzzy }: Reach): number {
  if (fuzzy === false || fuzzy === 0) return 0;
  return fuzzy < 1 ? Math.min(maxFuzzy, Math.round(term.length * fuzzy)) : fuzzy;
}

// Postings as `field:doc,doc.count|field:…` (a count of 1 left out): ids and counts are integers,
// so this reads back exactly and takes a fraction of the JSON's room and parsing.
function encode(postings: Postings): string {
  return Object.entries(postings)
    .map(
      ([field, docs]) =>
        `${field}:${Object.entries(docs as Record<string, number>)
          .map(([doc, count]) => (count === 1 ? doc : `${doc}.${count}`))
          .join(',')}`,
    )
    .join('|');
}

function decode(text: string): Postings {
  const postings: Postings = {};
  for (const part of text.split('|')) {
    const [field = '', docs = ''] = part.split(':');
    const counts: Record<string, number> = {};
    for (const doc of docs.split(',')) {
      const dot = doc.indexOf('.');
      if (dot < 0) counts[doc] = 1;
      else counts[doc.slice(0, dot)] = Number(doc.slice(dot + 1));
    }
    postings[field] = counts;
  }
  return postings;
}

import type { SearchResult as MiniResult } from 'minisearch';
import { otherNamesOf, titleOf } from '../records/record-names.js';
import type { AnyRecord } from '../records/record-types.js';
import { type CollectionName, collectionNames } from '../registry/collections.js';
import type { Dataset } from '../schema/index.js';
import { searchEngine } from './search-engine.js';
import { SearchStore } from './search-store.js';

/** Options of `search`. */
export interface SearchOptions {
  /** Only search these collections (default: all). */
  readonly collections?: readonly CollectionName[];
  /** At most this many results (default 20). */
  readonly limit?: number;
  /** Fuzzy matching as a fraction of term length, or false (default 0.2). */
  readonly fuzzy?: number | false;
  /** Match terms by prefix, so "sec" finds "security" (default true). */
  readonly prefix?: boolean;
}

/** One ranked search result. */
export interface SearchResult {
  readonly collection: CollectionName;
  readonly id: string;
  readonly title: string;
  /** A short passage of the record around the first matched term. */
  readonly snippet: string;
  readonly score: number;
  /** The indexed terms that matched, in alphabetical order. */
  readonly terms: readonly string[];
}

interface Doc {
  readonly key: string;
  readonly collection: CollectionName;
  readonly id: string;
  readonly title: string;
  readonly names: string;
  readonly text: string;
}

const SNIPPET = 160;

/** Every piece of prose a record holds, in reading order: summary, points, rationale … */
function proseOf(record: AnyRecord): string[] {
  const out: string[] = [];
  const walk = (value: unknown, key?: string): void => {
    if (typeof value === 'string') {
      if (key && ['summary', 'description', 'text', 'rationale', 'label', 'title'].includes(key))
        out.push(value);
    } else if (Array.isArray(value)) for (const v of value) walk(v, key);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) if (k !== 'provenance' && k !== 'id') walk(v, k);
  };
  const { title: _t, name: _n, ...rest } = record as AnyRecord & { title?: string; name?: string };
  walk(rest);
  return out;
}

/** The words besides the title that find a record: its id, its other names, and an event's date. */
function namesOf(collection: CollectionName, record: AnyRecord): string[] {
  const date = (record as { date?: unknown }).date;
  return [record.id, ...otherNamesOf(collection, record), ...(typeof date === 'string' ? [date] : [])];
}

const OPTIONS = {
  idField: 'key',
  fields: ['title', 'names', 'text'],
  storeFields: [],
  processTerm: (term: string) =>
    term
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
};

/**
 * True for a record readers search for. The reports the chronology cites are left out: they are
 * read through the events that cite them (which are indexed), have no page or anchor of their own
 * to lead to, and would nearly double the index every import of the package carries. The figures
 * layer is left out too: its numbers are read by partner and measure (`figuresOf`, the relationship
 * pages, /compare), and sixty near-identical titles would crowd the records a word search is for.
 */
function searchable(collection: CollectionName, record: AnyRecord): boolean {
  if (collection === 'figures' || collection === 'indicators') return false;
  return !(collection === 'sources' && (record as { kind?: unknown }).kind === 'report');
}

/** The document of one record: what the index holds of it, with its prose for snippets. */
function documentOf(collection: CollectionName, record: AnyRecord): Doc {
  return {
    key: `${collection}/${record.id}`,
    collection,
    id: record.id,
    title: titleOf(record),
    names: namesOf(collection, record).join(' '),
    text: proseOf(record).join('\n'),
  };
}

/** The searchable records of a dataset, by document key. */
function recordsOf(data: Pick<Dataset, CollectionName>): Map<string, [CollectionName, AnyRecord]> {
  const records = new Map<string, [CollectionName, AnyRecord]>();
  for (const collection of collectionNames)
    for (const record of data[collection] as readonly AnyRecord[])
      if (searchable(collection, record)) records.set(`${collection}/${record.id}`, [collection, record]);
  return records;
}

/**
 * MiniSearch's own tokenizer, which the query terms must be cut with to reach the indexed ones.
 * Asked for at search time, so that importing the package neither loads nor parses the engine.
 */
const tokenize = (text: string): string[] => searchEngine().getDefault('tokenize')(text);
/** The largest edit distance a fuzzy term may be at, set here so that the slice and the search agree. */
const MAX_FUZZY = 6;

/** A search index over one dataset. The package, the CLI and the site all use it, so they answer alike. */
export class SearchIndex {
  readonly #store: SearchStore;
  readonly #records: Map<string, [CollectionName, AnyRecord]>;
  readonly #docs = new Map<string, Doc>();

  /**
   * Indexes `data`, or, given `serialized` (from `serialize()` of an index of the same data), loads
   * that index instead: loading parses neither the terms' postings nor any record's prose, and each
   * search then hands MiniSearch only the terms its query reaches.
   */
  constructor(data: Pick<Dataset, CollectionName>, serialized?: string) {
    this.#records = recordsOf(data);
    if (serialized !== undefined) {
      this.#store = SearchStore.parse(serialized);
      // An index of other records would return hits this one cannot name.
      const ids = this.#store.documentIds();
      if (ids.length !== this.#records.size || ids.some((key) => !this.#records.has(key)))
        throw new Error('the serialized search index was built from another dataset');
    } else {
      const mini = new (searchEngine())<Doc>(OPTIONS);
      mini.addAll([...this.#records.keys()].map((key) => this.#doc(key)));
      this.#store = SearchStore.of(mini.toJSON());
    }
  }

  /** The document of a searchable record, written once and kept. */
  #doc(key: string): Doc {
    let doc = this.#docs.get(key);
    if (!doc) {
      const [collection, record] = this.#records.get(key) as [CollectionName, AnyRecord];
      doc = documentOf(collection, record);
      this.#docs.set(key, doc);
    }
    return doc;
  }

  /** The index as one string, to be passed back to the constructor with the same data. */
  serialize(): string {
    return this.#store.serialize();
  }

  /** Ranked results for `query` across the chosen collections. */
  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const q = query.trim();
    if (!q) return [];
    const wanted = options.collections ? new Set(options.collections) : undefined;
    const prefix = options.prefix ?? true;
    const fuzzy = options.fuzzy ?? 0.2;
    const terms = tokenize(q)
      .map(OPTIONS.processTerm)
      .filter((term) => term);
    // Every search, whatever its index came from, runs on the same slice: the terms this query reaches.
    const mini = searchEngine().loadJS<Doc>(
      this.#store.slice(terms, { prefix, fuzzy, maxFuzzy: MAX_FUZZY }),
      OPTIONS,
    );
    const settings = {
      boost: { title: 3, names: 2, text: 1 },
      prefix,
      fuzzy,
      maxFuzzy: MAX_FUZZY,
      filter: wanted
        ? (r: MiniResult) => wanted.has((r.id as string).split('/')[0] as CollectionName)
        : undefined,
    };
    // Every word must match when that finds anything; otherwise rank by any word.
    let hits = mini.search(q, { ...settings, combineWith: 'AND' });
    if (hits.length === 0) hits = mini.search(q, { ...settings, combineWith: 'OR' });
    // Ties and the list of matched terms follow MiniSearch's term tree, whose shape depends on which
    // terms it holds: put both in an order of their own, so that no consumer depends on that shape.
    hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return hits.slice(0, options.limit ?? 20).map((hit) => {
      const doc = this.#doc(hit.id as string);
      return {
        collection: doc.collection,
        id: doc.id,
        title: doc.title,
        snippet: snippet(doc, hit.terms),
        score: Math.round(hit.score * 1000) / 1000,
        terms: [...hit.terms].sort(),
      };
    });
  }
}

// One pattern for every snippet: compiling a Unicode class per term was the bulk of a cold search.
// Made on first use, not written as a literal: V8 checks a literal's Unicode classes when it parses
// the file, which cost every import of the package about 3 M instructions.
let letterOrDigitAtEnd: RegExp | undefined;

/** Where `term` first occurs in `text` at the start of a word (after no letter or digit), or -1. */
function wordStart(text: string, term: string): number {
  // biome-ignore lint/complexity/useRegexLiterals: a literal would be checked on every import (see above).
  letterOrDigitAtEnd ??= new RegExp('[\\p{L}\\p{N}]$', 'u');
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1))
    if (i === 0 || !letterOrDigitAtEnd.test(text.slice(Math.max(0, i - 2), i))) return i;
  return -1;
}

/** The passage of the record's prose around the first matched term, trimmed to whole words. */
function snippet(doc: Doc, terms: readonly string[]): string {
  const text = doc.text.replace(/\n/g, ' ');
  const folded = text.toLowerCase();
  let at = -1;
  for (const term of terms) {
    const i = wordStart(folded, term);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return text.length > SNIPPET ? `${text.slice(0, text.lastIndexOf(' ', SNIPPET))} …` : text;
  let start = Math.max(0, at - SNIPPET / 3);
  if (start > 0) start = text.indexOf(' ', start) + 1;
  let end = Math.min(text.length, start + SNIPPET);
  if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), at + 1);
  return `${start > 0 ? '… ' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`;
}

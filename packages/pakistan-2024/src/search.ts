import MiniSearch, { type SearchResult as MiniResult } from 'minisearch';
import { otherNamesOf, titleOf } from './record-names.js';
import type { AnyRecord } from './record-types.js';
import { type CollectionName, collectionNames } from './registry/collections.js';
import type { Dataset } from './schema/index.js';

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
  /** The indexed terms that matched. */
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
 * to lead to, and would nearly double the index every import of the package carries.
 */
function searchable(collection: CollectionName, record: AnyRecord): boolean {
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

/** A search index over one dataset. The CLI and the site both use it, so they answer alike. */
export class SearchIndex {
  readonly #mini: MiniSearch<Doc>;
  readonly #records: Map<string, [CollectionName, AnyRecord]>;
  readonly #docs = new Map<string, Doc>();

  /**
   * Indexes `data`, or, given `serialized` (from `serialize()` of an index of the same data), loads
   * that index instead: loading skips tokenising every record, the bulk of a cold first search,
   * and the documents are then written out only for the records a search returns.
   */
  constructor(data: Pick<Dataset, CollectionName>, serialized?: string) {
    this.#records = recordsOf(data);
    if (serialized !== undefined) {
      this.#mini = MiniSearch.loadJSON<Doc>(serialized, OPTIONS);
      // An index of other records would return hits this one cannot name.
      const keys = [...this.#records.keys()];
      if (this.#mini.documentCount !== keys.length || keys.some((key) => !this.#mini.has(key)))
        throw new Error('the serialized search index was built from another dataset');
    } else {
      this.#mini = new MiniSearch<Doc>(OPTIONS);
      this.#mini.addAll([...this.#records.keys()].map((key) => this.#doc(key)));
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

  /** The index as a JSON string, to be passed back to the constructor with the same data. */
  serialize(): string {
    return JSON.stringify(this.#mini);
  }

  /** Ranked results for `query` across the chosen collections. */
  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const q = query.trim();
    if (!q) return [];
    const wanted = options.collections ? new Set(options.collections) : undefined;
    const settings = {
      boost: { title: 3, names: 2, text: 1 },
      prefix: options.prefix ?? true,
      fuzzy: options.fuzzy ?? 0.2,
      filter: wanted
        ? (r: MiniResult) => wanted.has((r.id as string).split('/')[0] as CollectionName)
        : undefined,
    };
    // Every word must match when that finds anything; otherwise rank by any word.
    let hits = this.#mini.search(q, { ...settings, combineWith: 'AND' });
    if (hits.length === 0) hits = this.#mini.search(q, { ...settings, combineWith: 'OR' });
    return hits.slice(0, options.limit ?? 20).map((hit) => {
      const doc = this.#doc(hit.id as string);
      return {
        collection: doc.collection,
        id: doc.id,
        title: doc.title,
        snippet: snippet(doc, hit.terms),
        score: Math.round(hit.score * 1000) / 1000,
        terms: hit.terms,
      };
    });
  }
}

/** The passage of the record's prose around the first matched term, trimmed to whole words. */
function snippet(doc: Doc, terms: readonly string[]): string {
  const text = doc.text.replace(/\n/g, ' ');
  const folded = text.toLowerCase();
  let at = -1;
  for (const term of terms) {
    const i = folded.search(
      new RegExp(`(?<![\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'),
    );
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return text.length > SNIPPET ? `${text.slice(0, text.lastIndexOf(' ', SNIPPET))} …` : text;
  let start = Math.max(0, at - SNIPPET / 3);
  if (start > 0) start = text.indexOf(' ', start) + 1;
  let end = Math.min(text.length, start + SNIPPET);
  if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), at + 1);
  return `${start > 0 ? '… ' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`;
}

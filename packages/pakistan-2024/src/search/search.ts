import { distance as editDistance } from 'fastest-levenshtein';
import type { SearchResult as MiniResult, Query } from 'minisearch';
import { foldKey, titleOf } from '../records/record-names.js';
import type { AnyRecord } from '../records/record-types.js';
import { type CollectionName, collectionEntry, collectionNames } from '../registry/collections.js';
import { type SearchLayer, type SearchSort, searchLayers, searchSorts } from '../registry/search.js';
import type { Dataset } from '../schema/index.js';
import { type DateSpan, overlaps, spanOf } from './search-dates.js';
import { searchEngine } from './search-engine.js';
import { contentWords, holdsPhrase, type NameTable, parseQuery, type QueryPart } from './search-query.js';
import { type Reach, SearchStore } from './search-store.js';
import { foldedWords, indexTerm, tokenize } from './search-text.js';

export { type SearchLayer, type SearchSort, searchLayers, searchSorts } from '../registry/search.js';

/** Options of `search`. */
export interface SearchOptions {
  /** Only search these collections (default: all). */
  readonly collections?: readonly CollectionName[];
  /** Only the essay's reading, or only the chronology of the year. */
  readonly layer?: SearchLayer;
  /** Only records about this partner: an actor's id, name, alias or ISO code ("cn", "KSA"). */
  readonly partner?: string;
  /** Only dated records from this date on (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly from?: string;
  /** Only dated records up to this date (YYYY, YYYY-MM or YYYY-MM-DD, the whole month or year). */
  readonly to?: string;
  /** Order of the results (default "relevance"; a query of a date alone lists by date). */
  readonly sort?: SearchSort;
  /** At most this many results (default 20). */
  readonly limit?: number;
  /** Typo tolerance as a fraction of a word's length, for words of 5+ letters not in the index, or false (default 0.2). */
  readonly fuzzy?: number | false;
  /** Let the last word of the query, as typed, be the start of a longer one: "sec" finds "security" (default true). */
  readonly prefix?: boolean;
}

/** One ranked search result. */
export interface SearchResult {
  readonly collection: CollectionName;
  readonly id: string;
  readonly title: string;
  /** A short passage of the record around the first matched term. */
  readonly snippet: string;
  /** The ranking score: comparable within one search only. */
  readonly score: number;
  /** The indexed terms that matched, in alphabetical order. */
  readonly terms: readonly string[];
  /** True when the record matches some of the query's words but not all (no record matched all). */
  readonly partial: boolean;
  /** The record's date, for dated records (events, the chronology). */
  readonly date?: string;
  /** The last day of a dated record that spans several. */
  readonly end?: string;
}

/**
 * An option of `search` that names nothing the dataset knows, or a date that is not one. The
 * message starts with the option's name: `partner "narnia" is no actor of the dataset: …`.
 */
export class SearchOptionError extends Error {
  override name = 'SearchOptionError';
}

interface Doc {
  readonly key: string;
  readonly collection: CollectionName;
  readonly id: string;
  readonly title: string;
  readonly names: string;
  readonly text: string;
  /** The headlines of the reports a chronology event cites: the words the news used for it. */
  readonly reports: string;
}

const SNIPPET = 160;
const DEFAULT_LIMIT = 20;

/** Every piece of prose a record holds, in reading order: summary, points, rationale … */
function proseOf(record: AnyRecord): string[] {
  const out: string[] = [];
  const walk = (value: unknown, key?: string): void => {
    if (typeof value === 'string') {
      if (key && ['summary', 'description', 'text', 'rationale', 'label', 'title'].includes(key))
        out.push(value);
    } else if (Array.isArray(value)) for (const v of value) walk(v, key);
    else if (value && typeof value === 'object')
      // Citations and the titles of reference pages (an ISO list, Wikidata) are not the record's prose.
      for (const [k, v] of Object.entries(value))
        if (k !== 'provenance' && k !== 'id' && k !== 'references') walk(v, k);
  };
  const { title: _t, name: _n, ...rest } = record as AnyRecord & { title?: string; name?: string };
  walk(rest);
  return out;
}

/** The names a record is found by besides its title, from the fields its registry entry lists. */
function nameFieldsOf(collection: CollectionName, record: AnyRecord, codes: boolean): string[] {
  const fields = record as unknown as Record<string, unknown>;
  return collectionEntry(collection).names.flatMap((field) => {
    // ISO codes find a record by its code but are not names to read a query by: "IN" is India's.
    if (!codes && field.startsWith('iso')) return [];
    const value = fields[field];
    if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '');
    return typeof value === 'string' && value !== '' ? [value] : [];
  });
}

const OPTIONS = {
  idField: 'key',
  fields: ['title', 'names', 'text', 'reports'],
  storeFields: [],
  tokenize,
  processTerm: indexTerm,
};

/** A match in a title weighs most, then one in a name (id, alias, code), then one in the prose. */
const BOOST = { title: 4, names: 3, text: 1, reports: 1 };

/**
 * How much more a record weighs for a name the query uses when it is the record named (the actor,
 * the topic), a relationship with it, or a record that lists it among its references, than a
 * record that only mentions it in passing.
 */
const ABOUT = { title: 10, self: 1, relationship: 2.5, reference: 1.5 };

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

/** The headlines of the reports a record cites (a chronology event's), by source id. */
function headlinesOf(record: AnyRecord, headlines: ReadonlyMap<string, string>): string[] {
  const provenance = (record as { provenance?: readonly { source?: unknown }[] }).provenance ?? [];
  const out = new Set<string>();
  for (const p of provenance) {
    const headline = typeof p.source === 'string' ? headlines.get(p.source) : undefined;
    if (headline) out.add(headline);
  }
  return [...out];
}

/** The document of one record: what the index holds of it, with its prose for snippets. */
function documentOf(
  collection: CollectionName,
  record: AnyRecord,
  headlines: ReadonlyMap<string, string>,
): Doc {
  return {
    key: `${collection}/${record.id}`,
    collection,
    id: record.id,
    title: titleOf(record),
    names: [record.id, ...nameFieldsOf(collection, record, true)].join(' '),
    text: proseOf(record).join('\n'),
    reports: collection === 'chronology' ? headlinesOf(record, headlines).join('\n') : '',
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

/** The largest edit distance a fuzzy term may be at, set here so that the slice and the search agree. */
const MAX_FUZZY = 6;
/** Words shorter than this are matched as typed: a typo in "us" or "oil" is another word. */
const FUZZY_FROM = 5;
/** A last word shorter than this is not taken as the start of a longer one ("us" is not "used"). */
const PREFIX_FROM = 3;
/** Words this long or longer also match their inflections ("attack" → "attacks"). */
const INFLECT_FROM = 4;

/** The ids a record lists in a reference field, by the collection they point to. */
function referencesOf(collection: CollectionName, record: AnyRecord): [CollectionName, string][] {
  const fields = record as unknown as Record<string, unknown>;
  const out: [CollectionName, string][] = [];
  for (const [field, target] of Object.entries(collectionEntry(collection).references)) {
    const value = fields[field];
    for (const id of Array.isArray(value) ? value : [value])
      if (typeof id === 'string') out.push([target as CollectionName, id]);
  }
  return out;
}

const dateOf = (record: AnyRecord): string | undefined => {
  const date = (record as { date?: unknown }).date;
  return typeof date === 'string' ? date : undefined;
};
const endOf = (record: AnyRecord): string | undefined => {
  const end = (record as { end?: unknown }).end;
  return typeof end === 'string' ? end : undefined;
};

/** Code-unit order: ids and ISO dates are ASCII, and localeCompare would load ICU's collator. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A search index over one dataset. The package, the CLI and the site all use it, so they answer alike. */
export class SearchIndex {
  readonly #store: SearchStore;
  readonly #records: Map<string, [CollectionName, AnyRecord]>;
  readonly #data: Pick<Dataset, CollectionName>;
  readonly #docs = new Map<string, Doc>();
  readonly #words = new Map<string, string[]>();
  #headlines?: Map<string, string>;
  #names?: { table: NameTable; longest: number };

  /**
   * Indexes `data`, or, given `serialized` (from `serialize()` of an index of the same data), loads
   * that index instead: loading parses neither the terms' postings nor any record's prose, and each
   * search then hands MiniSearch only the terms its query reaches.
   */
  constructor(data: Pick<Dataset, CollectionName>, serialized?: string) {
    this.#data = data;
    this.#records = recordsOf(data);
    if (serialized !== undefined) {
      // The names a query is read by come first, prebuilt (reading them from the records is
      // some 7 M instructions a cold search need not pay), then the store.
      const end = serialized.indexOf('\n');
      const names = end < 0 ? undefined : parseNames(serialized.slice(0, end));
      if (!names)
        throw new Error('the serialized search index is not in the form this version of the package writes');
      this.#names = names;
      this.#store = SearchStore.parse(serialized.slice(end + 1));
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
      this.#headlines ??= new Map(
        (this.#data.sources as readonly AnyRecord[]).flatMap((s) => {
          const { kind, title } = s as { kind?: unknown; title?: unknown };
          return kind === 'report' && typeof title === 'string' ? [[s.id, title] as const] : [];
        }),
      );
      doc = documentOf(collection, record, this.#headlines);
      this.#docs.set(key, doc);
    }
    return doc;
  }

  /** A document's folded words, stop words included, for checking a quoted phrase. */
  #wordsOf(key: string): string[] {
    let words = this.#words.get(key);
    if (!words) {
      const doc = this.#doc(key);
      words = foldedWords(`${doc.title}\n${doc.names}\n${doc.text}`);
      this.#words.set(key, words);
    }
    return words;
  }

  /**
   * The names a query is read by: each name, short name and alias of the records whose registry
   * entry lists name fields (actors, initiatives, topics), so that a new record's aliases work.
   */
  #nameTable(): { table: NameTable; longest: number } {
    if (!this.#names) {
      const table = new Map<string, { words: string[]; keys: string[] }>();
      let longest = 1;
      for (const collection of collectionNames) {
        if (!collectionEntry(collection).names.length) continue;
        for (const record of this.#data[collection] as readonly AnyRecord[]) {
          if (!searchable(collection, record)) continue;
          const key = `${collection}/${record.id}`;
          for (const name of [titleOf(record), ...nameFieldsOf(collection, record, false)]) {
            const words = foldedWords(name);
            if (!contentWords(words).length) continue;
            const form = words.join(' ');
            const entry = table.get(form) ?? { words, keys: [] };
            if (!entry.keys.includes(key)) entry.keys.push(key);
            table.set(form, entry);
            longest = Math.max(longest, words.length);
          }
        }
      }
      this.#names = { table, longest };
    }
    return this.#names;
  }

  /** The index as one string, to be passed back to the constructor with the same data. */
  serialize(): string {
    const names = [...this.#nameTable().table].map(([form, { keys }]) => [form, keys]);
    return `${JSON.stringify(names)}\n${this.#store.serialize()}`;
  }

  /** The keys of the records the options let through, or undefined for every record. */
  #allowed(options: SearchOptions, span: DateSpan | undefined): Set<string> | undefined {
    const { collections, layer, partner } = options;
    if (!collections && !layer && partner === undefined && !span) return undefined;
    const partners = partner === undefined ? undefined : this.#partner(partner);
    const allowed = new Set<string>();
    for (const [key, [collection, record]] of this.#records) {
      if (collections && !collections.includes(collection)) continue;
      if (layer && (collection === 'chronology') !== (layer === 'chronology')) continue;
      if (
        partners &&
        !partners.has(key) &&
        !referencesOf(collection, record).some(([c, id]) => partners.has(`${c}/${id}`))
      )
        continue;
      if (span) {
        const date = dateOf(record);
        if (!date || !overlaps(span, date, endOf(record))) continue;
      }
      allowed.add(key);
    }
    return allowed;
  }

  /**
   * The records that make up a partner: the actor, the groups it belongs to and its members, and
   * Pakistan's relationships with any of them ("sa" → Saudi Arabia, the Gulf states, Pakistan–Gulf).
   */
  #partner(ref: string): Set<string> {
    const key = foldKey(String(ref));
    const actors = this.#data.actors as readonly AnyRecord[];
    const names = (a: AnyRecord) => [a.id, titleOf(a), ...nameFieldsOf('actors', a, true)].map(foldKey);
    let found = actors.filter((a) => names(a).includes(key));
    if (!found.length) {
      const rel = (this.#data.relationships as readonly (AnyRecord & { partners: string[] })[]).find(
        (r) => r.id === key,
      );
      if (rel) found = actors.filter((a) => rel.partners.includes(a.id));
    }
    if (!found.length)
      throw new SearchOptionError(
        `partner "${ref}" is no actor of the dataset: give an id, name, alias or ISO code (e.g. cn, india, ksa, us)`,
      );
    const ids = new Set(found.map((a) => a.id));
    for (const a of actors as readonly (AnyRecord & { members?: string[] })[]) {
      if (a.members?.some((m) => ids.has(m))) ids.add(a.id);
      if (found.some((f) => f.id === a.id)) for (const m of a.members ?? []) ids.add(m);
    }
    const out = new Set([...ids].map((id) => `actors/${id}`));
    for (const rel of this.#data.relationships as readonly (AnyRecord & { partners: string[] })[])
      if (rel.partners.some((p) => ids.has(p))) out.add(`relationships/${rel.id}`);
    return out;
  }

  /** How a word of the query reaches the index's terms. */
  #reachOfWord(part: QueryPart & { kind: 'word' }, options: SearchOptions): Reach {
    const { term } = part;
    const known = this.#store.has(term);
    const letters = term.replace(/[^a-z]/g, '').length;
    const open = part.last && options.prefix !== false && term.length >= PREFIX_FROM && !known;
    const fraction = options.fuzzy ?? 0.2;
    const fuzzy =
      !known && fraction !== false && letters >= FUZZY_FROM
        ? Math.min(MAX_FUZZY, Math.max(1, fraction < 1 ? Math.round(term.length * fraction) : fraction))
        : 0;
    return {
      prefix: open ? true : term.length >= INFLECT_FROM ? 'inflections' : false,
      fuzzy: fuzzy || false,
      maxFuzzy: MAX_FUZZY,
    };
  }

  /** The MiniSearch query of each part, and how each of their terms reaches the index. */
  #plan(
    parts: readonly QueryPart[],
    options: SearchOptions,
  ): { queries: Query[]; reach: Map<string, Reach> } {
    const reach = new Map<string, Reach>();
    const exact = (term: string): Reach => ({
      prefix: term.length >= INFLECT_FROM ? 'inflections' : false,
      fuzzy: false,
      maxFuzzy: MAX_FUZZY,
    });
    const use = (term: string, r: Reach): Query => {
      const had = reach.get(term);
      // A term met twice (a word and a name) reaches as far as its wider use.
      if (!had || (r.prefix === true && had.prefix !== true) || (r.fuzzy || 0) > (had.fuzzy || 0))
        reach.set(term, had ? { ...had, ...r } : r);
      return { queries: [term], prefix: r.prefix !== false, fuzzy: r.fuzzy === false ? 0 : r.fuzzy };
    };
    const all = (words: readonly string[]): Query =>
      words.length === 1
        ? use(words[0] as string, exact(words[0] as string))
        : { combineWith: 'AND', queries: words.map((w) => use(w, exact(w))) };
    const queries = parts.map((part): Query => {
      if (part.kind === 'word') return use(part.term, this.#reachOfWord(part, options));
      if (part.kind === 'name') return { combineWith: 'OR', queries: part.forms.map(all) };
      return all(contentWords(part.words));
    });
    return { queries, reach };
  }

  /** Ranked results for `query` across the chosen records. Throws `SearchOptionError` for a bad option. */
  search(query: string, options: SearchOptions = {}): SearchResult[] {
    return this.#run(query, options).results;
  }

  /**
   * Other queries to try when `query` finds nothing or only partial matches: each word that matches
   * no record replaced by the nearest words of the index and names of records that do ("kashmer"
   * → "kashmir"). Each suggestion finds something with the same options.
   */
  suggest(query: string, options: SearchOptions = {}, limit = 3): string[] {
    const { parts, unmatched } = this.#run(query, { ...options, limit: 1 });
    const words = parts.flatMap((p) => (p.kind === 'word' && unmatched.includes(p) ? [p.term] : []));
    if (!words.length) return [];
    const vocabulary = [...this.#store.terms()];
    const out: string[] = [];
    for (const word of words) {
      const cutoff = word.length <= 4 ? 1 : word.length <= 7 ? 2 : 3;
      const near = vocabulary
        .filter(([term]) => Math.abs(term.length - word.length) <= cutoff && /[a-z]/.test(term))
        .map(([term, docs]) => ({ term, docs, distance: editDistance(word, term) }))
        // A typo seldom falls on the first letter: "tailban" → "taliban", but "blinken" ≠ "linked".
        .filter((c) => c.distance <= cutoff && c.term !== word && (c.distance === 1 || c.term[0] === word[0]))
        .sort((a, b) => a.distance - b.distance || b.docs - a.docs || byText(a.term, b.term));
      for (const { term } of near) {
        if (out.length >= limit) break;
        const folded = foldedWords(query).join(' ');
        const candidate = folded.replace(
          new RegExp(`(^| )${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`),
          `$1${term}$2`,
        );
        if (!out.includes(candidate) && this.search(candidate, { ...options, limit: 1 }).length)
          out.push(candidate);
      }
    }
    return out;
  }

  #run(
    query: string,
    options: SearchOptions,
  ): { results: SearchResult[]; parts: readonly QueryPart[]; unmatched: readonly QueryPart[] } {
    const checked = checkOptions(options);
    const names = this.#nameTable();
    const { parts, span: asked } = parseQuery(
      typeof query === 'string' ? query : '',
      names.table,
      names.longest,
    );
    const span = intersect(asked, checked.span);
    if (span === null) return { results: [], parts, unmatched: [] };
    const allowed = this.#allowed(options, span);
    const limit = options.limit ?? DEFAULT_LIMIT;
    const sort = options.sort ?? 'relevance';
    if (!parts.length) {
      // Nothing to match: a date alone, or narrowing alone, lists what it lets through, by date.
      if (!allowed) return { results: [], parts, unmatched: [] };
      const keys = [...allowed].sort((a, b) => this.#byDate(a, b));
      return {
        results: keys.slice(0, limit).map((key) => this.#result(key, 0, [], false)),
        parts,
        unmatched: [],
      };
    }
    const { queries, reach } = this.#plan(parts, options);
    // Every search, whatever its index came from, runs on the same slice: the terms this query reaches.
    const mini = searchEngine().loadJS<Doc>(
      this.#store.slice([...reach.keys()], (term) => reach.get(term) as Reach),
      OPTIONS,
    );
    const settings = {
      boost: BOOST,
      filter: allowed ? (r: MiniResult) => allowed.has(r.id as string) : undefined,
    };
    const found = parts.map((part, i) => {
      const hits = new Map<string, MiniResult>();
      for (const hit of mini.search(queries[i] as Query, settings))
        if (part.kind !== 'phrase' || holdsPhrase(this.#wordsOf(hit.id as string), part.words))
          hits.set(hit.id as string, hit);
      return hits;
    });
    const unmatched = parts.filter((_, i) => !found[i]?.size);
    const keys = new Set(found.flatMap((hits) => [...hits.keys()]));
    // The query's words in order: a record whose title, id or alias is exactly these is the one named.
    const title = parts
      .flatMap((p) => (p.kind === 'word' ? [p.term] : p.kind === 'name' ? p.typed : contentWords(p.words)))
      .join(' ');
    const scored = [...keys].map((key) => {
      const matched = found.filter((hits) => hits.has(key));
      const score = matched.reduce((sum, hits) => sum + (hits.get(key) as MiniResult).score, 0);
      const terms = new Set(matched.flatMap((hits) => (hits.get(key) as MiniResult).terms));
      const named = this.#namedBy(key).includes(title) ? ABOUT.title : 1;
      return {
        key,
        count: matched.length,
        score: score * named * this.#about(key, parts),
        terms: [...terms],
      };
    });
    const complete = scored.filter((s) => s.count === parts.length);
    const partial = !complete.length;
    const ranked = (partial ? scored : complete).sort(
      (a, b) =>
        (sort === 'date' ? this.#byDate(a.key, b.key) : 0) ||
        b.count - a.count ||
        b.score - a.score ||
        byText(a.key, b.key),
    );
    const results = ranked
      .slice(0, limit)
      .map((s) => this.#result(s.key, Math.round(s.score * 1000) / 1000, s.terms.sort(), partial));
    return { results, parts, unmatched };
  }

  /** A record's title, id and names (aliases, short name) as content words: the forms that name it exactly. */
  #namedBy(key: string): string[] {
    const [collection, record] = this.#records.get(key) as [CollectionName, AnyRecord];
    return [titleOf(record), record.id, ...nameFieldsOf(collection, record, false)].map((name) =>
      contentWords(foldedWords(name)).join(' '),
    );
  }

  /** How much more a record weighs for being about the records the query names (see ABOUT). */
  #about(key: string, parts: readonly QueryPart[]): number {
    let factor = 1;
    const [collection, record] = this.#records.get(key) as [CollectionName, AnyRecord];
    for (const part of parts) {
      if (part.kind !== 'name') continue;
      if (part.keys.includes(key)) factor *= ABOUT.self;
      else if (
        collection === 'relationships' &&
        (record as AnyRecord & { partners: string[] }).partners.some((p) => part.keys.includes(`actors/${p}`))
      )
        factor *= ABOUT.relationship;
      else if (referencesOf(collection, record).some(([c, id]) => part.keys.includes(`${c}/${id}`)))
        factor *= ABOUT.reference;
    }
    return factor;
  }

  /** Date order of two records: by date, undated last, then in the order of the registry and ids. */
  #byDate(a: string, b: string): number {
    const da = dateOf((this.#records.get(a) as [CollectionName, AnyRecord])[1]);
    const db = dateOf((this.#records.get(b) as [CollectionName, AnyRecord])[1]);
    if (da !== db) return da === undefined ? 1 : db === undefined ? -1 : byText(da, db);
    return 0;
  }

  #result(key: string, score: number, terms: string[], partial: boolean): SearchResult {
    const doc = this.#doc(key);
    const record = (this.#records.get(key) as [CollectionName, AnyRecord])[1];
    const date = dateOf(record);
    const end = endOf(record);
    return {
      collection: doc.collection,
      id: doc.id,
      title: doc.title,
      snippet: snippet(doc, terms),
      score,
      terms,
      partial,
      ...(date ? { date } : {}),
      ...(end ? { end } : {}),
    };
  }
}

/** The name table `serialize` writes (`[form, keys][]`), or undefined for anything else. */
function parseNames(line: string): { table: NameTable; longest: number } | undefined {
  let entries: unknown;
  try {
    entries = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!Array.isArray(entries)) return undefined;
  const table = new Map<string, { words: string[]; keys: string[] }>();
  let longest = 1;
  for (const entry of entries) {
    const [form, keys] = Array.isArray(entry) ? entry : [];
    if (typeof form !== 'string' || !Array.isArray(keys)) return undefined;
    const words = form.split(' ');
    table.set(form, { words, keys: keys.map(String) });
    longest = Math.max(longest, words.length);
  }
  return { table, longest };
}

/** The one day span both narrow to, or null when they share no day. */
function intersect(a: DateSpan | undefined, b: DateSpan | undefined): DateSpan | undefined | null {
  if (!a || !b) return a ?? b;
  // ISO dates: their sorted order is their date order.
  const from = [a.from, b.from].sort()[1] as string;
  const to = [a.to, b.to].sort()[0] as string;
  return from <= to ? { from, to } : null;
}

/** The options checked, with `from` and `to` as one span; a bad one throws a one-line `SearchOptionError`. */
function checkOptions(options: SearchOptions): { span?: DateSpan } {
  const { collections, layer, sort, limit, from, to } = options;
  for (const c of collections ?? [])
    if (!collectionNames.includes(c))
      throw new SearchOptionError(`collection "${c}" is not one of ${collectionNames.join(', ')}`);
  if (layer !== undefined && !searchLayers.includes(layer))
    throw new SearchOptionError(`layer "${layer}" is not one of ${searchLayers.join(', ')}`);
  if (sort !== undefined && !searchSorts.includes(sort))
    throw new SearchOptionError(`sort "${sort}" is not one of ${searchSorts.join(', ')}`);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
    throw new SearchOptionError(`limit ${limit} is not a positive whole number`);
  const date = (name: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const span = spanOf(String(value).trim());
    if (!span) throw new SearchOptionError(`${name} "${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    return span;
  };
  const start = date('from', from);
  const end = date('to', to);
  if (start && end && start.from > end.to) throw new SearchOptionError(`from ${from} is after to ${to}`);
  if (!start && !end) return {};
  return { span: { from: start?.from ?? '0000-01-01', to: end?.to ?? '9999-12-31' } };
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

import { distance as editDistance } from 'fastest-levenshtein';
import { foldKey, namesOf, titleOf } from '../records/record-names.js';
import type { AnyRecord, RecordOf } from '../records/record-types.js';
import { type CollectionName, collectionNames, isCollectionName } from '../registry/collections.js';
import type { Dataset } from '../schema/index.js';

/** A resolved reference: the collection and the record found. */
export interface Found<C extends CollectionName = CollectionName> {
  readonly collection: C;
  readonly record: RecordOf<C>;
}

/**
 * Case-insensitive lookup tables over one dataset: id, ISO code, name or alias to record. Each
 * table is built on first use, so that resolving one reference folds the names of the
 * collections it needs and not every record of the dataset.
 */
export class Lookup {
  readonly #byCollection = new Map<CollectionName, Map<string, AnyRecord>>();
  #relationshipByActor?: Map<string, RecordOf<'relationships'>>;
  #keys?: { key: string; collection: CollectionName; id: string; title: string }[];

  constructor(readonly data: Dataset) {}

  /** The names of one collection's records, folded, each to the first record it names. */
  #table(collection: CollectionName): Map<string, AnyRecord> {
    let table = this.#byCollection.get(collection);
    if (!table) {
      table = new Map();
      for (const record of this.data[collection] as readonly AnyRecord[])
        for (const name of namesOf(collection, record)) {
          const key = foldKey(name);
          if (!table.has(key)) table.set(key, record);
        }
      this.#byCollection.set(collection, table);
    }
    return table;
  }

  /** A partner, or a member of a partner group, leads to the relationship: "KSA" finds the Gulf states. */
  #partners(): Map<string, RecordOf<'relationships'>> {
    if (!this.#relationshipByActor) {
      this.#relationshipByActor = new Map();
      for (const rel of this.data.relationships)
        for (const partner of rel.partners) {
          this.#relationshipByActor.set(partner, rel);
          for (const member of this.data.actors.find((a) => a.id === partner)?.members ?? [])
            this.#relationshipByActor.set(member, rel);
        }
    }
    return this.#relationshipByActor;
  }

  /** Every folded name of every record, for "did you mean". */
  #allKeys(): { key: string; collection: CollectionName; id: string; title: string }[] {
    this.#keys ??= collectionNames.flatMap((collection) =>
      (this.data[collection] as readonly AnyRecord[]).flatMap((record) =>
        namesOf(collection, record).map((name) => ({
          key: foldKey(name),
          collection,
          id: record.id,
          title: titleOf(record),
        })),
      ),
    );
    return this.#keys;
  }

  /** Finds a record of one collection by id, ISO code, name or alias. */
  get<C extends CollectionName>(collection: C, ref: string): RecordOf<C> | undefined {
    const key = foldKey(ref);
    const direct = this.#table(collection).get(key) as RecordOf<C> | undefined;
    if (direct || collection !== 'relationships') return direct;
    const actor = this.#table('actors').get(key);
    return actor ? (this.#partners().get(actor.id) as RecordOf<C> | undefined) : undefined;
  }

  /**
   * Resolves a reference across collections: `collection/id` or `collection:id`; else an exact id
   * (actors aside), then a relationship by partner, then any id, name or alias.
   */
  find(ref: string, collection?: CollectionName): Found | undefined {
    const qualified = /^([a-z]+)[/:](.+)$/.exec(ref.trim());
    if (!collection && qualified && isCollectionName(qualified[1] as string))
      return this.find(qualified[2] as string, qualified[1] as CollectionName);
    const order = collection ? [collection] : collectionNames;
    const key = foldKey(ref);
    // A partner of a relationship resolves to the relationship, the richer record, unless the
    // collection is named: "china" and "cn" both find Pakistan–China; "actors/china" finds the actor.
    for (const c of order) {
      if (c === 'actors' && !collection) continue;
      const record = (this.data[c] as readonly AnyRecord[]).find((r) => r.id === key);
      if (record) return { collection: c, record } as Found;
    }
    if (!collection || collection === 'relationships') {
      const rel = this.get('relationships', ref);
      if (rel) return { collection: 'relationships', record: rel };
    }
    for (const c of order) {
      const record = this.get(c, ref);
      if (record) return { collection: c, record } as Found;
    }
    return undefined;
  }

  /** The nearest known ids, names and aliases to `ref`, for a "did you mean" hint. */
  suggest(
    ref: string,
    options: { collection?: CollectionName; limit?: number } = {},
  ): { collection: CollectionName; id: string; title: string }[] {
    const key = foldKey(ref);
    const limit = options.limit ?? 3;
    const scored = new Map<
      string,
      { collection: CollectionName; id: string; title: string; distance: number }
    >();
    const cutoff = Math.max(2, Math.ceil(key.length / 3));
    for (const entry of this.#allKeys()) {
      if (options.collection && entry.collection !== options.collection) continue;
      // A query that begins a known name is that name cut short; otherwise count the edits. Two
      // strings are at least their difference in length apart, so a name much longer or shorter
      // than the query is past the cutoff without counting (most names are titles, long ones).
      const begins = entry.key.startsWith(key);
      if (!begins && Math.abs(entry.key.length - key.length) > cutoff) continue;
      const distance = begins ? Math.abs(entry.key.length - key.length) * 0.25 : editDistance(key, entry.key);
      const best = scored.get(`${entry.collection}/${entry.id}`);
      if (!best || distance < best.distance)
        scored.set(`${entry.collection}/${entry.id}`, { ...entry, distance });
    }
    return (
      [...scored.values()]
        .filter((s) => s.distance <= cutoff)
        // Ids are lower-case ASCII, so code-unit order is their alphabetical order; localeCompare
        // would first load ICU's collator, some 68 M instructions on a cold start.
        .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .slice(0, limit)
        .map(({ collection, id, title }) => ({ collection, id, title }))
    );
  }
}

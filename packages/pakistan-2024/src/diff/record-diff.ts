/**
 * Compares the records of two datasets by id: added, removed, renamed (same record under a new
 * id), changed (which fields) and reordered collections. Works on plain JSON, so that a dataset
 * of an older release, which may not validate against today's schema, can still be compared.
 */
import { collectionNames, referenceFields } from '../registry/collections.js';
import { jsonEqual } from './json-equal.js';

/** A dataset as plain JSON: `meta` and collections of records that have an `id`. */
export type DatasetLike = { readonly [key: string]: unknown };

/** One record, named for people: collection, id and display title. */
export interface RecordSummary {
  readonly collection: string;
  readonly id: string;
  readonly title: string;
}

/** A record present in both datasets whose content differs, with the top-level fields that differ. */
export interface RecordChange extends RecordSummary {
  readonly fields: readonly string[];
}

/** A record that is the same apart from its id. */
export interface Rename {
  readonly collection: string;
  readonly from: string;
  readonly to: string;
  readonly title: string;
}

/** What changed between the records of two datasets. */
export interface RecordDiff {
  readonly added: RecordSummary[];
  readonly removed: RecordSummary[];
  readonly renamed: Rename[];
  readonly changed: RecordChange[];
  /** Collections whose records kept their ids but not their order. */
  readonly reordered: string[];
  /** Fields of `meta` that changed (its `version` and `released` are ignored: a release changes them). */
  readonly meta: string[];
}

type Rec = { readonly id: string; readonly [key: string]: unknown };

// Written by the release itself, so they differ between any two versions and say nothing of the data.
const RELEASE_FIELDS = new Set(['version', 'released']);

const isRecord = (v: unknown): v is Rec =>
  typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string';

/** The display title of any record: `title`, else `name`, else its id. */
export function recordTitle(record: unknown): string {
  const r = (record ?? {}) as { title?: unknown; name?: unknown; id?: unknown };
  for (const v of [r.title, r.name, r.id]) if (typeof v === 'string' && v) return v;
  return '(untitled)';
}

/** The collections of a dataset: the known ones in documented order, then any others it holds. */
export function collectionsOf(...datasets: DatasetLike[]): string[] {
  const found = new Set<string>();
  for (const d of datasets)
    for (const [key, value] of Object.entries(d)) if (key !== 'meta' && Array.isArray(value)) found.add(key);
  const known = collectionNames.filter((c) => found.has(c));
  return [...known, ...[...found].filter((c) => !known.includes(c as never)).sort()];
}

const recordsOf = (d: DatasetLike, collection: string): Rec[] => {
  const value = d[collection];
  return Array.isArray(value) ? value.filter(isRecord) : [];
};

const withoutId = (r: Rec): Record<string, unknown> => {
  const { id: _id, ...rest } = r;
  return rest;
};

/** Rewrites the reference fields of a record of `collection` through the map of renamed ids. */
function followRenames(collection: string, record: Rec, renames: Map<string, string>): Rec {
  if (!renames.size) return record;
  const fields: Record<string, string> =
    (referenceFields as Record<string, Record<string, string>>)[collection] ?? {};
  const out: Record<string, unknown> = { ...record };
  for (const [field, target] of Object.entries(fields)) {
    const value = out[field];
    const map = (id: unknown) => (typeof id === 'string' ? (renames.get(`${target}/${id}`) ?? id) : id);
    if (typeof value === 'string') out[field] = map(value);
    else if (Array.isArray(value)) {
      const mapped = value.map(map);
      // Id lists are kept sorted, so a renamed id may move.
      out[field] = mapped.some((id, i) => id !== value[i]) ? [...mapped].sort() : mapped;
    }
  }
  return out as Rec;
}

/** Compares the records of two datasets. */
export function diffRecords(before: DatasetLike, after: DatasetLike): RecordDiff {
  const out: RecordDiff = { added: [], removed: [], renamed: [], changed: [], reordered: [], meta: [] };
  const collections = collectionsOf(before, after);

  // Pass 1: ids that appear or disappear, and which of them are renames of the same record.
  const renames = new Map<string, string>();
  for (const collection of collections) {
    const was = recordsOf(before, collection);
    const now = recordsOf(after, collection);
    const wasIds = new Set(was.map((r) => r.id));
    const nowIds = new Set(now.map((r) => r.id));
    const gone = was.filter((r) => !nowIds.has(r.id));
    const fresh = now.filter((r) => !wasIds.has(r.id));
    for (const old of gone) {
      const twin = fresh.findIndex((r) => jsonEqual(withoutId(r), withoutId(old)));
      const match = twin >= 0 ? fresh.splice(twin, 1)[0] : undefined;
      if (match) {
        out.renamed.push({ collection, from: old.id, to: match.id, title: recordTitle(match) });
        renames.set(`${collection}/${old.id}`, match.id);
      } else out.removed.push({ collection, id: old.id, title: recordTitle(old) });
    }
    for (const r of fresh) out.added.push({ collection, id: r.id, title: recordTitle(r) });
  }

  // Pass 2: records kept under the same id, compared with references to renamed records followed.
  for (const collection of collections) {
    const now = new Map(recordsOf(after, collection).map((r) => [r.id, r]));
    const kept: string[] = [];
    for (const old of recordsOf(before, collection)) {
      const current = now.get(old.id);
      if (!current) continue;
      kept.push(old.id);
      const was = followRenames(collection, old, renames);
      const keys = [...new Set([...Object.keys(was), ...Object.keys(current)])];
      const fields = keys.filter((k) => k !== 'id' && !jsonEqual(was[k], current[k]));
      if (fields.length) out.changed.push({ collection, id: old.id, title: recordTitle(current), fields });
    }
    const keptIds = new Set(kept);
    const order = recordsOf(after, collection)
      .map((r) => r.id)
      .filter((id) => keptIds.has(id));
    if (order.some((id, i) => id !== kept[i])) out.reordered.push(collection);
  }

  const metaBefore = (before.meta ?? {}) as Record<string, unknown>;
  const metaAfter = (after.meta ?? {}) as Record<string, unknown>;
  for (const key of new Set([...Object.keys(metaBefore), ...Object.keys(metaAfter)]))
    if (!RELEASE_FIELDS.has(key) && !jsonEqual(metaBefore[key], metaAfter[key])) out.meta.push(key);
  return out;
}

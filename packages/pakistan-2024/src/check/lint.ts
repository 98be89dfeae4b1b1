import { allCitations } from '../provenance/citation-walk.js';
import { foldKey, namesOf } from '../records/record-names.js';
import { orderKey } from '../records/record-order.js';
import type { AnyRecord } from '../records/record-types.js';
import {
  type CollectionName,
  collectionEntry,
  collectionNames,
  referenceFields,
} from '../registry/collections.js';
import type { DataIssue, DataPath } from '../rules/issue.js';
import type { Dataset } from '../schema/index.js';
import { lintFigures } from './lint-figures.js';
import { lintKeyEvents } from './lint-key-events.js';
import { lintLayers } from './lint-layers.js';

/** How many references to one missing id are reported one by one. */
const MAX_REFERENCE_LINES = 5;

type Ref = {
  readonly path: DataPath;
  readonly ids: readonly string[] | string | undefined;
  readonly to: CollectionName;
};

/** What the linter may be told beyond the dataset. */
export interface LintOptions {
  /**
   * Ids of records that exist but were left out of `data` because they broke the schema: a
   * reference to one of them is not reported as dangling, so one broken record gives one problem.
   */
  readonly otherIds?: ReadonlyMap<CollectionName, readonly string[]>;
}

/**
 * Rules the schema cannot express because they look across records: unique ids, references
 * that resolve, documented order, aliases that resolve to exactly one actor.
 */
export function lintDataset(data: Dataset, options: LintOptions = {}): DataIssue[] {
  const issues: DataIssue[] = [];
  const ids = new Map<CollectionName, Set<string>>();

  const everywhere = new Map<string, CollectionName>();
  for (const name of collectionNames) {
    const seen = new Set<string>();
    const records: readonly { id: string }[] = data[name];
    records.forEach((record, i) => {
      if (seen.has(record.id))
        issues.push({
          rule: 'unique-id',
          path: [name, i, 'id'],
          message: `id "${record.id}" is used twice in ${name}`,
        });
      else if (everywhere.has(record.id))
        issues.push({
          rule: 'unique-id',
          path: [name, i, 'id'],
          message: `id "${record.id}" is already used in ${everywhere.get(record.id)}; ids are unique across the dataset so that any id resolves`,
        });
      seen.add(record.id);
      everywhere.set(record.id, name);
    });
    ids.set(name, new Set([...seen, ...(options.otherIds?.get(name) ?? [])]));
    issues.push(...collectionOrder(data, name));
  }

  const refs: Ref[] = [{ path: ['meta', 'sources'], ids: data.meta.sources, to: 'sources' }];
  for (const collection of collectionNames)
    data[collection].forEach((record: AnyRecord, i) => {
      for (const [field, to] of Object.entries(referenceFields[collection]) as [string, CollectionName][])
        refs.push({
          path: [collection, i, field],
          ids: (record as unknown as Record<string, string | string[] | undefined>)[field],
          to,
        });
    });
  for (const { path, citation } of allCitations(data))
    refs.push({ path: [...path, 'source'], ids: citation.source, to: 'sources' });

  data.actors.forEach((a, i) => {
    for (const member of a.members ?? []) {
      const m = data.actors.find((x) => x.id === member);
      if (m && m.kind !== 'state')
        issues.push({
          rule: 'reference',
          path: ['actors', i, 'members'],
          message: `member "${member}" of a group must be a state, not ${m.kind}`,
        });
    }
  });
  data.relationships.forEach((r, i) => {
    const p = ['relationships', i] as const;
    for (const partner of r.partners)
      if (r.actors.includes(partner))
        issues.push({
          rule: 'reference',
          path: [...p, 'actors'],
          message: `"${partner}" is a partner; list it in partners only`,
        });
    const kinds = new Set<string>();
    r.dimensions.forEach((d, j) => {
      if (kinds.has(d.kind))
        issues.push({
          rule: 'unique-dimension',
          path: [...p, 'dimensions', j, 'kind'],
          message: `dimension kind "${d.kind}" appears twice; merge the two dimensions`,
        });
      kinds.add(d.kind);
    });
  });
  data.initiatives.forEach((x, i) => {
    if (x.parent === x.id)
      issues.push({
        rule: 'reference',
        path: ['initiatives', i, 'parent'],
        message: 'an initiative cannot be its own parent',
      });
  });

  const dangling = new Map<string, DataPath[]>();
  for (const ref of refs) {
    if (ref.ids === undefined) continue;
    const list = typeof ref.ids === 'string' ? [ref.ids] : ref.ids;
    const known = ids.get(ref.to) ?? new Set();
    list.forEach((id, j) => {
      if (known.has(id)) return;
      const key = JSON.stringify([ref.to, id]);
      dangling.set(key, [
        ...(dangling.get(key) ?? []),
        typeof ref.ids === 'string' ? ref.path : [...ref.path, j],
      ]);
    });
    if (typeof ref.ids !== 'string') issues.push(...sortedIds(ref.ids, ref.path));
  }
  // A record removed or renamed leaves many references behind: past a few, one line tells them all.
  for (const [key, paths] of dangling) {
    const [to, id] = JSON.parse(key) as [string, string];
    const message = `"${id}" is not the id of any record in ${to}`;
    if (paths.length <= MAX_REFERENCE_LINES)
      for (const path of paths) issues.push({ rule: 'reference', path, message });
    else
      issues.push({
        rule: 'reference',
        path: paths[0] as DataPath,
        message: `${message} (nor are the ${paths.length - 1} other references to it)`,
      });
  }

  issues.push(...aliasClashes(data));
  issues.push(...lintLayers(data));
  issues.push(...lintKeyEvents(data));
  issues.push(...lintFigures(data));
  return issues;
}

/** Id lists are sorted and free of repeats, so that diffs of data files stay small. */
function sortedIds(list: readonly string[], path: DataPath): DataIssue[] {
  for (let j = 1; j < list.length; j++) {
    const [a, b] = [list[j - 1] as string, list[j] as string];
    if (a === b) return [{ rule: 'id-list-repeat', path: [...path, j], message: `"${b}" is listed twice` }];
    if (a > b)
      return [
        {
          rule: 'id-list-order',
          path: [...path, j],
          message: `ids are kept in alphabetical order: "${b}" belongs before "${a}"`,
        },
      ];
  }
  return [];
}

/** Records are kept in the order their registry entry names: by id; events by date, then id. */
function collectionOrder(data: Dataset, name: CollectionName): DataIssue[] {
  const records: readonly { id: string }[] = data[name];
  const by = collectionEntry(name).orderBy[0];
  for (let i = 1; i < records.length; i++) {
    const [a, b] = [records[i - 1], records[i]] as [{ id: string }, { id: string }];
    if (orderKey(name, a) > orderKey(name, b))
      return [
        {
          rule: 'record-order',
          path: [name, i],
          message: `${name} are kept in ${by} order: "${b.id}" belongs before "${a.id}"`,
        },
      ];
  }
  return [];
}

/** Within a collection, each id, code, name and alias names one record only, or lookups would be ambiguous. */
function aliasClashes(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const collection of collectionNames) {
    const { names, one } = collectionEntry(collection);
    if (!names.length) continue;
    const owner = new Map<string, string>();
    data[collection].forEach((record: AnyRecord, i) => {
      for (const key of new Set(namesOf(collection, record))) {
        const k = foldKey(key);
        const other = owner.get(k);
        if (other && other !== record.id)
          issues.push({
            rule: 'unique-alias',
            path: [collection, i, 'aliases'],
            message: `"${key}" already names ${one.toLowerCase()} "${other}"`,
          });
        owner.set(k, record.id);
      }
    });
  }
  return issues;
}

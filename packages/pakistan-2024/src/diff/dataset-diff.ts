/**
 * The semantic diff of two versions of the dataset: every change with the smallest version bump
 * it needs under the dataset's semver policy. Plain JSON in, no zod.
 */
import { type Bump, maxBump } from './bump.js';
import { type DatasetLike, diffRecords, type RecordDiff } from './record-diff.js';
import { diffSchemas, type SchemaChange } from './schema-diff.js';

/** Why a diff needs the bump it needs: one line per change, with the record or field it is about. */
export interface Reason {
  readonly bump: Exclude<Bump, 'none'>;
  readonly message: string;
  readonly kind: 'added' | 'removed' | 'renamed' | 'changed' | 'reordered' | 'meta' | 'schema';
  readonly collection?: string;
  readonly id?: string;
  /** For a changed record, its changed fields; for a schema change, the field path. */
  readonly fields?: readonly string[];
}

/** Options for `diffDatasets`. */
export interface DiffOptions {
  /**
   * The JSON Schemas of the two versions (`schema.json` of each). Fields, types and enumeration
   * values are compared only when both are given; records are always compared.
   */
  readonly schemas?: { readonly before: unknown; readonly after: unknown };
}

/** The semantic diff of two datasets and the smallest bump it requires. */
export interface DiffResult extends RecordDiff {
  readonly bump: Bump;
  readonly from?: string;
  readonly to?: string;
  readonly schema: readonly SchemaChange[];
  readonly schemaCompared: boolean;
  /** Every change with the bump it needs, largest first. */
  readonly reasons: readonly Reason[];
}

const ref = (c: string, id: string) => `${c}/${id}`;
const quoted = (title: string) => `"${title}"`;

/** Compares two datasets (plain JSON is fine) and works out the smallest bump the change needs. */
export function diffDatasets(before: DatasetLike, after: DatasetLike, options: DiffOptions = {}): DiffResult {
  const records = diffRecords(before, after);
  const schema = options.schemas ? diffSchemas(options.schemas.before, options.schemas.after) : [];
  const reasons: Reason[] = [
    ...records.removed.map(
      (r): Reason => ({
        bump: 'major',
        kind: 'removed',
        collection: r.collection,
        id: r.id,
        message: `removed ${ref(r.collection, r.id)} ${quoted(r.title)}`,
      }),
    ),
    ...records.renamed.map(
      (r): Reason => ({
        bump: 'major',
        kind: 'renamed',
        collection: r.collection,
        id: r.from,
        message: `renamed ${ref(r.collection, r.from)} → ${ref(r.collection, r.to)} ${quoted(r.title)}`,
      }),
    ),
    ...schema.map(
      (s): Reason => ({ bump: s.bump, kind: 'schema', fields: [s.path], message: `schema: ${s.message}` }),
    ),
    ...records.added.map(
      (r): Reason => ({
        bump: 'minor',
        kind: 'added',
        collection: r.collection,
        id: r.id,
        message: `added ${ref(r.collection, r.id)} ${quoted(r.title)}`,
      }),
    ),
    ...records.changed.map(
      (r): Reason => ({
        bump: 'patch',
        kind: 'changed',
        collection: r.collection,
        id: r.id,
        fields: r.fields,
        message: `changed ${ref(r.collection, r.id)} ${quoted(r.title)}: ${r.fields.join(', ')}`,
      }),
    ),
    ...records.reordered.map(
      (c): Reason => ({ bump: 'patch', kind: 'reordered', collection: c, message: `reordered ${c}` }),
    ),
    ...(records.meta.length
      ? [
          {
            bump: 'patch',
            kind: 'meta',
            fields: records.meta,
            message: `changed meta: ${records.meta.join(', ')}`,
          } satisfies Reason,
        ]
      : []),
  ];
  const order = { major: 0, minor: 1, patch: 2 };
  reasons.sort((a, b) => order[a.bump] - order[b.bump]);
  const version = (d: DatasetLike) => {
    const v = (d.meta as { version?: unknown } | undefined)?.version;
    return typeof v === 'string' ? v : undefined;
  };
  return {
    ...records,
    bump: maxBump(reasons.map((r) => r.bump)),
    ...(version(before) ? { from: version(before) } : {}),
    ...(version(after) ? { to: version(after) } : {}),
    schema,
    schemaCompared: options.schemas !== undefined,
    reasons,
  };
}

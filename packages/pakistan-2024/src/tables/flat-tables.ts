/**
 * The dataset as flat tables, one per collection plus the nested tables of the registry (what
 * nests inside records: dimensions, claims, citations). The CSV files of the package and
 * `policy export --format csv` are both written from here.
 */
import { isReportCitation } from '../provenance/citation-kind.js';
import { allCitations } from '../provenance/citation-walk.js';
import { titleOf } from '../records/record-names.js';
import type { AnyRecord } from '../records/record-types.js';
import {
  type CollectionName,
  collectionEntry,
  collectionNames,
  referenceFields,
} from '../registry/collections.js';
import { extraReferenceColumns, type NestedTableName, nestedTables } from '../registry/tables.js';
import { formatPath } from '../rules/issue.js';
import type { Dataset } from '../schema/index.js';

/** A Frictionless Table Schema field type. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean';

/** One column of a table. */
export interface Column {
  readonly name: string;
  readonly type: FieldType;
  readonly description: string;
  /** For a cell that joins a list, the separator when it is not `LIST_SEPARATOR` (the heading path's " > "). */
  readonly delimiter?: string;
}

/** A flat table: its columns and its rows (cells already flattened to scalars). */
export interface Table {
  readonly name: string;
  readonly description: string;
  readonly columns: readonly Column[];
  readonly primaryKey: readonly string[];
  /** Columns that hold ids of records of another table (its `id` column): column → table. */
  readonly references: { readonly [column: string]: string };
  readonly rows: readonly (readonly (string | number | boolean | null)[])[];
}

/** The separator used when a list of values is flattened into one cell. */
export const LIST_SEPARATOR = '; ';

type Cell = string | number | boolean | null;
type Spec<T> = readonly [name: string, type: FieldType, description: string, get: (r: T) => unknown];

const flat = (v: unknown): Cell => {
  if (v === undefined || v === null) return null;
  if (Array.isArray(v)) return v.join(LIST_SEPARATOR);
  return v as Cell;
};

const s = <T>(name: string, description: string, get: (r: T) => unknown): Spec<T> => [
  name,
  'string',
  description,
  get,
];
/** A field that only one kind of record of a collection has (an essay's `year`, a report's `reach`). */
const only = (record: object, key: string): unknown => (record as Record<string, unknown>)[key];
const cites = (r: object) => (r as { provenance?: readonly unknown[] }).provenance?.length ?? 0;

// The columns of each collection's table; a collection without its own gets `defaultSpec`.
const specs: { [C in CollectionName]?: readonly Spec<Dataset[C][number]>[] } = {
  sources: [
    s('id', 'Source id.', (r) => r.id),
    s(
      'kind',
      '"essay" (the analysis the dataset reads) or "report" (cited by the chronology).',
      (r) => r.kind,
    ),
    s('title', 'Title; for a report, the headline its stored copy shows (empty when none).', (r) => r.title),
    s('author', 'Author, or the byline of a report where it has one.', (r) => r.author),
    s('author_role', "The essay author's position.", (r) => only(r, 'authorRole')),
    s('affiliation', "The essay author's institution.", (r) => only(r, 'affiliation')),
    s('publisher', 'Publisher.', (r) => r.publisher),
    s('url', 'Where it was published.', (r) => r.url),
    ['year', 'integer', 'Year of publication of the essay.', (r) => only(r, 'year')],
    s('published', "A report's date of publication, as its stored copy shows it (empty when none).", (r) =>
      only(r, 'published'),
    ),
    s('accessed', 'The day the stored copy of a report was read.', (r) => only(r, 'accessed')),
    s('language', 'ISO 639-1 language code.', (r) => r.language),
    s(
      'publisher_type',
      "A report's publisher: official, news-agency, newspaper, broadcaster or other.",
      (r) => only(r, 'publisherType'),
    ),
    s('reach', "A report's publisher's reach: international, national or local.", (r) => only(r, 'reach')),
    s('via', 'The agency or body whose copy a report carries.', (r) => only(r, 'via')),
    s('sha256', "SHA-256 of the essay's normalised text.", (r) => only(r, 'sha256')),
  ],
  actors: [
    s('id', 'Actor id.', (r) => r.id),
    s('name', 'Name.', (r) => r.name),
    s('short_name', 'Short name.', (r) => r.shortName),
    s('kind', 'state, organisation, region, non-state or group.', (r) => r.kind),
    s('iso2', 'ISO 3166-1 alpha-2 (states).', (r) => r.iso2),
    s('iso3', 'ISO 3166-1 alpha-3 (states).', (r) => r.iso3),
    s('iso_numeric', 'ISO 3166-1 numeric (states).', (r) => r.isoNumeric),
    s('aliases', 'Other names, separated by "; ".', (r) => r.aliases),
    s('members', 'Member actor ids of a group, separated by "; ".', (r) => r.members),
    s('wikidata', 'Wikidata item id.', (r) => r.wikidata),
    s('description', 'One-line description.', (r) => r.description),
  ],
  relationships: [
    s('id', 'Relationship id.', (r) => r.id),
    s('title', 'Title.', (r) => r.title),
    s('partners', 'Partner actor ids, separated by "; ".', (r) => r.partners),
    s('label', 'How the source characterises the relationship.', (r) => r.label),
    s('summary', 'Summary in our words.', (r) => r.summary),
    s('stance', 'Our coding on the five-step scale (see docs/methodology.md).', (r) => r.stance.value),
    s('stance_rationale', 'Why the stance was coded so.', (r) => r.stance.rationale),
    s('trajectory', 'Our coding of the direction in 2024.', (r) => r.trajectory.value),
    s('trajectory_rationale', 'Why the trajectory was coded so.', (r) => r.trajectory.rationale),
    s('dimensions', 'Dimension kinds, separated by "; " (details in dimensions.csv).', (r) =>
      r.dimensions.map((d) => d.kind),
    ),
    ['challenges', 'integer', 'Number of challenges (text in claims.csv).', (r) => r.challenges.length],
    [
      'opportunities',
      'integer',
      'Number of opportunities (text in claims.csv).',
      (r) => r.opportunities.length,
    ],
    s('initiatives', 'Initiative ids, separated by "; ".', (r) => r.initiatives),
    s('topics', 'Topic ids, separated by "; ".', (r) => r.topics),
    s('actors', 'Other actor ids involved, separated by "; ".', (r) => r.actors),
    ['citations', 'integer', 'Number of citations of the record itself (all in citations.csv).', cites],
  ],
  themes: [
    s('id', 'Theme id.', (r) => r.id),
    s('title', 'Title.', (r) => r.title),
    s('summary', 'Summary in our words.', (r) => r.summary),
    s('relationships', 'Relationship ids, separated by "; ".', (r) => r.relationships),
    s('actors', 'Actor ids, separated by "; ".', (r) => r.actors),
    s('topics', 'Topic ids, separated by "; ".', (r) => r.topics),
    ['citations', 'integer', 'Number of citations of the record itself.', cites],
  ],
  initiatives: [
    s('id', 'Initiative id.', (r) => r.id),
    s('name', 'Name.', (r) => r.name),
    s('short_name', 'Short name.', (r) => r.shortName),
    s('aliases', 'Other names, separated by "; ".', (r) => r.aliases),
    s('kind', 'Kind of initiative.', (r) => r.kind),
    s('description', 'Description in our words.', (r) => r.description),
    s('parent', 'Id of the initiative it belongs to.', (r) => r.parent),
    s('parties', 'Actor ids taking part, separated by "; ".', (r) => r.parties),
    s('topics', 'Topic ids, separated by "; ".', (r) => r.topics),
    ['citations', 'integer', 'Number of citations of the record itself.', cites],
  ],
  topics: [
    s('id', 'Topic id.', (r) => r.id),
    s('name', 'Name.', (r) => r.name),
    s('aliases', 'Other names, separated by "; ".', (r) => r.aliases),
    s('description', 'Description in our words.', (r) => r.description),
    ['citations', 'integer', 'Number of citations of the record itself.', cites],
  ],
  events: [
    s('id', 'Event id.', (r) => r.id),
    s('title', 'Title.', (r) => r.title),
    s('date', 'Date (YYYY, YYYY-MM or YYYY-MM-DD).', (r) => r.date),
    s('end', 'Last date of a span.', (r) => r.end),
    s('precision', 'year, month or day.', (r) => r.precision),
    s('date_source', '"source" or "reference".', (r) => r.dateSource),
    s(
      'date_reference',
      'URL of the reference for a date the source does not print.',
      (r) => r.dateReference?.url,
    ),
    s('summary', 'Summary in our words.', (r) => r.summary),
    s('actors', 'Actor ids, separated by "; ".', (r) => r.actors),
    s('relationships', 'Relationship ids, separated by "; ".', (r) => r.relationships),
    ['citations', 'integer', 'Number of citations of the record itself.', cites],
  ],
  chronology: [
    s('id', 'Chronology event id.', (r) => r.id),
    s('title', 'Title.', (r) => r.title),
    s('date', 'The day it happened (YYYY-MM-DD), the first of a span.', (r) => r.date),
    s('end', 'Last day of a span.', (r) => r.end),
    s('kind', 'Kind of event (see docs/methodology.md).', (r) => r.kind),
    s('summary', "Summary in our words, each side's claims attributed.", (r) => r.summary),
    s('actors', 'Actor ids besides Pakistan, separated by "; ".', (r) => r.actors),
    s('relationships', 'Relationship ids, separated by "; ".', (r) => r.relationships),
    s('topics', 'Topic ids, separated by "; ".', (r) => r.topics),
    s('initiatives', 'Initiative ids, separated by "; ".', (r) => r.initiatives),
    s('dimensions', 'Dimension kinds concerned, separated by "; ".', (r) => r.dimensions),
    s('date_note', 'How the date is established, where reports give a weekday or differ.', (r) => r.dateNote),
    ['reports', 'integer', 'Number of report citations (all in citations.csv).', cites],
  ],
  indicators: [
    s('id', 'Indicator id.', (r) => r.id),
    s('name', 'Name.', (r) => r.name),
    s('short_name', 'Short name, the heading of a comparison.', (r) => r.shortName),
    s('definition', 'What is measured, in our words.', (r) => r.definition),
    s('unit', 'Scale its figures are compared in: thousand, million or billion.', (r) => r.unit),
    s(
      'currencies',
      'Currencies its figures may be given in, separated by "; "; the first is compared.',
      (r) => r.currencies,
    ),
    s('period', 'Period convention: fiscal-year (July–June), calendar-year, month or day.', (r) => r.period),
    s('statistical_source', 'The body that publishes the series.', (r) => r.statisticalSource),
    s('flow', 'inflow, outflow, stock or agreement.', (r) => r.flow),
  ],
  figures: [
    s('id', 'Figure id.', (r) => r.id),
    s('title', 'Title.', (r) => r.title),
    s('indicator', 'Indicator id.', (r) => r.indicator),
    s('partner', 'Partner actor id; empty for the total over all partners.', (r) => r.partner),
    s('period_start', 'First day of the period (YYYY-MM-DD).', (r) => r.period.start),
    s('period_end', 'Last day of the period (YYYY-MM-DD).', (r) => r.period.end),
    ['value', 'number', 'The amount, in unit of currency, as the reports give it.', (r) => r.value],
    s('unit', 'thousand, million or billion.', (r) => r.unit),
    s('currency', 'USD or SDR.', (r) => r.currency),
    s('approximation', 'exact, about or more-than.', (r) => r.approximation ?? 'exact'),
    s('status', 'provisional, revised or final.', (r) => r.status),
    [
      'shown',
      'boolean',
      'True for the figure the site shows where reports disagree (and for every undisputed one).',
      (r) => (r.shows ?? r.id) === r.id,
    ],
    s('shows', 'Where reports disagree: the id of the figure the site shows among them.', (r) => r.shows),
    s(
      'disagrees_with',
      'Ids of figures of the same partner and period that report another value, separated by "; ".',
      (r) => r.disagreesWith,
    ),
    s(
      'sources',
      'Ids of the reports that carry the number, separated by "; " (quotes in citations.csv).',
      (r) => [...new Set(r.provenance.map((c) => c.source))],
    ),
    s('note', 'Note in our words.', (r) => r.note),
  ],
  prospects: [
    s('id', 'Prospect id.', (r) => r.id),
    s('title', 'Title.', (r) => r.title),
    s('summary', 'Summary in our words.', (r) => r.summary),
    s('relationships', 'Relationship ids, separated by "; ".', (r) => r.relationships),
    s('themes', 'Theme ids, separated by "; ".', (r) => r.themes),
    s('topics', 'Topic ids, separated by "; ".', (r) => r.topics),
    ['citations', 'integer', 'Number of citations of the record itself.', cites],
  ],
};

/** The columns of a collection nobody has designed a table for: id, title, its references, citations. */
function defaultSpec(name: CollectionName): readonly Spec<AnyRecord>[] {
  const targets = Object.entries(referenceFields[name]) as [string, CollectionName][];
  return [
    s('id', `${collectionEntry(name).one} id.`, (r) => r.id),
    s('title', 'Title.', titleOf),
    ...targets.map(([field, to]) =>
      s<AnyRecord>(columnName(field), `${collectionEntry(to).one} ids, separated by "; ".`, (r) => {
        return (r as unknown as Record<string, unknown>)[field];
      }),
    ),
    ['citations', 'integer', 'Number of citations of the record itself.', cites],
  ];
}

const column = ([name, type, description]: Spec<never>): Column => ({ name, type, description });

/** A field's column name: `authorRole` → `author_role`. */
export const columnName = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The registry's reference fields of a collection that its table has a column for, by column name. */
function referencesOf(name: CollectionName, spec: readonly Spec<AnyRecord>[]): Table['references'] {
  const columns = new Set(spec.map(([column]) => column));
  return Object.fromEntries(
    Object.entries(referenceFields[name])
      .map(([field, to]) => [columnName(field), to] as const)
      .filter(([column]) => columns.has(column)),
  );
}

type Cells = (readonly Cell[])[];

/** The columns, key and rows of each nested table; the registry gives their names, order and descriptions. */
const nested: {
  readonly [T in NestedTableName]: Pick<Table, 'columns' | 'primaryKey' | 'references'> & {
    readonly rows: (data: Dataset) => Cells;
  };
} = {
  dimensions: {
    columns: [
      { name: 'relationship', type: 'string', description: 'Relationship id.' },
      { name: 'position', type: 'integer', description: '1-based position within the relationship.' },
      { name: 'kind', type: 'string', description: 'Dimension kind.' },
      { name: 'title', type: 'string', description: 'Title.' },
      { name: 'summary', type: 'string', description: 'Summary in our words.' },
      { name: 'points', type: 'integer', description: 'Number of points (text in claims.csv).' },
    ],
    primaryKey: ['relationship', 'kind'],
    references: { relationship: 'relationships' },
    rows: (data) =>
      data.relationships.flatMap((r) =>
        r.dimensions.map((d, i) => [r.id, i + 1, d.kind, d.title, d.summary, d.points.length]),
      ),
  },
  claims: {
    columns: [
      { name: 'collection', type: 'string', description: 'Collection of the record that holds the claim.' },
      { name: 'id', type: 'string', description: 'Id of that record.' },
      { name: 'path', type: 'string', description: 'Where the claim sits in the record.' },
      {
        name: 'role',
        type: 'string',
        description: '"point:<dimension kind>", "point", "challenge" or "opportunity".',
      },
      { name: 'text', type: 'string', description: 'The claim in our words.' },
    ],
    primaryKey: ['collection', 'id', 'path'],
    references: {},
    rows: claimRows,
  },
  citations: {
    columns: [
      { name: 'collection', type: 'string', description: 'Collection of the cited record.' },
      { name: 'id', type: 'string', description: 'Id of the record.' },
      { name: 'path', type: 'string', description: 'Path of the citation inside the record.' },
      { name: 'source', type: 'string', description: 'Source id.' },
      {
        name: 'section',
        type: 'string',
        description:
          'Essay citations: heading path, headings separated by " > "; empty for the opening and for reports.',
        delimiter: ' > ',
      },
      {
        name: 'paragraph',
        type: 'integer',
        description: 'Essay citations: 1-based paragraph under the deepest heading; empty for reports.',
      },
      {
        name: 'quote',
        type: 'string',
        description: 'Phrase quoted word for word: optional for the essay, required for a report.',
      },
    ],
    primaryKey: ['collection', 'id', 'path'],
    references: { source: 'sources' },
    rows: (data) =>
      allCitations(data).map(({ path, citation: c }) => {
        const [collection, index, ...rest] = path;
        const record = data[collection as CollectionName][index as number] as AnyRecord;
        return [
          collection as string,
          record.id,
          formatPath(rest),
          c.source,
          isReportCitation(c) ? null : c.section.join(' > '),
          isReportCitation(c) ? null : c.paragraph,
          c.quote ?? null,
        ];
      }),
  },
};

/** Every claim: a relationship's points (by dimension), challenges and opportunities, then any record's points. */
function claimRows(data: Dataset): Cells {
  const claims: Cells = [];
  const claim = (collection: string, id: string, path: string, role: string, text: string): void => {
    claims.push([collection, id, path, role, text]);
  };
  for (const r of data.relationships) {
    r.dimensions.forEach((d, i) => {
      d.points.forEach((p, j) =>
        claim('relationships', r.id, `dimensions[${i}].points[${j}]`, `point:${d.kind}`, p.text),
      );
    });
    r.challenges.forEach((c, j) => claim('relationships', r.id, `challenges[${j}]`, 'challenge', c.text));
    r.opportunities.forEach((c, j) =>
      claim('relationships', r.id, `opportunities[${j}]`, 'opportunity', c.text),
    );
  }
  for (const name of collectionNames)
    for (const r of data[name] as readonly AnyRecord[])
      if ('points' in r) r.points.forEach((p, j) => claim(name, r.id, `points[${j}]`, 'point', p.text));
  return claims;
}

/** Flattens the dataset into its tables: one per collection, then the nested tables. */
export function toTables(data: Dataset): Table[] {
  const tables: Table[] = collectionNames.map((name) => {
    const spec = (specs[name] ?? defaultSpec(name)) as readonly Spec<AnyRecord>[];
    const extra = extraReferenceColumns[name] ?? {};
    return {
      name,
      description: collectionEntry(name).description,
      columns: spec.map((c) => {
        const col = column(c as Spec<never>);
        // A list of ids gathered from elsewhere in the record is a list column like any other.
        return extra[col.name] ? { ...col, delimiter: LIST_SEPARATOR } : col;
      }),
      primaryKey: ['id'],
      references: { ...referencesOf(name, spec), ...extra },
      rows: (data[name] as readonly AnyRecord[]).map((r) => spec.map(([, , , get]) => flat(get(r)))),
    };
  });
  for (const { name, description } of nestedTables) {
    const { columns, primaryKey, references, rows } = nested[name];
    tables.push({ name, description, columns, primaryKey, references, rows: rows(data) });
  }
  return tables;
}

/** One CSV field, quoted as RFC 4180 asks when it holds a comma, quote or line break. */
function field(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table as RFC 4180 CSV: a header row, CRLF line ends. */
export function toCSV(table: Pick<Table, 'columns' | 'rows'>): string {
  const lines = [table.columns.map((c) => field(c.name)).join(',')];
  for (const row of table.rows) lines.push(row.map(field).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

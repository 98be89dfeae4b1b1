/**
 * The collection registry: the one list of the dataset's collections, with what every part of
 * the package, the CLI and the site needs to know about each. Free of zod and of data, so that
 * anything may import it cheaply (`@policy/pakistan-2024/registry`).
 *
 * A new collection is its entry here plus its schema in `src/schema/` (wired into
 * `collectionSchemas`, which the compiler checks against this list). The dataset type, the
 * compiler, the reference checks, backlinks, lookups, search, the tables and the data package,
 * the diff, and the CLI's and site's lists, labels and routes all follow from it.
 */

/** What the registry says about one collection. */
export interface CollectionEntry {
  /** Its name: the folder under `data/`, the key in data.json, the name of its CSV table. */
  readonly name: string;
  /** The reading name of one record: "Relationship". */
  readonly one: string;
  /** The reading name of several: "Relationships". */
  readonly many: string;
  /** The title of a list of its records where that is not `many` (the events make a "Timeline"). */
  readonly listTitle?: string;
  /** What the collection holds, in one sentence (the description of its table). */
  readonly description: string;
  /**
   * The fields that hold ids of other records (a list, or one id), each with the collection it
   * points to, in the order links are shown. A test checks this against every schema.
   */
  readonly references: { readonly [field: string]: string };
  /** Fields besides the id and the title by which a record is looked up ("KSA", "CPEC"). */
  readonly names: readonly string[];
  /** The fields its records are kept in order by, compared as plain code units. */
  readonly orderBy: readonly string[];
  /** True when each record has a page of its own; false when records are read as entries of a list. */
  readonly ownPages: boolean;
}

/** The collections of the dataset, in the order they are documented, built and written out. */
export const collections = [
  {
    name: 'sources',
    one: 'Source',
    many: 'Sources',
    description: 'The essay the dataset reads, and the published reports its chronology cites.',
    references: {},
    names: [],
    orderBy: ['id'],
    ownPages: false,
  },
  {
    name: 'actors',
    one: 'Actor',
    many: 'Actors',
    description: 'States, organisations, regions, non-state actors and groups named by the source.',
    references: { members: 'actors' },
    names: ['shortName', 'iso2', 'iso3', 'aliases'],
    orderBy: ['id'],
    ownPages: true,
  },
  {
    name: 'relationships',
    one: 'Relationship',
    many: 'Relationships',
    description: "Pakistan's relationship with each partner or group of partners.",
    references: { partners: 'actors', actors: 'actors', initiatives: 'initiatives', topics: 'topics' },
    names: [],
    orderBy: ['id'],
    ownPages: true,
  },
  {
    name: 'themes',
    one: 'Theme',
    many: 'Themes',
    description: 'Cross-cutting lines of policy.',
    references: { relationships: 'relationships', actors: 'actors', topics: 'topics' },
    names: [],
    orderBy: ['id'],
    ownPages: true,
  },
  {
    name: 'initiatives',
    one: 'Initiative',
    many: 'Initiatives',
    description: 'Named programmes, projects and processes.',
    references: { parent: 'initiatives', parties: 'actors', topics: 'topics' },
    names: ['shortName', 'aliases'],
    orderBy: ['id'],
    ownPages: true,
  },
  {
    name: 'topics',
    one: 'Topic',
    many: 'Topics',
    description: 'Issues that run through several relationships.',
    references: {},
    names: ['aliases'],
    orderBy: ['id'],
    ownPages: true,
  },
  {
    name: 'events',
    one: 'Event',
    many: 'Events',
    listTitle: 'Timeline',
    description: 'Dated events of the historical context, in date order.',
    references: { actors: 'actors', relationships: 'relationships' },
    names: [],
    orderBy: ['date', 'id'],
    ownPages: false,
  },
  {
    name: 'chronology',
    one: 'Chronology event',
    many: 'Chronology events',
    listTitle: 'Chronology',
    description:
      "Events of the dataset's year in date order, each cited to published reports: a layer apart from the essay's reading.",
    references: {
      actors: 'actors',
      relationships: 'relationships',
      topics: 'topics',
      initiatives: 'initiatives',
    },
    names: [],
    orderBy: ['date', 'id'],
    ownPages: true,
  },
  {
    name: 'indicators',
    one: 'Indicator',
    many: 'Indicators',
    description:
      'What the figures layer measures: name, definition, unit, currency, period convention and the statistical source that publishes it.',
    references: {},
    names: ['shortName'],
    orderBy: ['id'],
    ownPages: false,
  },
  {
    name: 'figures',
    one: 'Figure',
    many: 'Figures',
    listTitle: 'The year in figures',
    description:
      "Official figures of the year (trade, investment, remittances, financing) for each partner and period, each cited to published reports that quote the number: a layer apart from the essay's reading and the chronology.",
    references: { indicator: 'indicators', partner: 'actors', disagreesWith: 'figures', shows: 'figures' },
    names: [],
    orderBy: ['id'],
    ownPages: false,
  },
  {
    name: 'prospects',
    one: 'Prospect',
    many: 'Prospects',
    description: 'Future prospects named by the source.',
    references: { relationships: 'relationships', themes: 'themes', topics: 'topics' },
    names: [],
    orderBy: ['id'],
    ownPages: false,
  },
] as const satisfies readonly CollectionEntry[];

type Entries = (typeof collections)[number];

/** The name of one collection of the dataset. */
export type CollectionName = Entries['name'];

// Every reference must point at a collection of the registry; the compiler checks it here.
const checked: readonly (CollectionEntry & {
  readonly references: { readonly [field: string]: CollectionName };
})[] = collections;

/** The collection names, in registry order. */
export const collectionNames: readonly CollectionName[] = checked.map((c) => c.name as CollectionName);

/** True when `name` is the name of a collection. */
export function isCollectionName(name: string): name is CollectionName {
  return (collectionNames as readonly string[]).includes(name);
}

/** The registry entry of a collection. */
export function collectionEntry(name: CollectionName): CollectionEntry {
  return checked.find((c) => c.name === name) as CollectionEntry;
}

/** For each collection, the fields that hold ids of other records, and which collection they point to. */
export const referenceFields = Object.fromEntries(checked.map((c) => [c.name, c.references])) as {
  readonly [E in Entries as E['name']]: E['references'];
};

/** The title of a list of a collection's records: "Relationships", "Timeline". */
export function listTitle(name: CollectionName): string {
  const entry = collectionEntry(name);
  return entry.listTitle ?? entry.many;
}

/** A count of records in words, as a sentence uses it: "1 source", "19 actors". */
export function countOf(name: CollectionName, count: number): string {
  const entry = collectionEntry(name);
  return `${count} ${(count === 1 ? entry.one : entry.many).toLowerCase()}`;
}

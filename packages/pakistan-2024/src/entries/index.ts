/**
 * `@policy/pakistan-2024`: the dataset, typed, with lookup and search. This entry point loads
 * no schema library; the schemas live in `@policy/pakistan-2024/schema`.
 */
import * as data from '../../generated/data.js';
import { type FigureCitation, figureCitations } from '../cite/figure-citations.js';
import { type ChronologyFilter, reportsCitedBy, selectChronology } from '../query/chronology-query.js';
import { type FigureFilter, selectFigures } from '../query/figures-query.js';
import { type Link, linksTo } from '../query/links.js';
import { type Found, Lookup } from '../query/lookup.js';
import type { RecordOf } from '../records/record-types.js';
import type { CitationFormat } from '../registry/citation-formats.js';
import type { CollectionName } from '../registry/collections.js';
import type {
  Actor,
  ChronologyEvent,
  Dataset,
  EssaySource,
  Event,
  Figure,
  Indicator,
  Initiative,
  Meta,
  Prospect,
  Relationship,
  ReportSource,
  Source,
  Theme,
  Topic,
} from '../schema/index.js';
import { SearchIndex, type SearchOptions, type SearchResult } from '../search/search.js';

export * from '../cite/bibliography.js';
export { type CffMeta, citationCff } from '../cite/citation-cff.js';
export type { FigureCitation } from '../cite/figure-citations.js';
export { escapeMarkdown } from '../escape/markdown-escape.js';
export { isReportCitation } from '../provenance/citation-kind.js';
export { formatCitation, reportLabel, sectionLabel } from '../provenance/citation-text.js';
export { type CitedPassage, citedPassages } from '../provenance/citation-walk.js';
export type { ChronologyFilter } from '../query/chronology-query.js';
export {
  type FigureFilter,
  formatAmount,
  formatPeriod,
  isShown,
  periodBounds,
} from '../query/figures-query.js';
export { backlinkIndex, type Link, linksOf } from '../query/links.js';
export { type Found, Lookup } from '../query/lookup.js';
export {
  type DateStyle,
  dayBound,
  daySpan,
  formatDate,
  formatEventDate,
  isCalendarDay,
  overlaps,
} from '../records/dates.js';
export { titleOf } from '../records/record-names.js';
export type { AnyRecord, RecordOf, RecordRef } from '../records/record-types.js';
export * from '../registry/citation-formats.js';
export * from '../registry/collections.js';
export * from '../registry/search.js';
export * from '../registry/tables.js';
export * from '../registry/vocabulary.js';
export { splitAtBlock, VOCABULARY_BLOCK } from '../rules/doc-blocks.js';
export { type DataIssue, type DataPath, formatPath } from '../rules/issue.js';
export type * from '../schema/index.js';
export {
  SearchIndex,
  SearchOptionError,
  type SearchOptions,
  type SearchResult,
} from '../search/search.js';

// Each collection is read from its own part of the compiled data, and what is derived from one is
// marked pure, so that a bundler drops the data a consumer does not use (see scripts/build.ts).
/** The whole dataset: metadata and every collection. */
export const dataset: Dataset = data.dataset as Dataset;
/** Name, version, licences and sources of the dataset. */
export const meta: Meta = data.meta as Meta;
export const sources: readonly Source[] = data.sources as Source[];
/** The sources of kind `essay`: the analysis the dataset reads. */
export const essays: readonly EssaySource[] = /* @__PURE__ */ sources.filter(
  (s): s is EssaySource => s.kind === 'essay',
);
/** The sources of kind `report`: the published reports the chronology cites. */
export const reports: readonly ReportSource[] = /* @__PURE__ */ sources.filter(
  (s): s is ReportSource => s.kind === 'report',
);
export const actors: readonly Actor[] = data.actors as Actor[];
export const relationships: readonly Relationship[] = data.relationships as Relationship[];
export const themes: readonly Theme[] = data.themes as Theme[];
export const initiatives: readonly Initiative[] = data.initiatives as Initiative[];
export const topics: readonly Topic[] = data.topics as Topic[];
export const events: readonly Event[] = data.events as Event[];
/** The year's chronology: events of 2024 cited to published reports, a layer apart from the essay's reading. */
export const chronology: readonly ChronologyEvent[] = data.chronology as ChronologyEvent[];
export const prospects: readonly Prospect[] = data.prospects as Prospect[];
/** What the figures layer measures: unit, currency, period convention and statistical source of each indicator. */
export const indicators: readonly Indicator[] = data.indicators as Indicator[];
/** The year in figures: official figures for each partner and period, each cited to reports quoting the number. */
export const figures: readonly Figure[] = data.figures as Figure[];

// Built on first use (or loaded from the prebuilt index), so that importing the package stays as cheap as reading its data.
let lookup: Lookup | undefined;
let index: SearchIndex | undefined;
const lookups = (): Lookup => {
  lookup ??= new Lookup(dataset);
  return lookup;
};

/**
 * A lookup over only the collections one getter reads, built on its first call. Each getter has its
 * own, marked pure, so that a bundle of one getter carries those collections' data and no other.
 */
function lookupOver(parts: { readonly [C in CollectionName]?: readonly RecordOf<C>[] }): () => Lookup {
  let over: Lookup | undefined;
  return () => {
    over ??= new Lookup(parts as unknown as Dataset);
    return over;
  };
}
const sourceLookup = /* @__PURE__ */ lookupOver({ sources });
const actorLookup = /* @__PURE__ */ lookupOver({ actors });
// A relationship is found by a partner too, so its lookup reads the actors as well.
const relationshipLookup = /* @__PURE__ */ lookupOver({ relationships, actors });
const themeLookup = /* @__PURE__ */ lookupOver({ themes });
const initiativeLookup = /* @__PURE__ */ lookupOver({ initiatives });
const topicLookup = /* @__PURE__ */ lookupOver({ topics });
const eventLookup = /* @__PURE__ */ lookupOver({ events });
const chronologyLookup = /* @__PURE__ */ lookupOver({ chronology });
const prospectLookup = /* @__PURE__ */ lookupOver({ prospects });
const indicatorLookup = /* @__PURE__ */ lookupOver({ indicators });
const figureLookup = /* @__PURE__ */ lookupOver({ figures });

/** A source by id or title. */
export const getSource = (ref: string): Source | undefined => sourceLookup().get('sources', ref);
/** An actor by id, ISO 3166-1 code, name, short name or alias, case-insensitive ("KSA", "U.S."). */
export const getActor = (ref: string): Actor | undefined => actorLookup().get('actors', ref);
/** A relationship by id, title, or any reference to a partner or a member of a partner group ("cn", "Saudi"). */
export const getRelationship = (ref: string): Relationship | undefined =>
  relationshipLookup().get('relationships', ref);
/** A theme by id or title. */
export const getTheme = (ref: string): Theme | undefined => themeLookup().get('themes', ref);
/** An initiative by id, name, short name or alias ("CPEC"). */
export const getInitiative = (ref: string): Initiative | undefined =>
  initiativeLookup().get('initiatives', ref);
/** A topic by id, name or alias. */
export const getTopic = (ref: string): Topic | undefined => topicLookup().get('topics', ref);
/** An event of the essay's historical context by id or title. */
export const getEvent = (ref: string): Event | undefined => eventLookup().get('events', ref);
/** An event of the year's chronology by id or title. */
export const getChronologyEvent = (ref: string): ChronologyEvent | undefined =>
  chronologyLookup().get('chronology', ref);
/** A prospect by id or title. */
export const getProspect = (ref: string): Prospect | undefined => prospectLookup().get('prospects', ref);

/**
 * The events of the year's chronology that pass every filter given, in date order: by relationship,
 * actor, topic or initiative (any reference their lookups resolve), kind, month (`YYYY-MM`) or
 * period (`from`/`to`). A filter naming nothing known matches no event.
 *
 * @example chronologyOf({ relationship: 'cn', month: '2024-10' })
 */
export function chronologyOf(filter: ChronologyFilter = {}): readonly ChronologyEvent[] {
  return selectChronology(dataset, lookups(), filter);
}

/** The published reports an event of the chronology cites, in the order it cites them. */
export function reportsOf(event: Pick<ChronologyEvent, 'provenance'>): readonly ReportSource[] {
  return reportsCitedBy(dataset, event);
}

/** An indicator by id, name or short name ("exports-sbp", "Exports"). */
export const getIndicator = (ref: string): Indicator | undefined => indicatorLookup().get('indicators', ref);
/** A figure by id or title. */
export const getFigure = (ref: string): Figure | undefined => figureLookup().get('figures', ref);

/**
 * The figures that pass every filter given, in the dataset's order: by partner (a group matches its
 * members), indicator, and a period they lie within (`FY2023-24`, `2024`, `2024-06`, `{ from, to }`);
 * `shown: true` leaves out figures a disagreement sets aside. A filter naming nothing known matches none.
 *
 * @example figuresOf({ partner: 'cn', indicator: 'exports', period: 'FY2023-24' })
 */
export function figuresOf(filter: FigureFilter = {}): readonly Figure[] {
  return selectFigures(dataset, lookups(), filter);
}

/** The citations of a figure: each report it cites, the words quoted from it, and the report cited in `format`. */
export function citeFigure(
  figure: Pick<Figure, 'provenance'>,
  format: CitationFormat = 'apa',
): readonly FigureCitation[] {
  return figureCitations(dataset, figure, format);
}

/** Resolves a reference in any (or one) collection; `collection/id` is accepted too. */
export function findRecord(ref: string, collection?: CollectionName): Found | undefined {
  return lookups().find(ref, collection);
}

/** The nearest ids and names to an unknown reference, for "did you mean …". */
export function suggest(ref: string, options?: { collection?: CollectionName; limit?: number }) {
  return lookups().suggest(ref, options);
}

/**
 * Ranked search across the dataset: every word must match (else the best partial matches,
 * marked `partial`), names and dates read as such, narrowing by collection, layer, partner and
 * dates. The first search indexes every record, unless `loadSearchIndex` was given the prebuilt
 * index. Throws `SearchOptionError` for an option that names nothing.
 */
export function search(query: string, options?: SearchOptions): SearchResult[] {
  index ??= new SearchIndex(dataset);
  return index.search(query, options);
}

/** "Did you mean": other queries that find something where `query` finds nothing or only partial matches. */
export function searchSuggestions(query: string, options?: SearchOptions): string[] {
  index ??= new SearchIndex(dataset);
  return index.suggest(query, options);
}

/**
 * Makes `search` use the index prebuilt at build time (`searchIndexJson` of
 * `@policy/pakistan-2024/search-index`) rather than indexing every record on its first call; the
 * index is kept out of this entry point so that importing the data stays cheap.
 *
 * @example import { searchIndexJson } from '@policy/pakistan-2024/search-index'; loadSearchIndex(searchIndexJson);
 */
export function loadSearchIndex(serialized: string): void {
  index = new SearchIndex(dataset, serialized);
}

/** The records that link to the given one (e.g. the relationships that list a topic). */
export function referencesTo(collection: CollectionName, id: string): readonly Link[] {
  return linksTo(dataset, { collection, id });
}

/** A record of a collection by exact id. */
export function byId<C extends CollectionName>(collection: C, id: string): RecordOf<C> | undefined {
  return (dataset[collection] as readonly RecordOf<C>[]).find((r) => r.id === id);
}

import type { CollectionName } from '@policy/pakistan-2024';

/** Collections that have a page per record; the others live as anchors on a shared page. */
export const pagedCollections = ['relationships', 'themes', 'actors', 'initiatives', 'topics'] as const;
export type PagedCollection = (typeof pagedCollections)[number];

const anchored: Record<Exclude<CollectionName, PagedCollection>, string> = {
  events: '/timeline',
  prospects: '/prospects',
  sources: '/about',
};

/** The site path of a record: its own page, or an anchor on the page that lists its collection. */
export function hrefFor(collection: CollectionName, id: string): string {
  return (pagedCollections as readonly string[]).includes(collection)
    ? `/${collection}/${id}`
    : `${anchored[collection as keyof typeof anchored]}#${id}`;
}

/** Reading names of the collections, singular and plural. */
export const collectionLabels: Record<CollectionName, { one: string; many: string }> = {
  sources: { one: 'Source', many: 'Sources' },
  actors: { one: 'Actor', many: 'Actors' },
  relationships: { one: 'Relationship', many: 'Relationships' },
  themes: { one: 'Theme', many: 'Themes' },
  initiatives: { one: 'Initiative', many: 'Initiatives' },
  topics: { one: 'Topic', many: 'Topics' },
  events: { one: 'Event', many: 'Events' },
  prospects: { one: 'Prospect', many: 'Prospects' },
};

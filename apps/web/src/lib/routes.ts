import { type CollectionName, collectionEntry, listTitle } from '@policy/pakistan-2024';

/** Where a collection's records are listed when not on a page named for its list (`/timeline`, `/prospects`). */
// The chronology is shown on /timeline beside the essay's historical context, as issue 12 asks.
const listedOn: Partial<Record<CollectionName, string>> = { sources: '/about', chronology: '/timeline' };

/** The site path of the page that lists a collection: `/relationships`, `/timeline`; the sources are on `/about`. */
export function listPath(collection: CollectionName): string {
  return (
    listedOn[collection] ??
    `/${listTitle(collection)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')}`
  );
}

/** The site path of a record: its own page, or an anchor on the page that lists its collection. */
export function hrefFor(collection: CollectionName, id: string): string {
  return collectionEntry(collection).ownPages ? `/${collection}/${id}` : `${listPath(collection)}#${id}`;
}

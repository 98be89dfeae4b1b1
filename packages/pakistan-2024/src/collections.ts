/** The collections of the dataset, in the order they are documented, built and written out. */
export const collectionNames = [
  'sources',
  'actors',
  'relationships',
  'themes',
  'initiatives',
  'topics',
  'events',
  'prospects',
] as const;

/** The name of one collection of the dataset. */
export type CollectionName = (typeof collectionNames)[number];

/** True when `name` is the name of a collection. */
export function isCollectionName(name: string): name is CollectionName {
  return (collectionNames as readonly string[]).includes(name);
}

import { z } from 'zod';
import { type CollectionName, collectionNames } from '../registry/collections.js';
import { Actor } from './actor.js';
import { ChronologyEvent } from './chronology.js';
import { Event } from './event.js';
import { Figure, Indicator } from './figure.js';
import { Initiative } from './initiative.js';
import { Meta } from './meta.js';
import { Prospect } from './prospect.js';
import { Relationship } from './relationship.js';
import { Source } from './source.js';
import { Theme } from './theme.js';
import { Topic } from './topic.js';

// A collection's schema file is wired in here, and only here: exported, and mapped to its name.
export * from './actor.js';
export * from './chronology.js';
export * from './event.js';
export * from './figure.js';
export * from './initiative.js';
export * from './prospect.js';
export * from './relationship.js';
export * from './source.js';
export * from './theme.js';
export * from './topic.js';

/** The schema of a record of each collection; the compiler holds its keys to the registry's names. */
export const collectionSchemas = {
  sources: Source,
  actors: Actor,
  relationships: Relationship,
  themes: Theme,
  initiatives: Initiative,
  topics: Topic,
  events: Event,
  chronology: ChronologyEvent,
  indicators: Indicator,
  figures: Figure,
  prospects: Prospect,
} as const satisfies { readonly [C in CollectionName]: z.ZodType };

type Collections = { [C in CollectionName]: z.ZodArray<(typeof collectionSchemas)[C]> };

/** The whole dataset: its metadata, then its collections in registry order. */
export const Dataset = z
  .strictObject({
    meta: Meta,
    ...(Object.fromEntries(
      collectionNames.map((name) => [name, z.array(collectionSchemas[name])]),
    ) as Collections),
  })
  .describe("Pakistan's foreign policy in 2024.");
export type Dataset = z.infer<typeof Dataset>;

import { z } from 'zod';
import { Actor } from './actor.js';
import { Event } from './event.js';
import { Initiative } from './initiative.js';
import { Meta } from './meta.js';
import { Prospect } from './prospect.js';
import { Relationship } from './relationship.js';
import { Source } from './source.js';
import { Theme } from './theme.js';
import { Topic } from './topic.js';

/** Every collection of the dataset, in the order they are documented and written out. */
export const collectionSchemas = {
  sources: Source,
  actors: Actor,
  relationships: Relationship,
  themes: Theme,
  initiatives: Initiative,
  topics: Topic,
  events: Event,
  prospects: Prospect,
} as const;

/** The whole dataset: its metadata and its collections. */
export const Dataset = z
  .strictObject({
    meta: Meta,
    sources: z.array(Source),
    actors: z.array(Actor),
    relationships: z.array(Relationship),
    themes: z.array(Theme),
    initiatives: z.array(Initiative),
    topics: z.array(Topic),
    events: z.array(Event),
    prospects: z.array(Prospect),
  })
  .describe("Pakistan's foreign policy in 2024.");
export type Dataset = z.infer<typeof Dataset>;

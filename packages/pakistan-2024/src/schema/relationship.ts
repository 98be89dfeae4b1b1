import { z } from 'zod';
import { dimensionKinds, stances, trajectories, valuesOf } from '../registry/vocabulary.js';
import { Claim, Id, IdList, Prose, Provenance } from './common.js';

export const StanceValue = z.enum(valuesOf(stances));
export type StanceValue = z.infer<typeof StanceValue>;
export const TrajectoryValue = z.enum(valuesOf(trajectories));
export type TrajectoryValue = z.infer<typeof TrajectoryValue>;
export const DimensionKind = z.enum(valuesOf(dimensionKinds));
export type DimensionKind = z.infer<typeof DimensionKind>;

/** An editors' coding of one essay (stance or trajectory), always with its reasons and citations. */
const coding = <T extends z.ZodType>(value: T) =>
  z.strictObject({
    value,
    rationale: Prose.describe('Why the editors coded it so, in terms of the scale in docs/methodology.md.'),
    provenance: Provenance,
  });

export const Stance = coding(StanceValue).describe(
  "Our coding of the essay's picture of the relationship on the five-step cooperation–conflict scale.",
);
export type Stance = z.infer<typeof Stance>;
export const Trajectory = coding(TrajectoryValue).describe(
  'Our coding of the direction the essay sees the relationship taking in 2024.',
);
export type Trajectory = z.infer<typeof Trajectory>;

/** One area of a relationship (security, energy …) as the source describes it. */
export const Dimension = z
  .strictObject({
    kind: DimensionKind,
    title: z.string().min(1),
    summary: Prose,
    points: z.array(Claim).min(1, 'a dimension has at least one point'),
    provenance: Provenance,
  })
  .describe('One area of a relationship.');
export type Dimension = z.infer<typeof Dimension>;

/** Pakistan's relationship with one partner or a named group of partners. */
export const Relationship = z
  .strictObject({
    id: Id,
    title: z.string().min(1).describe('e.g. "Pakistan–China".'),
    partners: IdList.min(1).describe('The actor ids on the other side of the relationship.'),
    label: z.string().min(1).describe('How the source characterises the relationship, in a few words.'),
    summary: Prose,
    stance: Stance,
    trajectory: Trajectory,
    dimensions: z.array(Dimension).min(1),
    challenges: z.array(Claim),
    opportunities: z.array(Claim),
    initiatives: IdList,
    topics: IdList,
    actors: IdList.describe('Other actors the source involves in this relationship (not the partners).'),
    provenance: Provenance,
  })
  .describe('A bilateral (or Pakistan-and-group) relationship.');
export type Relationship = z.infer<typeof Relationship>;

/**
 * The skeletons `pnpm new:record` writes: one per collection, valid against the schema as written,
 * with a comment on every field and "FILL IN" wherever the contributor's words or citations go
 * (`pnpm check` and `pnpm check:release` refuse any "FILL IN" left behind).
 */
import {
  actorKinds,
  datePrecisions,
  dimensionKinds,
  eventKinds,
  initiativeKinds,
  stances,
  trajectories,
} from '../src/registry/vocabulary.js';
import { PLACEHOLDER } from './paths.js';

/** What a template needs to know. */
export interface TemplateInput {
  readonly id: string;
  /** The source cited by default (the dataset's first essay). */
  readonly source: string;
  /** The report an event of the chronology cites by default (the dataset's first report). */
  readonly report?: string;
  /** For a relationship: the partner actor's id and name. */
  readonly partner?: { readonly id: string; readonly name: string };
}

const values = (terms: readonly { value: string }[]) => terms.map((t) => t.value).join(', ');
const F = PLACEHOLDER;

const citation = (source: string, indent: string) =>
  [
    `${indent}- source: ${source}`,
    `${indent}  # The heading path in the source, in its own words; [] for the opening paragraphs.`,
    `${indent}  section: ["${F}: heading", "${F}: subheading"]`,
    `${indent}  # 1-based paragraph under the deepest heading above.`,
    `${indent}  paragraph: 1`,
    `${indent}  # Optional: at most 12 words copied word for word from that paragraph; delete if unused.`,
    `${indent}  quote: "${F}: key phrase"`,
  ].join('\n');

const claim = (source: string, indent: string) =>
  [
    `${indent}- text: "${F}: one statement, in your own words (never a sentence of the source)."`,
    `${indent}  provenance:`,
    citation(source, `${indent}    `),
  ].join('\n');

type Template = (x: TemplateInput) => string;

/** One skeleton per collection a contributor may add to (sources are added by the maintainers). */
export const templates: Readonly<Record<string, Template>> = {
  actors: ({ id, source }) => `id: ${id}
name: "${F}: full name"
# One of: ${values(actorKinds)}.
# A state also needs iso2, iso3, isoNumeric and references (where the codes come from);
# a group needs members (actor ids). See docs/methodology.md.
kind: organisation
# Other names and abbreviations that should find this actor, e.g. [UN, U.N.].
aliases: []
description: "${F}: one line on who the actor is in this dataset."
provenance:
${citation(source, '  ')}
`,
  relationships: ({ id, source, partner }) => `id: ${id}
title: Pakistan–${partner?.name ?? `${F}: partner`}
# Actor ids on the other side (sorted).
partners: [${partner?.id ?? ''}]
label: "${F}: how the source characterises the relationship, in a few words"
summary: "${F}: two or three sentences in your own words."
stance:
  # One of: ${values(stances)} (the five-step scale in docs/methodology.md).
  value: mixed
  rationale: "${F}: why this step of the scale, in terms of the scale's definitions."
  provenance:
${citation(source, '    ')}
trajectory:
  # One of: ${values(trajectories)}.
  value: stable
  rationale: "${F}: why this direction."
  provenance:
${citation(source, '    ')}
# In the order the source discusses them; one per kind.
dimensions:
  - # One of: ${values(dimensionKinds)}.
    kind: diplomatic
    title: "${F}: title of this area"
    summary: "${F}: what the source says about this area, in your own words."
    points:
${claim(source, '      ')}
    provenance:
${citation(source, '      ')}
# Claims, in the source's order; leave [] if the source names none.
challenges: []
opportunities: []
# Ids of initiatives, topics and other actors involved (sorted).
initiatives: []
topics: []
actors: []
provenance:
${citation(source, '  ')}
`,
  themes: ({ id, source }) => `id: ${id}
title: "${F}: title"
summary: "${F}: the line of policy, in your own words."
points:
${claim(source, '  ')}
# Ids (sorted) of the relationships, actors and topics the theme concerns.
relationships: []
actors: []
topics: []
provenance:
${citation(source, '  ')}
`,
  initiatives: ({ id, source }) => `id: ${id}
name: "${F}: name"
aliases: []
# One of: ${values(initiativeKinds)}.
kind: ${initiativeKinds[0].value}
description: "${F}: one or two sentences in your own words."
# Optional: the id of the initiative this one belongs to, e.g. parent: belt-and-road-initiative
# Ids (sorted) of the actors taking part and the topics involved.
parties: []
topics: []
provenance:
${citation(source, '  ')}
`,
  topics: ({ id, source }) => `id: ${id}
name: "${F}: name"
aliases: []
description: "${F}: one or two sentences in your own words."
provenance:
${citation(source, '  ')}
`,
  events: ({ id, source }) => `id: ${id}
title: "${F}: title"
# YYYY, YYYY-MM or YYYY-MM-DD, as precise as precision says (one of: ${values(datePrecisions)}).
date: "2024"
precision: year
# "source" when the source prints the date; otherwise "reference" and add a dateReference
# (title, url) for the public reference the date comes from.
dateSource: source
summary: "${F}: what happened and why the source mentions it, in your own words."
actors: []
relationships: []
provenance:
${citation(source, '  ')}
`,
  chronology: ({ id, report }) => `id: ${id}
title: "${F}: title"
# The day it happened, YYYY-MM-DD, in the dataset's year. For a visit, summit or exercise of several
# days add end: "YYYY-MM-DD", its last day.
date: "2024-01-01"
# One of: ${values(eventKinds)}.
kind: ${eventKinds[0].value}
summary: "${F}: what happened and what each side said it did, in your own words; give figures with who gave them."
# Ids (sorted): the actors besides Pakistan, and the relationships, topics and initiatives it bears on.
actors: []
relationships: []
topics: []
initiatives: []
# The dimension kinds it concerns, in vocabulary order: ${values(dimensionKinds)}.
dimensions: [diplomatic]
# Optional: how the date is established where a report gives only a weekday, or reports differ.
# dateNote: "${F}"
# One or more reports (add each to data/sources first, kind: report; see docs/methodology.md).
provenance:
  - source: ${report ?? `"${F}: report id"`}
    # At most 12 words copied word for word from the report, as read on the day accessed.
    quote: "${F}: key phrase"
`,
  prospects: ({ id, source }) => `id: ${id}
title: "${F}: title"
summary: "${F}: the prospect, in your own words."
points:
${claim(source, '  ')}
# Ids (sorted) of what the prospect bears on.
relationships: []
themes: []
topics: []
provenance:
${citation(source, '  ')}
`,
};

/** The one walk that finds citations: under any `provenance` key of a record, or of the whole dataset. */

import { type CollectionName, collectionNames } from '../registry/collections.js';
import type { DataPath } from '../rules/issue.js';
import type { AnyCitation, Dataset } from '../schema/index.js';
import { isReportCitation } from './citation-kind.js';

/** A citation together with where it sits in the dataset (or in the value walked). */
export interface LocatedCitation {
  readonly path: DataPath;
  readonly citation: AnyCitation;
}

/** Every citation inside `value`, found under any `provenance` key, in document order. */
export function citationsIn(value: unknown, path: DataPath = []): LocatedCitation[] {
  const out: LocatedCitation[] = [];
  const walk = (v: unknown, at: DataPath): void => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        walk(item, [...at, i]);
      });
    } else if (v && typeof v === 'object')
      for (const [key, child] of Object.entries(v)) {
        if (key === 'provenance' && Array.isArray(child))
          child.forEach((citation: AnyCitation, i) => {
            out.push({ path: [...at, key, i], citation });
          });
        else walk(child, [...at, key]);
      }
  };
  walk(value, path);
  return out;
}

/** Every citation of the dataset's records, collection by collection, in document order. */
export function allCitations(data: Pick<Dataset, CollectionName>): LocatedCitation[] {
  return collectionNames.flatMap((name) => data[name].flatMap((record, i) => citationsIn(record, [name, i])));
}

/** The paragraphs of the essay that a record cites, grouped by heading path in order of first use. */
export interface CitedPassage {
  readonly source: string;
  readonly section: readonly string[];
  readonly paragraphs: readonly number[];
}

/** Every passage of an essay a record (or any part of one) cites; citations of reports are not passages. */
export function citedPassages(record: unknown): CitedPassage[] {
  const groups = new Map<string, { source: string; section: readonly string[]; paragraphs: Set<number> }>();
  for (const { citation: c } of citationsIn(record)) {
    if (isReportCitation(c)) continue;
    const key = JSON.stringify([c.source, c.section]);
    const group = groups.get(key) ?? { source: c.source, section: c.section, paragraphs: new Set() };
    group.paragraphs.add(c.paragraph);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({
    source: g.source,
    section: g.section,
    paragraphs: [...g.paragraphs].sort((a, b) => a - b),
  }));
}

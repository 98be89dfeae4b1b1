import { collectionNames } from './collections.js';
import type { DataPath } from './issue.js';
import type { Citation, Dataset } from './schema/index.js';

/** A citation together with where it sits in the dataset. */
export interface LocatedCitation {
  readonly path: DataPath;
  readonly citation: Citation;
}

/** Every citation of the dataset, found under any `provenance` key, in document order. */
export function allCitations(data: Pick<Dataset, (typeof collectionNames)[number]>): LocatedCitation[] {
  const out: LocatedCitation[] = [];
  const walk = (value: unknown, path: DataPath): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        walk(v, [...path, i]);
      });
    } else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) {
        if (key === 'provenance' && Array.isArray(v))
          v.forEach((citation: Citation, i) => {
            out.push({ path: [...path, key, i], citation });
          });
        else walk(v, [...path, key]);
      }
  };
  for (const name of collectionNames)
    data[name].forEach((record, i) => {
      walk(record, [name, i]);
    });
  return out;
}

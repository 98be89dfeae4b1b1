/**
 * The dataset's CITATION.cff (Citation File Format 1.2.0), which GitHub, Zenodo and reference
 * managers read: written from the same metadata as `citeDataset`, so that the two never disagree.
 */

import type { Meta } from '../schema/index.js';
import {
  type CitableMeta,
  type CitableSource,
  DATASET_AUTHOR,
  datasetLocation,
  npmPageUrl,
  splitName,
} from './bibliography.js';

/** The dataset fields the file needs (a `Meta` has them all). */
export type CffMeta = CitableMeta & Pick<Meta, 'description' | 'license'>;

// Every value is written as a JSON string, which is also a YAML double-quoted scalar: no value can
// be read back as a date, a number or a boolean by any YAML loader.
const q = (value: string): string => JSON.stringify(value);

/** The text of a CITATION.cff for the dataset, naming the sources it is drawn from as references. */
export function citationCff(meta: CffMeta, sources: readonly CitableSource[]): string {
  const { url } = datasetLocation(meta);
  const lines = [
    'cff-version: 1.2.0',
    `message: ${q('If you use this dataset, please cite it as below, and cite the essay it is drawn from (listed under references).')}`,
    'type: dataset',
    `title: ${q(meta.title)}`,
    `version: ${q(meta.version)}`,
    ...(meta.released ? [`date-released: ${q(meta.released)}`] : []),
    'authors:',
    `  - name: ${q(DATASET_AUTHOR)}`,
    `abstract: ${q(meta.description)}`,
    `license: ${q(meta.license.data)}`,
    `url: ${q(url)}`,
    `repository-artifact: ${q(npmPageUrl(meta.name))}`,
    'keywords:',
    ...['Pakistan', 'foreign policy', 'international relations', 'open data'].map((k) => `  - ${q(k)}`),
  ];
  if (sources.length) {
    lines.push('references:');
    for (const s of sources) {
      const { family, given } = splitName(s.author);
      lines.push(
        '  - type: article',
        `    title: ${q(s.title)}`,
        '    authors:',
        `      - family-names: ${q(family)}`,
        `        given-names: ${q(given)}`,
        ...(s.affiliation ? [`        affiliation: ${q(s.affiliation)}`] : []),
        '    publisher:',
        `      name: ${q(s.publisher)}`,
        `    year: ${s.year}`,
        `    url: ${q(s.url)}`,
        ...(s.language ? ['    languages:', `      - ${q(s.language)}`] : []),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

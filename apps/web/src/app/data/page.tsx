import { type CitationFormat, citeDataset, citeSource, essays, meta } from '@policy/pakistan-2024';
import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { JsonLd } from '@/components/JsonLd';
import { CodeBlock, ScrollRegion } from '@/components/ScrollRegion';
import { citableMeta } from '@/lib/dataset-citation';
import { downloadsPath, formatBytes } from '@/lib/downloads';
import { datasetJsonLd } from '@/lib/jsonld';
import { pageMetadata } from '@/lib/metadata';
import { packageFiles } from '@/lib/package-files';
import { absoluteUrl, sitePath } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Data and downloads',
  description: `Download ${meta.name} ${meta.version} as JSON, CSV, JSON Schema and a Data Package; cite it and the essay; use it from npm.`,
  path: '/data',
});

const usage = {
  esm: `import { getRelationship, search } from '${meta.name}';

const china = getRelationship('China');
console.log(china?.stance.value, china?.dimensions.length);
console.log(search('CPEC').map((r) => r.title));`,
  cjs: `const { relationships, getActor } = require('${meta.name}');

for (const r of relationships) console.log(r.title, r.stance.value);
console.log(getActor('KSA')?.name);`,
  ts: `import { relationships, type Relationship } from '${meta.name}';
import { validate } from '${meta.name}/schema';
import data from '${meta.name}/data.json' with { type: 'json' };

const close: Relationship[] = relationships.filter((r) => r.stance.value === 'close-cooperation');
console.log(close.length, validate(data).success);`,
};

/** One citation of the dataset and one of each source, in one format. */
function citationsIn(format: CitationFormat): string {
  const entries = [citeDataset(citableMeta, format), ...essays.map((s) => citeSource(s, format))];
  if (format === 'csl-json')
    return JSON.stringify(
      entries.flatMap((e) => JSON.parse(e) as unknown[]),
      null,
      2,
    );
  return entries.join('\n\n');
}

const citeFormats: { format: CitationFormat; title: string }[] = [
  { format: 'apa', title: 'APA' },
  { format: 'mla', title: 'MLA' },
  { format: 'chicago', title: 'Chicago' },
  { format: 'bibtex', title: 'BibTeX' },
  { format: 'csl-json', title: 'CSL-JSON' },
];

export default function DataPage() {
  const { downloads } = packageFiles;
  const json = downloads.filter((d) => d.format === 'json');
  const csv = downloads.filter((d) => d.format === 'csv');
  const row = (d: (typeof downloads)[number]) => (
    <tr key={d.file}>
      <td>
        <a href={sitePath(`${downloadsPath}/${d.file}`)} download>
          {d.file}
        </a>
      </td>
      <td>{d.title}</td>
      <td>{formatBytes(d.bytes)}</td>
    </tr>
  );
  return (
    <>
      <JsonLd
        data={datasetJsonLd({
          meta,
          sources: essays,
          downloads,
          pageUrl: absoluteUrl('/data'),
          credit: citeDataset(citableMeta, 'apa'),
          absolute: absoluteUrl,
        })}
      />
      <Breadcrumbs trail={[{ label: 'Data' }]} />
      <h1>Data and downloads</h1>
      <p className="lede">
        <strong>
          {meta.name} {meta.version}
        </strong>
        : every record as JSON and CSV, with its JSON Schema and a Frictionless Data Package descriptor. Data
        under {meta.license.data}; file names carry the version. What changed in each release:{' '}
        <a href={sitePath('/changelog')}>the changelog</a>.
      </p>

      <section aria-labelledby="downloads">
        <h2 id="downloads">Downloads</h2>
        {[
          { id: 'json-files', title: 'JSON', list: json },
          { id: 'csv-files', title: 'CSV tables (RFC 4180, UTF-8)', list: csv },
        ].map((group) => (
          <ScrollRegion key={group.id} labelledBy={group.id}>
            <table>
              <caption id={group.id}>{group.title}</caption>
              <thead>
                <tr>
                  <th scope="col">File</th>
                  <th scope="col">Contents</th>
                  <th scope="col">Size</th>
                </tr>
              </thead>
              <tbody>{group.list.map(row)}</tbody>
            </table>
          </ScrollRegion>
        ))}
        <p className="muted">
          The descriptor’s resource paths point at these versioned file names, so it stays valid when the
          files are saved side by side.
        </p>
      </section>

      <section aria-labelledby="cite" className="cite-this">
        <h2 id="cite">How to cite</h2>
        <p>
          Please cite both the dataset and the essay it is drawn from: the analysis is the essay’s author’s;
          the structure, wording and coding are the dataset’s.
        </p>
        {citeFormats.map(({ format, title }, i) => (
          <details key={format} className="copy-block" open={i === 0}>
            <summary id={`cite-${format}-title`}>{title}</summary>
            <CodeBlock id={`cite-${format}`} label={`${title} citations`} wrap={i < 3}>
              {citationsIn(format)}
            </CodeBlock>
            <p className="copy-row">
              <button type="button" data-copy={`cite-${format}`} data-pending="">
                Copy {title} citations
              </button>{' '}
              <span id={`cite-${format}-status`} role="status" className="muted" />
            </p>
          </details>
        ))}
      </section>

      <section aria-labelledby="npm">
        <h2 id="npm">Use it from npm</h2>
        <CodeBlock label="Install command">npm install {meta.name}</CodeBlock>
        <h3 id="esm">ES modules</h3>
        <CodeBlock label="ES modules example">{usage.esm}</CodeBlock>
        <h3 id="cjs">CommonJS</h3>
        <CodeBlock label="CommonJS example">{usage.cjs}</CodeBlock>
        <h3 id="ts">TypeScript</h3>
        <CodeBlock label="TypeScript example">{usage.ts}</CodeBlock>
      </section>

      <script type="module" src={sitePath(packageFiles.scripts.copy)} />
    </>
  );
}

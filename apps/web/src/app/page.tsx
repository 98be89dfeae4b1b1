import { citeDataset, essays, meta, prospects, relationships, themes } from '@policy/pakistan-2024';
import type { Metadata } from 'next';
import { JsonLd } from '@/components/JsonLd';
import { PartnerList } from '@/components/PartnerList';
import { PartnerMap } from '@/components/PartnerMap';
import { CodingNote, StanceBadge, StanceLegend, trajectoryLabel } from '@/components/Stance';
import { YearInBrief } from '@/components/YearInBrief';
import { citableMeta } from '@/lib/dataset-citation';
import { downloadsPath } from '@/lib/downloads';
import { datasetJsonLd } from '@/lib/jsonld';
import { clip, pageMetadata } from '@/lib/metadata';
import { packageFiles } from '@/lib/package-files';
import { absoluteUrl, siteName, sitePath } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: siteName,
  description: clip(meta.description),
  path: '/',
});

const numbers = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** A count in words up to ten, as prose writes it; figures above. */
const inWords = (n: number) => numbers[n] ?? String(n);

export default function Home() {
  const data = packageFiles.downloads.find((d) => d.packagePath === 'data.json');
  return (
    <>
      <JsonLd
        data={datasetJsonLd({
          meta,
          sources: essays,
          downloads: packageFiles.downloads,
          pageUrl: absoluteUrl('/data'),
          credit: citeDataset(citableMeta, 'apa'),
          absolute: absoluteUrl,
        })}
      />
      <h1>{meta.title}</h1>
      {/* Three lines at most on a phone, so that the partners show on the first screen; the
          dataset's full description follows further down. */}
      <p className="lede home-lede">
        How Pakistan stood with {inWords(relationships.length)} partners, as one essay reads them. Each stance
        is our coding; each statement is cited.
      </p>

      <section aria-labelledby="partners">
        <h2 id="partners" className="glance-heading">
          Partners at a glance
        </h2>
        <figure className="glance">
          <div className="glance-grid">
            <PartnerMap relationships={relationships} />
            <PartnerList relationships={relationships} />
          </div>
          <figcaption className="muted">
            Each partner is coloured and patterned by the stance we coded, and links to its page; a partner
            beyond the map’s frame has an inset in a corner. Pakistan is the plain shape. Shapes: Natural
            Earth via world-atlas (public domain).
          </figcaption>
        </figure>
        <div className="coding">
          <StanceLegend />
          <CodingNote />
        </div>
      </section>

      <YearInBrief />

      <section aria-labelledby="origin">
        <h2 id="origin">About the dataset</h2>
        <p>{meta.description}</p>
        {essays.map((s) => (
          <p key={s.id}>
            Drawn from <a href={s.url}>{s.title}</a> by {s.author} ({s.affiliation}, {s.year}).{' '}
            <a href={sitePath('/about')}>About the source</a> ·{' '}
            <a href={sitePath('/methodology')}>Methodology</a>
          </p>
        ))}
        <p>
          Version <strong>{meta.version}</strong> ·{' '}
          {data ? (
            <a href={sitePath(`${downloadsPath}/${data.file}`)} download>
              Download data.json
            </a>
          ) : null}{' '}
          · <a href={sitePath('/data')}>All downloads, npm and how to cite</a>
        </p>
      </section>

      <section aria-labelledby="relationships">
        <h2 id="relationships">Relationships</h2>
        <ul className="cards">
          {relationships.map((r) => (
            <li key={r.id} className="card">
              <h3>
                <a href={sitePath(`/relationships/${r.id}`)}>{r.title}</a>
              </h3>
              <p>{r.label}</p>
              <p>
                <StanceBadge value={r.stance.value} /> · {trajectoryLabel(r.trajectory.value)}
              </p>
              <p>{clip(r.summary, 180)}</p>
            </li>
          ))}
        </ul>
      </section>

      {themes.length ? (
        <section aria-labelledby="themes">
          <h2 id="themes">Themes</h2>
          <ul className="cards">
            {themes.map((t) => (
              <li key={t.id} className="card">
                <h3>
                  <a href={sitePath(`/themes/${t.id}`)}>{t.title}</a>
                </h3>
                <p>{clip(t.summary, 180)}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="more">
        <h2 id="more">More ways in</h2>
        <ul className="inline-list">
          <li>
            <a href={sitePath('/timeline')}>
              Timeline: {meta.year} month by month, and the historical context
            </a>
          </li>
          <li>
            <a href={sitePath('/compare')}>Partners compared across dimensions</a>
          </li>
          {prospects.length ? (
            <li>
              <a href={sitePath('/prospects')}>Future prospects</a>
            </li>
          ) : null}
          <li>
            <a href={sitePath('/actors')}>Actors</a>
          </li>
          <li>
            <a href={sitePath('/initiatives')}>Initiatives</a>
          </li>
          <li>
            <a href={sitePath('/topics')}>Topics</a>
          </li>
          <li>
            <a href={sitePath('/search')}>Search</a>
          </li>
        </ul>
      </section>
    </>
  );
}

import { essays, labelOf, meta, publisherTypes, reaches, reports } from '@policy/pakistan-2024';
import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { LayerTag } from '@/components/Layers';
import { RecordLink } from '@/components/Links';
import { citedBy, reportView } from '@/lib/chronology';
import { figurePath, figuresCiting } from '@/lib/figures-view';
import { pageMetadata } from '@/lib/metadata';
import { sitePath } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'About',
  description:
    'The essay this dataset is drawn from, the reports its chronology of the year cites, the licences, and how to contribute.',
  path: '/about',
});

export default function About() {
  return (
    <article>
      <Breadcrumbs trail={[{ label: 'About' }]} />
      <h1>About</h1>
      <p className="lede">
        {meta.title} is an open, versioned dataset: a structured and cited reading of the essay below, in our
        own words, so that anyone can find, check and reuse what it says.
      </p>
      <h2>The essay</h2>
      {essays.map((s) => (
        <section key={s.id} id={s.id} aria-labelledby={`h-${s.id}`}>
          <h3 id={`h-${s.id}`}>{s.title}</h3>
          <dl className="facts">
            <dt>Author</dt>
            <dd>
              {s.author}
              {s.authorRole ? `, ${s.authorRole}` : ''}
            </dd>
            <dt>Institute</dt>
            <dd>{s.affiliation}</dd>
            <dt>Publisher</dt>
            <dd>{s.publisher}</dd>
            <dt>Year</dt>
            <dd>{s.year}</dd>
            <dt>Read it</dt>
            <dd>
              <a className="print-url" href={s.url}>
                {s.title}
              </a>
            </dd>
            <dt>Text fingerprint</dt>
            <dd>
              SHA-256 of the normalised text: <code style={{ wordBreak: 'break-all' }}>{s.sha256}</code>
            </dd>
          </dl>
          <p>
            Every statement on this site links to the section and paragraph of the essay it rests on; where a
            short phrase is quoted, the link jumps to that phrase in browsers that support text fragments. The
            essay’s words and analysis belong to its author and publisher: please cite the essay as well as
            the dataset (<a href={sitePath('/data#cite')}>how to cite</a>).
          </p>
        </section>
      ))}
      <Reports />
      <h2>Licences</h2>
      <ul>
        <li>
          The data ({meta.name}): <strong>{meta.license.data}</strong>, free to share and adapt with credit.
        </li>
        <li>
          The code (package, command-line tool and this site): <strong>{meta.license.code}</strong>.
        </li>
        <li>Map shapes: Natural Earth (public domain), through the world-atlas package.</li>
        <li>The essay itself is not part of the dataset and is not redistributed here.</li>
      </ul>
      <h2>How to contribute</h2>
      <ol>
        <li>
          Read the <a href={sitePath('/methodology')}>methodology</a>: the citation rule, the vocabularies and
          how stance is coded.
        </li>
        <li>
          Edit or add a YAML file under <code>packages/pakistan-2024/data/</code>, in your own words, with a
          citation for every statement.
        </li>
        <li>
          Run <code>pnpm --filter @policy/pakistan-2024 build</code> and <code>test</code>: any mistake is
          reported with its file, line and rule.
        </li>
        <li>
          Describe the change with <code>pnpm changeset</code> (a new record is a minor change) and open a
          pull request
          {meta.repository ? (
            <>
              {' '}
              on <a href={meta.repository}>the repository</a>
            </>
          ) : null}
          .
        </li>
      </ol>
    </article>
  );
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** The published reports the chronology cites, by publisher, each with what the copy read showed and the events citing it. */
function Reports() {
  if (!reports.length) return null;
  const cites = citedBy();
  const figureCites = figuresCiting();
  const sorted = [...reports].sort(
    (a, b) => a.publisher.localeCompare(b.publisher) || (a.published ?? '').localeCompare(b.published ?? ''),
  );
  return (
    <section id="reports" aria-labelledby="reports-heading">
      <h2 id="reports-heading">The reports the chronology and the figures cite</h2>
      <LayerTag layer="chronology">{reports.length} reports</LayerTag>
      <p>
        The chronology of {meta.year} is a second layer, apart from the essay: each event is cited to
        published reports, by a phrase of at most twelve words quoted word for word. Each quote was checked
        against the report as read on the day accessed; unlike the essay’s, it cannot be checked again
        offline. Headlines and dates of publication are given only as the copy read showed them.
      </p>
      <ul className="report-list">
        {sorted.map((r) => {
          const v = reportView(r);
          const lang = r.language === 'en' ? {} : { lang: r.language, dir: 'auto' as const };
          return (
            <li key={r.id} id={r.id}>
              <a className="print-url" href={r.url}>
                {v.publisher}
                {v.headline ? (
                  <>
                    {': '}
                    <span {...lang}>“{v.headline}”</span>
                  </>
                ) : null}
              </a>
              {v.published ? `, ${v.published}` : null}
              {v.via ? ` (${v.via})` : null}
              {v.missing ? ` (${v.missing})` : null}. {labelOf(publisherTypes, r.publisherType)},{' '}
              {labelOf(reaches, r.reach).toLowerCase()} reach
              {r.language === 'en' ? '' : `, in ${languageNames.of(r.language) ?? r.language}`}; read{' '}
              {v.accessed}. Cited by{' '}
              {(cites.get(r.id) ?? []).map((id, i) => (
                <span key={id}>
                  {i > 0 ? '; ' : ''}
                  <RecordLink collection="chronology" id={id} />
                </span>
              ))}
              {(figureCites.get(r.id) ?? []).map((f, i) => (
                <span key={f.id}>
                  {i > 0 || cites.get(r.id)?.length ? '; ' : ''}
                  <a href={sitePath(figurePath(f) ?? '/compare#figures')}>{f.title}</a>
                </span>
              ))}
              .
            </li>
          );
        })}
      </ul>
    </section>
  );
}

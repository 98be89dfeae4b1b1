import {
  chronology,
  eventKinds,
  formatDate,
  keyCriteria,
  labelOf,
  meta,
  reportsOf,
} from '@policy/pakistan-2024';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ChronologyLinks } from '@/components/ChronologyEntry';
import { CiteThis } from '@/components/CiteThis';
import { EventDate } from '@/components/EventDate';
import { JsonLd } from '@/components/JsonLd';
import { LayerTag } from '@/components/Layers';
import { ReportCitations } from '@/components/ReportCitations';
import { keyNumber } from '@/lib/glance-data';
import { chronologyEventJsonLd } from '@/lib/jsonld';
import { type RecordParams, recordRoute } from '@/lib/record-route';
import { hrefFor, listPath } from '@/lib/routes';
import { absoluteUrl, sitePath } from '@/lib/site';

const route = recordRoute('chronology', (e) => ({
  title: `${e.title} (${formatDate(e.date)})`,
  description: e.summary,
  image: `/chronology/${e.id}/opengraph-image`,
}));

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/**
 * One event of the year's chronology on a page of its own: when, what kind, with whom, what
 * happened, every report it rests on, the essay's records it bears on, its neighbours in time, and
 * how to cite it.
 */
export default async function ChronologyEventPage(props: RecordParams) {
  const e = await route.record(props);
  const i = chronology.findIndex((x) => x.id === e.id);
  const previous = chronology[i - 1];
  const next = chronology[i + 1];
  const reports = reportsOf(e);
  const n = keyNumber(e.id);
  const path = hrefFor('chronology', e.id);
  return (
    <article>
      <JsonLd
        data={chronologyEventJsonLd({
          event: e,
          reports,
          pageUrl: absoluteUrl(path),
          dataset: `${absoluteUrl('/data')}#dataset`,
        })}
      />
      <Breadcrumbs trail={[{ href: listPath('chronology'), label: 'Timeline' }, { label: e.title }]} />
      <p className="eyebrow">
        Event of {meta.year} · {labelOf(eventKinds, e.kind)}
        {n ? ' · key event' : ''}
      </p>
      <h1>{e.title}</h1>
      <LayerTag layer="chronology" />
      <dl className="facts event-facts">
        <dt>Date</dt>
        <dd>
          <EventDate date={e.date} end={e.end} />
        </dd>
        <dt>Kind</dt>
        <dd>{labelOf(eventKinds, e.kind)}</dd>
        {e.key ? (
          <>
            <dt>Key event</dt>
            <dd>
              {labelOf(keyCriteria, e.key.criterion)}: {e.key.reason}{' '}
              <a href={sitePath('/methodology#key-events')}>Which events are key</a>
            </dd>
          </>
        ) : null}
      </dl>
      <p className="lede">{e.summary}</p>
      {e.dateNote ? <p className="chrono-note">The date: {e.dateNote}</p> : null}
      <ChronologyLinks event={e} />

      <section aria-labelledby="reports">
        <h2 id="reports">The {reports.length === 1 ? 'report' : `${reports.length} reports`} it rests on</h2>
        <p className="muted">
          Publisher, headline and date as the copy we read shows them; the phrase quoted from each was checked
          word for word. The links open each report at that phrase where the browser can.
        </p>
        <ReportCitations provenance={e.provenance} labelledBy="reports" />
      </section>

      <p className="note">
        Events like this one are reported facts, kept apart from the essay’s reading: they never change the
        stance or trajectory we coded from the essay (
        <a href={sitePath('/methodology#the-years-chronology')}>how the chronology is kept</a>).
      </p>

      <nav aria-label="Previous and next events" className="prev-next">
        <ul>
          {previous ? (
            <li>
              Previous: <EventDate date={previous.date} end={previous.end} />,{' '}
              <a href={sitePath(hrefFor('chronology', previous.id))} rel="prev">
                {previous.title}
              </a>
            </li>
          ) : null}
          {next ? (
            <li>
              Next: <EventDate date={next.date} end={next.end} />,{' '}
              <a href={sitePath(hrefFor('chronology', next.id))} rel="next">
                {next.title}
              </a>
            </li>
          ) : null}
          <li>
            <a href={sitePath(`${listPath('chronology')}#${e.id}`)}>
              This event on the timeline, in {formatDate(e.date.slice(0, 7))}
            </a>
          </li>
        </ul>
      </nav>

      <CiteThis
        record={{ collection: 'chronology', id: e.id, title: e.title }}
        reports={reports}
        what="event"
      />
    </article>
  );
}

import { chronology, datePrecisions, events, formatDate, meta } from '@policy/pakistan-2024';
import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ChartSection } from '@/components/ChartSection';
import { ChronologyEntry } from '@/components/ChronologyEntry';
import { Citations } from '@/components/Citations';
import { EventDate } from '@/components/EventDate';
import { LayerNote, LayerTag } from '@/components/Layers';
import { RecordLinkLine } from '@/components/Links';
import { wholeYear } from '@/lib/chart-views';
import { monthsOf } from '@/lib/chronology';
import { GLANCE_ANCHOR, yearAtAGlance } from '@/lib/glance-data';
import { pageMetadata } from '@/lib/metadata';
import { sitePath } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Timeline',
  description: `${meta.year} month by month, each event cited to published reports, with a chart of the year by partner; beside it, the historical context the essay draws on.`,
  path: '/timeline',
});

export default function Timeline() {
  const layout = yearAtAGlance();
  const months = monthsOf(chronology);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Timeline' }]} />
      <h1>Timeline</h1>
      <p className="lede">
        {meta.year} month by month, from published reports; beside it, the historical context the essay draws
        on.
      </p>
      <LayerNote />
      <nav aria-labelledby="timeline-contents">
        <h2 id="timeline-contents" className="visually-hidden">
          On this page
        </h2>
        <ul className="inline-list">
          <li>
            <a href={`#${GLANCE_ANCHOR}`}>{meta.year} at a glance</a>
          </li>
          <li>
            <a href="#year">{meta.year} month by month</a>
          </li>
          <li>
            <a href="#historical-context">Historical context</a>
          </li>
        </ul>
      </nav>

      <section id={GLANCE_ANCHOR} aria-labelledby="glance-heading" className="glance-section">
        <ChartSection view={wholeYear()} />
      </section>

      <div className="timeline-layers">
        <section id="year" aria-labelledby="year-heading" className="layer-chronology-section">
          <h2 id="year-heading">{meta.year} month by month</h2>
          <LayerTag layer="chronology">
            every event cited to the reports that carry it; quotes checked against each report as read on the
            date accessed (see <a href={sitePath('/about#reports')}>the reports</a>)
          </LayerTag>
          <ul className="inline-list month-nav" aria-label="Months">
            {layout.months.map((tick) => {
              const month = months.find((m) => m.month === tick.month);
              const name = formatDate(tick.month).split(' ')[0];
              return (
                <li key={tick.month}>
                  {month ? (
                    <a href={`#month-${tick.month}`}>{name}</a>
                  ) : (
                    <span className="muted">{name} (none)</span>
                  )}
                </li>
              );
            })}
          </ul>
          {months.map((m) => (
            <section key={m.month} id={`month-${m.month}`} aria-labelledby={`h-month-${m.month}`}>
              <h3 id={`h-month-${m.month}`}>{m.label}</h3>
              <ol className="chronology">
                {m.events.map((e) => (
                  <ChronologyEntry key={e.id} event={e} />
                ))}
              </ol>
            </section>
          ))}
        </section>

        <section id="historical-context" aria-labelledby="context-heading" className="layer-essay-section">
          <h2 id="context-heading">Historical context</h2>
          <LayerTag layer="essay">the dated points it draws on</LayerTag>
          <p className="muted">
            Dates are as precise as we could cite them:{' '}
            {datePrecisions.map((p) => p.label.toLowerCase()).join(', ')}.
          </p>
          {events.length ? (
            <ol className="timeline">
              {events.map((e) => (
                <li key={e.id} id={e.id} className="event">
                  <h3>
                    <span className="event-date">
                      <EventDate date={e.date} end={e.end} />
                    </span>{' '}
                    {e.title}
                  </h3>
                  <p>
                    {e.summary}
                    <Citations provenance={e.provenance} />
                  </p>
                  {e.dateSource === 'reference' && e.dateReference ? (
                    <p className="muted">
                      The essay gives no date; it comes from{' '}
                      <a className="print-url" href={e.dateReference.url}>
                        {e.dateReference.title}
                      </a>
                      .
                    </p>
                  ) : null}
                  {e.relationships.length || e.actors.length ? (
                    <RecordLinkLine
                      refs={[
                        ...e.relationships.map((id) => ({ collection: 'relationships' as const, id })),
                        ...e.actors.map((id) => ({ collection: 'actors' as const, id })),
                      ]}
                    />
                  ) : null}
                </li>
              ))}
            </ol>
          ) : (
            <p>No event has been recorded yet.</p>
          )}
        </section>
      </div>
    </>
  );
}

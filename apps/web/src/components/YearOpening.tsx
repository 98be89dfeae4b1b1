import { type ChronologyEvent, eventKinds, labelOf, meta } from '@policy/pakistan-2024';
import { EventDate } from '@/components/EventDate';
import { GlanceChart } from '@/components/GlanceChart';
import { LayerTag } from '@/components/Layers';
import { keyNumber, yearAtAGlance } from '@/lib/glance-data';
import { hrefFor } from '@/lib/routes';
import { sitePath } from '@/lib/site';

/**
 * The head of a relationship's (or a partner's) page: its year first. How many events of each kind,
 * its lane of the chart (every mark a link to the event's page), and its key events; then a link
 * to every event, filed by subject, further down.
 */
export function YearOpening({
  lane,
  label,
  events,
  more,
}: {
  /** The lane of the chart: a relationship's id, or a partner's actor id. */
  lane: string;
  label: string;
  events: readonly ChronologyEvent[];
  /** The anchor of the page's full list of these events. */
  more: string;
}) {
  if (!events.length) return null;
  const kinds = eventKinds
    .map((k) => ({ ...k, n: events.filter((e) => e.kind === k.value).length }))
    .filter((k) => k.n > 0);
  const key = events.filter((e) => e.key);
  const layout = yearAtAGlance(events, { onlyLanes: [lane] });
  return (
    <section aria-labelledby="year-opening" className="year-opening">
      <h2 id="year-opening">
        {label} in {meta.year}
      </h2>
      <LayerTag layer="chronology">what was reported during the year</LayerTag>
      <p>
        <a href={`#${more}`}>
          {events.length} {events.length === 1 ? 'event' : 'events'}
        </a>
        :{' '}
        {kinds.map((k, i) => (
          <span key={k.value}>
            {i > 0 ? ', ' : ''}
            {k.n} {labelOf(eventKinds, k.value).toLowerCase()}
            {k.n > 1 ? (k.value === 'clash' ? 'es' : 's') : ''}
          </span>
        ))}
        . <a href={sitePath(`/timeline/partner/${lane}`)}>The lane on its own</a>
      </p>
      <GlanceChart layout={layout} events={events} titleId={`lane-${lane}-title`} />
      {key.length ? (
        <ol className="brief-list opening-keys">
          {key.map((e) => (
            <li key={e.id}>
              <p className="brief-head">
                <span className="chrono-date">
                  <EventDate date={e.date} end={e.end} />
                </span>{' '}
                <span className="muted">· key event {keyNumber(e.id)}</span>
              </p>
              <p className="brief-title">
                <a href={sitePath(hrefFor('chronology', e.id))}>{e.title}</a>
              </p>
              <p className="brief-reason">{e.key?.reason}</p>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

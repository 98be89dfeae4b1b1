import { chronology, getActor, meta, relationships } from '@policy/pakistan-2024';
import { EventDate } from '@/components/EventDate';
import { LayerTag } from '@/components/Layers';
import { kindViews } from '@/lib/chart-views';
import { lanesOf } from '@/lib/glance-chart';
import {
  GLANCE_ANCHOR,
  keyEvents,
  organisationIds,
  partnerLanes,
  relationshipLanes,
} from '@/lib/glance-data';
import { hrefFor, listPath } from '@/lib/routes';
import { sitePath } from '@/lib/site';

const laneIds = relationshipLanes.map((l) => l.id);
const partnerIds = partnerLanes.map((l) => l.id);
const laneNames = new Map([...relationshipLanes, ...partnerLanes].map((l) => [l.id, l.label]));

/** The partners an event is filed under, by lane name: "China, United States"; organisations by short name. */
export function partnersOf(e: (typeof chronology)[number]): string {
  const lanes = lanesOf(e, laneIds, organisationIds, partnerIds).filter((l) => laneNames.has(l));
  const names = lanes.map((l) => laneNames.get(l) ?? l);
  if (names.length) return names.join(', ');
  return e.actors.map((a) => getActor(a)?.shortName ?? getActor(a)?.name ?? a).join(', ');
}

/**
 * "2024 in brief": the year's key events (date, partners, title linking to the event's page, and
 * why it is key), then how many events each partner had, each count a link to its view of the chart.
 */
export function YearInBrief() {
  if (!chronology.length) return null;
  const counts = [...relationshipLanes, ...partnerLanes].map((l) => ({
    ...l,
    events: chronology.filter((e) => lanesOf(e, laneIds, organisationIds, partnerIds).includes(l.id)).length,
  }));
  return (
    <section aria-labelledby="year-brief" className="year-brief">
      <h2 id="year-brief">{meta.year} in brief</h2>
      <LayerTag layer="chronology">
        the year’s key events; the stances above are the essay’s reading, which no event changes
      </LayerTag>
      <ol className="brief-list">
        {keyEvents.map((e) => (
          <li key={e.id}>
            <p className="brief-head">
              <span className="chrono-date">
                <EventDate date={e.date} end={e.end} />
              </span>{' '}
              <span className="muted">· {partnersOf(e)}</span>
            </p>
            <p className="brief-title">
              <a href={sitePath(hrefFor('chronology', e.id))}>{e.title}</a>
            </p>
            {e.key ? <p className="brief-reason">{e.key.reason}</p> : null}
          </li>
        ))}
      </ol>
      <p className="brief-counts">
        <strong>Events of {meta.year} by partner:</strong>{' '}
        {counts.map((c, i) => (
          <span key={c.id}>
            {i > 0 ? ' · ' : ''}
            <a href={sitePath(`/timeline/partner/${c.id}`)}>
              {c.label} {c.events}
            </a>
          </span>
        ))}
        . The first {relationships.length} are the partners the essay reads; the others are partners with
        three events or more, whose year we list from reports but whose relationship the essay does not code.
      </p>
      <p>
        <a href={sitePath(`${listPath('chronology')}#${GLANCE_ANCHOR}`)}>
          All {chronology.length} events of {meta.year}, by partner and month
        </a>{' '}
        · by kind:{' '}
        {kindViews()
          .slice(0, 4)
          .map((k, i) => (
            <span key={k.id}>
              {i > 0 ? ', ' : ''}
              <a href={sitePath(`/timeline/kind/${k.id}`)}>{k.label.toLowerCase()}</a>
            </span>
          ))}{' '}
        and more on the timeline.
      </p>
    </section>
  );
}

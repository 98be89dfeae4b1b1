import {
  type ChronologyEvent,
  dimensionKinds,
  eventKinds,
  labelOf,
  meta,
  type Relationship,
} from '@policy/pakistan-2024';
import { Citations } from '@/components/Citations';
import { EventDate } from '@/components/EventDate';
import { LayerTag } from '@/components/Layers';
import { RecordLink } from '@/components/Links';
import { ReportsInBrief } from '@/components/ReportCitations';
import { groupByDimension } from '@/lib/dimension-groups';
import { GLANCE_ANCHOR } from '@/lib/glance-data';
import { clip } from '@/lib/metadata';
import { listPath } from '@/lib/routes';
import { sitePath } from '@/lib/site';

type Kind = Relationship['dimensions'][number]['kind'];
const vocabulary: readonly Kind[] = dimensionKinds.map((d) => d.value);

/** One event in brief: date, title linking to its entry on /timeline, kind, and summary. */
function EventInBrief({ event: e }: { event: ChronologyEvent }) {
  return (
    <li>
      <p className="chrono-brief-head">
        <span className="chrono-date">
          <EventDate date={e.date} end={e.end} />
        </span>{' '}
        <RecordLink collection="chronology" id={e.id} />{' '}
        <span className="muted">({labelOf(eventKinds, e.kind)})</span>
      </p>
      <p>
        {e.summary}
        <ReportsInBrief provenance={e.provenance} />
      </p>
    </li>
  );
}

/**
 * A relationship's "2024 in events": the chronology's events that bear on it, each filed under the
 * dimension it concerns, next to what the essay says of that dimension. Both sides are labelled
 * with their layer.
 */
export function YearInEvents({
  relationship: r,
  events,
}: {
  relationship: Relationship;
  events: readonly ChronologyEvent[];
}) {
  if (!events.length) return null;
  const groups = groupByDimension(
    r.dimensions.map((d) => d.kind),
    events,
    vocabulary,
  );
  const kindLabel = (kind: Kind | undefined) => (kind ? labelOf(dimensionKinds, kind) : 'No dimension named');
  return (
    <section id="year-in-events" aria-labelledby="h-year-in-events" className="year-in-events">
      <h2 id="h-year-in-events">{meta.year} in events</h2>
      <LayerTag layer="chronology">
        {events.length} {events.length === 1 ? 'event' : 'events'} of the year that bear on {r.title}
      </LayerTag>
      <p className="note">
        Each event sits beside what the essay says on the same subject. The events are what newspapers,
        agencies and governments reported in {meta.year}; the stance and trajectory above are our reading of
        the essay, and no event changes them (
        <a href={sitePath('/methodology#coding-stance-and-trajectory')}>how we code</a>). Every partner’s
        year: <a href={sitePath(`${listPath('chronology')}#${GLANCE_ANCHOR}`)}>{meta.year} at a glance</a>.
      </p>
      {groups.map((g) => {
        const dimension = r.dimensions.find((d) => d.kind === g.kind);
        const slug = g.kind ?? 'none';
        const also = g.alsoConcerning.length ? (
          <p className="muted">
            {g.events.length ? 'Also concerning' : 'Concerning'} {kindLabel(g.kind).toLowerCase()}, filed
            under another dimension:{' '}
            {g.alsoConcerning.map((e, i) => (
              <span key={e.id}>
                {i > 0 ? '; ' : ''}
                <RecordLink collection="chronology" id={e.id} />
              </span>
            ))}
            .
          </p>
        ) : null;
        const list = g.events.length ? (
          <ol className="chrono-brief">
            {g.events.map((e) => (
              <EventInBrief key={e.id} event={e} />
            ))}
          </ol>
        ) : null;
        // A dimension the essay does not discuss for this relationship gets no column of its own:
        // one line says so, and its events follow.
        if (!dimension)
          return (
            <section
              key={slug}
              id={`year-${slug}`}
              aria-labelledby={`h-year-${slug}`}
              className="dimension-pair dimension-unread"
              data-dimension={slug}
            >
              <h3 id={`h-year-${slug}`}>
                {kindLabel(g.kind)}{' '}
                <span className="muted dimension-unread-note">
                  {g.kind ? '(a dimension the essay does not discuss here)' : '(no dimension named)'}
                </span>
              </h3>
              {list}
              {also}
            </section>
          );
        return (
          <section
            key={slug}
            id={`year-${slug}`}
            aria-labelledby={`h-year-${slug}`}
            className="dimension-pair"
            data-dimension={slug}
          >
            <h3 id={`h-year-${slug}`}>{kindLabel(g.kind)}</h3>
            <div className="pair">
              <div className="pair-essay">
                <LayerTag layer="essay" />
                <p>
                  <a href={`#dimension-${dimension.kind}`}>{dimension.title}</a>:{' '}
                  {clip(dimension.summary, 240)}
                  <Citations provenance={dimension.provenance} />
                </p>
              </div>
              <div className="pair-chronology">
                <LayerTag layer="chronology" />
                {list}
                {also}
              </div>
            </div>
          </section>
        );
      })}
    </section>
  );
}

import { type ChronologyEvent, type CollectionName, eventKinds, labelOf } from '@policy/pakistan-2024';
import { Fragment } from 'react';
import { EventDate } from '@/components/EventDate';
import { RecordLink } from '@/components/Links';
import { ReportCitations } from '@/components/ReportCitations';
import { hrefFor } from '@/lib/routes';
import { sitePath } from '@/lib/site';

const linked: readonly { field: 'relationships' | 'actors' | 'topics' | 'initiatives'; label: string }[] = [
  { field: 'relationships', label: 'Bears on' },
  { field: 'actors', label: 'With' },
  { field: 'topics', label: 'Topics' },
  { field: 'initiatives', label: 'Initiatives' },
];

/** The records an event links to, a labelled group per field: "Bears on: Pakistan–China · With: …". */
export function ChronologyLinks({ event }: { event: ChronologyEvent }) {
  const groups = linked.filter((g) => event[g.field].length);
  if (!groups.length) return null;
  return (
    <ul className="chrono-links">
      {groups.map((g) => (
        <li key={g.field}>
          {g.label}:{' '}
          {event[g.field].map((id, i) => (
            <Fragment key={id}>
              {i > 0 ? ', ' : ''}
              <RecordLink collection={g.field as CollectionName} id={id} />
            </Fragment>
          ))}
        </li>
      ))}
    </ul>
  );
}

/**
 * One event of the chronology in full, as /timeline lists it: date, title, kind, summary, how the
 * date was established, the reports it cites, and the records it bears on. Its title links to the
 * event's own page; its id keeps the anchor that older links to `/timeline#<id>` point at.
 */
export function ChronologyEntry({
  event: e,
  headingLevel = 4,
}: {
  event: ChronologyEvent;
  headingLevel?: 3 | 4;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <li id={e.id} className="chrono-event">
      <Heading>
        <span className="chrono-date">
          <EventDate date={e.date} end={e.end} />
        </span>{' '}
        <a href={sitePath(hrefFor('chronology', e.id))}>{e.title}</a>
        {e.key ? <span className="key-badge"> Key event</span> : null}
      </Heading>
      <p className="chrono-kind">{labelOf(eventKinds, e.kind)}</p>
      <p>{e.summary}</p>
      {e.dateNote ? <p className="chrono-note">The date: {e.dateNote}</p> : null}
      <p className="chrono-reports-label" id={`reports-${e.id}`}>
        Reports ({e.provenance.length})
      </p>
      <ReportCitations provenance={e.provenance} labelledBy={`reports-${e.id}`} />
      <ChronologyLinks event={e} />
    </li>
  );
}

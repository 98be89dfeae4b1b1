import { type ChronologyEvent, type CollectionName, eventKinds, labelOf } from '@policy/pakistan-2024';
import { Fragment } from 'react';
import { EventDate } from '@/components/EventDate';
import { RecordLink } from '@/components/Links';
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
 * One event of the chronology as /timeline lists it: date, title, kind, summary and a link to the
 * reports it rests on. Everything else (how the date was established, each report with its quoted
 * phrase, the records it bears on, how to cite it) is on the event's own page, which keeps a page
 * of the whole year light enough for a phone. The id keeps the anchor that older links to
 * `/timeline#<id>` point at.
 */
export function ChronologyEntry({
  event: e,
  headingLevel = 4,
}: {
  event: ChronologyEvent;
  headingLevel?: 3 | 4;
}) {
  const Heading = `h${headingLevel}` as const;
  const page = sitePath(hrefFor('chronology', e.id));
  return (
    <li id={e.id} className="chrono-event">
      <Heading>
        <span className="chrono-date">
          <EventDate date={e.date} end={e.end} />
        </span>{' '}
        <a href={page}>{e.title}</a>
        {e.key ? <span className="key-badge"> Key event</span> : null}
      </Heading>
      <p className="chrono-kind">{labelOf(eventKinds, e.kind)}</p>
      <p>{e.summary}</p>
      <p className="chrono-reports-label">
        <a href={`${page}#reports`}>
          {e.provenance.length === 1 ? 'The report' : `The ${e.provenance.length} reports`} it rests on, and
          how to cite it
        </a>
      </p>
    </li>
  );
}

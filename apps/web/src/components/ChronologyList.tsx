import { type ChronologyEvent, meta } from '@policy/pakistan-2024';
import { EventDate } from '@/components/EventDate';
import { LayerTag } from '@/components/Layers';
import { RecordLink } from '@/components/Links';

/** A record's events of the year (`about` says how: "involving Iran"), by date, each linking to its entry on /timeline; nothing when there are none. */
export function ChronologyList({ events, about }: { events: readonly ChronologyEvent[]; about: string }) {
  if (!events.length) return null;
  return (
    <section aria-labelledby="list-chronology" className="chrono-list-section">
      <h2 id="list-chronology">{meta.year} in events</h2>
      <LayerTag layer="chronology">
        {events.length} {events.length === 1 ? 'event' : 'events'} {about}
      </LayerTag>
      <ol className="chrono-list">
        {events.map((e) => (
          <li key={e.id}>
            <span className="chrono-date">
              <EventDate date={e.date} end={e.end} />
            </span>{' '}
            <RecordLink collection="chronology" id={e.id} />
          </li>
        ))}
      </ol>
    </section>
  );
}

import { type ChronologyEvent, eventKinds, labelOf } from '@policy/pakistan-2024';
import { EventDate } from '@/components/EventDate';
import { lanesByEvent } from '@/components/GlanceChart';
import type { GlanceLayout } from '@/lib/glance-chart';
import { hrefFor } from '@/lib/routes';
import { sitePath } from '@/lib/site';

/**
 * The chart's content as a table, for screen readers and narrow screens: every event with its
 * date, kind and lanes, linking to the same entry as its marks.
 */
export function GlanceTable({
  layout,
  events,
}: {
  layout: GlanceLayout;
  events: readonly ChronologyEvent[];
}) {
  const lanes = lanesByEvent(layout);
  return (
    <details className="glance-table">
      <summary>The chart as a table: {events.length} events by date, kind and lane</summary>
      <div className="table-wrap">
        <table data-testid="glance-table">
          <caption className="visually-hidden">
            {layout.year} at a glance: each event of the chronology, its kind and the lanes it is drawn in
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Event</th>
              <th scope="col">Kind</th>
              <th scope="col">Lanes</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id} data-event={e.id}>
                <td className="glance-date">
                  <EventDate date={e.date} end={e.end} />
                </td>
                <td>
                  <a href={sitePath(hrefFor('chronology', e.id))}>{e.title}</a>
                </td>
                <td>{labelOf(eventKinds, e.kind)}</td>
                <td>{(lanes.get(e.id) ?? []).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

import { datePrecisions, events, formatDate } from '@policy/pakistan-2024';
import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Citations } from '@/components/Citations';
import { RecordLinkLine } from '@/components/Links';
import { pageMetadata } from '@/lib/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Timeline',
  description: 'The dated points of the historical context behind Pakistan’s foreign policy in 2024.',
  path: '/timeline',
});

export default function Timeline() {
  // In date order already: the package's compiler sorts the events and its checks keep them so.
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Timeline' }]} />
      <h1>Timeline</h1>
      <p className="lede">
        The historical context the essay draws on, in date order. Dates are as precise as we could cite them:{' '}
        {datePrecisions.map((p) => p.label.toLowerCase()).join(', ')}.
      </p>
      {events.length ? (
        <ol className="timeline">
          {events.map((e) => (
            <li key={e.id} id={e.id} className="event">
              <h2>
                {/* HTML has no datetime for a span: its two ends are two dates. */}
                <time dateTime={e.date}>{formatDate(e.date)}</time>
                {e.end ? (
                  <>
                    –<time dateTime={e.end}>{formatDate(e.end)}</time>
                  </>
                ) : null}{' '}
                {e.title}
              </h2>
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
    </>
  );
}

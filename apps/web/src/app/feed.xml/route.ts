import { chronology, meta } from '@policy/pakistan-2024';
import { chronologyFeed } from '@/lib/feed';
import { hrefFor } from '@/lib/routes';
import { absoluteUrl, siteName } from '@/lib/site';

export const dynamic = 'force-static';

/** The chronology as an Atom feed, newest event first. */
export function GET(): Response {
  const xml = chronologyFeed({
    events: chronology,
    title: `${siteName}: the chronology`,
    subtitle: `Events of ${meta.year} in Pakistan's foreign relations, each cited to published reports.`,
    absolute: absoluteUrl,
    pathOf: (id) => hrefFor('chronology', id),
    updated: meta.released,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

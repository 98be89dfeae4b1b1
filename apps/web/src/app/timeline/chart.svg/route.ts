import { chronology, meta } from '@policy/pakistan-2024';
import { glanceSvg } from '@/lib/chart-files';
import { yearAtAGlance } from '@/lib/glance-data';
import { hrefFor } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** "2024 at a glance" as a standalone SVG file, every mark a link to its event's page. */
export function GET(): Response {
  const svg = glanceSvg(
    yearAtAGlance(),
    chronology,
    (id) => absoluteUrl(hrefFor('chronology', id)),
    `${meta.year} at a glance: ${chronology.length} events of Pakistan's foreign relations, by partner and date`,
  );
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}

import { chronology } from '@policy/pakistan-2024';
import { glanceCsv } from '@/lib/chart-files';
import { yearAtAGlance } from '@/lib/glance-data';
import { hrefFor } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** The events of "2024 at a glance" as CSV: one row per event, with its lanes and key number. */
export function GET(): Response {
  const csv = glanceCsv(yearAtAGlance(), chronology, (id) => absoluteUrl(hrefFor('chronology', id)));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

import { compareCsv, compareMeasures } from '@/lib/figures-view';

// Written once at build time, as a file of the static export.
export const dynamic = 'force-static';

/** /compare/figures.csv: the partners-by-measures comparison of /compare, one row per cell shown. */
export function GET(): Response {
  return new Response(compareCsv(compareMeasures()), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
}

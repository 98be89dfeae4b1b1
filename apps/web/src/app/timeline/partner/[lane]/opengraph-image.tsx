import { ogSize } from '@/components/OgCard';
import { ogImage } from '@/components/OgImages';
import { laneView, laneViews } from '@/lib/chart-views';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const size = ogSize;
export const contentType = 'image/png';
export const alt = 'The chart of the year, narrowed to one view';

export const generateStaticParams = () => laneViews().map((v) => ({ lane: v.id }));

export default async function Image({ params }: { params: Promise<{ lane: string }> }) {
  const view = laneView((await params).lane);
  if (!view) return new Response('not found', { status: 404 });
  return ogImage({
    kind: 'the year at a glance',
    title: view.label,
    line: view.events.map((e) => e.title).join(' · '),
    fact: `${view.events.length} events`,
  });
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ChartSection } from '@/components/ChartSection';
import { ChronologyList } from '@/components/ChronologyList';
import { laneView, laneViews } from '@/lib/chart-views';
import { pageMetadata } from '@/lib/metadata';

type Params = { params: Promise<{ lane: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => laneViews().map((l) => ({ lane: l.id }));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const view = laneView((await params).lane);
  if (!view) return {};
  return pageMetadata({
    title: `The year at a glance: ${view.label}`,
    description: `The chart of the year narrowed to ${view.label}: ${view.events.length} events, each linking to its page.`,
    path: view.path,
  });
}

/** The chart of the year narrowed to one lane, with that lane's events listed. */
export default async function PartnerView({ params }: Params) {
  const view = laneView((await params).lane) ?? notFound();
  return (
    <>
      <Breadcrumbs trail={[{ href: '/timeline', label: 'Timeline' }, { label: view.label }]} />
      <ChartSection view={view} headingLevel={1} />
      <ChronologyList events={view.events} about={`in the lane ${view.label}`} />
    </>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ChartSection } from '@/components/ChartSection';
import { ChronologyList } from '@/components/ChronologyList';
import { kindView, kindViews } from '@/lib/chart-views';
import { pageMetadata } from '@/lib/metadata';

type Params = { params: Promise<{ kind: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => kindViews().map((k) => ({ kind: k.id }));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const view = kindView((await params).kind);
  if (!view) return {};
  return pageMetadata({
    title: `The year at a glance: ${view.label}`,
    description: `The chart of the year narrowed to one kind of event, ${view.label.toLowerCase()}: ${view.events.length} events, each linking to its page.`,
    path: view.path,
  });
}

/** The chart of the year narrowed to one kind of event, with those events listed. */
export default async function KindView({ params }: Params) {
  const view = kindView((await params).kind) ?? notFound();
  return (
    <>
      <Breadcrumbs trail={[{ href: '/timeline', label: 'Timeline' }, { label: view.label }]} />
      <ChartSection view={view} headingLevel={1} />
      <ChronologyList events={view.events} about={`of the kind ${view.label.toLowerCase()}`} />
    </>
  );
}

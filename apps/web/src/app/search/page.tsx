import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { pageMetadata } from '@/lib/metadata';
import { SearchClient } from './SearchClient';

export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description:
    'Search every relationship, theme, actor, initiative, topic, event and prospect of the dataset.',
  path: '/search',
});

export default function SearchPage() {
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Search' }]} />
      <h1>Search</h1>
      <noscript>
        <p>
          Search needs JavaScript. Without it, browse the <a href="/relationships">relationships</a>,{' '}
          <a href="/themes">themes</a>, <a href="/actors">actors</a>, <a href="/initiatives">initiatives</a>{' '}
          and <a href="/topics">topics</a>, or download <a href="/data">the data</a>.
        </p>
      </noscript>
      <SearchClient />
    </>
  );
}

import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { pageMetadata } from '@/lib/metadata';
import { packageFiles } from '@/lib/package-files';
import { statusText } from '@/lib/search-view';
import { sitePath } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description:
    'Search every relationship, theme, actor, initiative, topic, event and prospect of the dataset, and the chronology of 2024.',
  path: '/search',
});

/** The form and an empty result list; src/browser/search.ts fills it as the reader types. */
export default function SearchPage() {
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Search' }]} />
      <h1>Search</h1>
      <p className="muted">
        Events of the year and news reports are marked as such; everything else is the essay’s reading.
      </p>
      <noscript>
        <p>
          Search needs JavaScript. Without it, browse the{' '}
          <a href={sitePath('/relationships')}>relationships</a>, <a href={sitePath('/themes')}>themes</a>,{' '}
          <a href={sitePath('/actors')}>actors</a>, <a href={sitePath('/initiatives')}>initiatives</a> and{' '}
          <a href={sitePath('/topics')}>topics</a>, or download <a href={sitePath('/data')}>the data</a>.
        </p>
      </noscript>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not yet announced by every screen reader; the role is. */}
      <form id="search-form" className="search-form" role="search" action={sitePath('/search')} method="get">
        <label htmlFor="q" className="visually-hidden">
          Search the dataset
        </label>
        <input
          id="q"
          name="q"
          type="search"
          autoComplete="off"
          spellCheck={false}
          placeholder="e.g. CPEC, Kashmir, remittances"
        />
        <button type="submit">Search</button>
      </form>
      <p id="search-status" role="status" className="muted search-status" data-testid="search-status">
        {statusText('', 0)}
      </p>
      <ol id="search-results" className="results" data-testid="search-results" />
      <script type="module" src={sitePath(packageFiles.scripts.search)} />
    </>
  );
}

import { actors, collectionEntry, collectionNames, relationships } from '@policy/pakistan-2024';
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

/** The partners a search can be narrowed to: those of Pakistan's relationships, by their short names. */
const partners = [...new Set(relationships.flatMap((r) => r.partners))].map((id) => {
  const actor = actors.find((a) => a.id === id);
  return { id, name: actor?.shortName ?? actor?.name ?? id };
});

/**
 * The form, its narrowing controls and an empty result list; src/browser/search.ts fills the list
 * from the address (`/search?q=visit&partner=cn&sort=date`) and as the reader types. The site is a
 * static export, so the results of an arbitrary query cannot be written into the page ahead of
 * time: without JavaScript the form still submits, and the page offers the lists to browse.
 */
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
          Search runs in the page and needs JavaScript (the site is a set of static files, which cannot answer
          a query). Without it, browse the <a href={sitePath('/timeline')}>timeline</a>, the{' '}
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
          placeholder="e.g. CPEC, us aid, may 2024, “heads of government”"
        />
        <button type="submit">Search</button>
        <fieldset className="search-narrow">
          <legend className="visually-hidden">Narrow the search</legend>
          <label>
            Kind{' '}
            <select name="collection" id="search-collection" defaultValue="">
              <option value="">Any</option>
              {collectionNames.map((c) => (
                <option key={c} value={c}>
                  {collectionEntry(c).many}
                </option>
              ))}
            </select>
          </label>
          <label>
            Layer{' '}
            <select name="layer" id="search-layer" defaultValue="">
              <option value="">Both</option>
              <option value="essay">The essay’s reading</option>
              <option value="chronology">The chronology</option>
            </select>
          </label>
          <label>
            Partner{' '}
            <select name="partner" id="search-partner" defaultValue="">
              <option value="">Any</option>
              {partners.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            From (YYYY-MM) <input name="from" id="search-from" type="month" min="1947-01" max="2024-12" />
          </label>
          <label>
            To (YYYY-MM) <input name="to" id="search-to" type="month" min="1947-01" max="2024-12" />
          </label>
          <label>
            Order{' '}
            <select name="sort" id="search-sort" defaultValue="">
              <option value="">Best match</option>
              <option value="date">By date</option>
            </select>
          </label>
        </fieldset>
      </form>
      <p id="search-status" role="status" className="muted search-status" data-testid="search-status">
        {statusText('', 0)}
      </p>
      <ol id="search-results" className="results" data-testid="search-results" />
      <script type="module" src={sitePath(packageFiles.scripts.search)} />
    </>
  );
}

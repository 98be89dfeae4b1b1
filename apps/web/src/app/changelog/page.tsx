import { meta } from '@policy/pakistan-2024';
import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Markdown } from '@/components/Markdown';
import { releasesOf } from '@/lib/changelog';
import { pageMetadata } from '@/lib/metadata';
import { packageFiles } from '@/lib/package-files';
import { sitePath } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Changelog',
  description: `What changed in each release of ${meta.name}: records added, corrected or removed, and changes to the schema and tools.`,
  path: '/changelog',
});

/** The package's changelog, a page of its own so that /data leads with the downloads and the citation. */
export default function ChangelogPage() {
  const { changelog } = packageFiles;
  const releases = releasesOf(changelog);
  return (
    <article>
      <Breadcrumbs trail={[{ href: '/data', label: 'Data' }, { label: 'Changelog' }]} />
      <h1>Changelog</h1>
      <p className="lede">
        Every release of {meta.name}, newest first. The downloads of the current version are on{' '}
        <a href={sitePath('/data')}>the data page</a>.
      </p>
      {releases.length ? (
        <Markdown source={changelog ?? ''} dropTitle />
      ) : (
        <p>
          No release yet: {meta.version} is the development version, and the changelog starts with the first
          published release.
        </p>
      )}
    </article>
  );
}

import files from '@/generated/package-files.json';
import type { Download } from './downloads';

/** What scripts/prepare.ts read from the dataset package: version, documents and the downloads. */
export interface PackageFiles {
  readonly version: string;
  readonly changelog: string | null;
  readonly methodology: string | null;
  readonly downloads: readonly Download[];
}

export const packageFiles = files as PackageFiles;

/** The versions a changesets changelog lists (its second-level headings), newest first. */
export function releasesOf(changelog: string | null): string[] {
  if (!changelog) return [];
  return [...changelog.matchAll(/^## +(\S.*)$/gm)].map((m) => (m[1] ?? '').trim());
}

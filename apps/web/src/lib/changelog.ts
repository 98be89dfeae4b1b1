/** The versions a changesets changelog lists (its second-level headings), newest first. */
export function releasesOf(changelog: string | null): string[] {
  if (!changelog) return [];
  return [...changelog.matchAll(/^## +(\S.*)$/gm)].map((m) => (m[1] ?? '').trim());
}

/** The size of a release under the dataset's semver policy, from none to major. */
export type Bump = 'none' | 'patch' | 'minor' | 'major';

/** The bumps from smallest to largest. */
export const bumps: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

/** What each bump means for the data, in the words of the versioning policy. */
export const bumpMeaning: Readonly<Record<Exclude<Bump, 'none'>, string>> = {
  major: 'a record id removed or renamed, a field removed or its type changed, an enumeration value removed',
  minor: 'records, fields or enumeration values added',
  patch: 'wording, provenance or order corrected',
};

/** Negative, zero or positive as `a` is smaller than, equal to or larger than `b`. */
export function compareBumps(a: Bump, b: Bump): number {
  return bumps.indexOf(a) - bumps.indexOf(b);
}

/** The largest of the given bumps (`none` for an empty list). */
export function maxBump(list: Iterable<Bump>): Bump {
  let out: Bump = 'none';
  for (const b of list) if (compareBumps(b, out) > 0) out = b;
  return out;
}

/** The version after applying `bump` to a `major.minor.patch` version (pre-release tags are dropped). */
export function nextVersion(version: string, bump: Bump): string {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!match) throw new Error(`"${version}" is not a semver version`);
  const [major, minor, patch] = match.slice(1).map(Number) as [number, number, number];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`;
  return `${major}.${minor}.${patch}`;
}

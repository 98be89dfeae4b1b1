/** Where the data's release notes go in the CHANGELOG that `changeset version` writes. */

/** Puts `notes` under the `## version` heading that `changeset version` just wrote. */
export function addNotes(changelog: string, version: string, notes: string): string {
  const lines = changelog.split('\n');
  const at = lines.findIndex((l) => l.trim() === `## ${version}`);
  if (at < 0) throw new Error(`CHANGELOG.md has no "## ${version}" entry after \`changeset version\``);
  lines.splice(at + 1, 0, '', ...notes.trimEnd().split('\n'));
  return lines.join('\n');
}

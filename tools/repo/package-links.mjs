#!/usr/bin/env node
/**
 * The release step that writes `repository`, `homepage` and `bugs` into every public package's
 * package.json, from the GitHub Actions environment (`GITHUB_SERVER_URL`, `GITHUB_REPOSITORY`).
 * The repository's address is known only where it is hosted, so no address is written into the
 * committed files; npm provenance needs `repository.url` to name the repository that built the
 * package, and this takes it from the very run that publishes.
 *
 * Usage: node tools/repo/package-links.mjs   (in the release workflow, before `changeset publish`)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PACKAGE_FOLDERS = ['packages', 'apps'];

/** The folders (relative to the root) of the packages that are published: every one not private. */
export function publicPackages(at = root) {
  return PACKAGE_FOLDERS.flatMap((folder) =>
    existsSync(join(at, folder))
      ? readdirSync(join(at, folder))
          .map((name) => join(folder, name))
          .filter((dir) => existsSync(join(at, dir, 'package.json')))
          .filter((dir) => JSON.parse(readFileSync(join(at, dir, 'package.json'), 'utf8')).private !== true)
      : [],
  ).sort();
}

/** The links of one package in the repository at `server`/`repository` (e.g. https://github.com, owner/name). */
export function packageLinks(server, repository, directory) {
  if (!/^https:\/\/[^/\s]+$/.test(server ?? ''))
    throw new Error(`GITHUB_SERVER_URL "${server ?? ''}" is not an https origin`);
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository ?? ''))
    throw new Error(`GITHUB_REPOSITORY "${repository ?? ''}" is not owner/name`);
  const web = `${server}/${repository}`;
  return {
    repository: { type: 'git', url: `git+${web}.git`, directory },
    homepage: `${web}/tree/main/${directory}#readme`,
    bugs: { url: `${web}/issues` },
  };
}

/** Writes the links into each public package's package.json, keeping the order of its other fields. */
export function writePackageLinks(env, at = root) {
  const written = [];
  for (const dir of publicPackages(at)) {
    const file = join(at, dir, 'package.json');
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    const links = packageLinks(env.GITHUB_SERVER_URL, env.GITHUB_REPOSITORY, dir.split('\\').join('/'));
    const out = {};
    for (const [key, value] of Object.entries(pkg)) {
      if (key in links) continue;
      out[key] = value;
      // After the licence, where npm's own template puts them.
      if (key === 'license') Object.assign(out, links);
    }
    if (!('repository' in out)) Object.assign(out, links);
    writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
    written.push(`${relative(at, file)}: ${links.repository.url}`);
  }
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const env = process.env;
  if (!env.GITHUB_REPOSITORY) {
    console.error(
      'package-links: GITHUB_REPOSITORY is not set; this release step runs in GitHub Actions, where the repository is known',
    );
    process.exit(1);
  }
  try {
    for (const line of writePackageLinks(env)) console.log(`package-links: ${line}`);
  } catch (error) {
    console.error(`package-links: ${error.message}`);
    process.exit(1);
  }
}

import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageLinks, publicPackages, writePackageLinks } from '../package-links.mjs';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const github = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'someone/pakistan-2024' };

/** A copy of the repository's package manifests, to write into. */
function copyManifests(): string {
  const at = mkdtempSync(join(tmpdir(), 'package-links-'));
  for (const dir of ['packages/pakistan-2024', 'apps/cli', 'apps/web']) {
    mkdirSync(join(at, dir), { recursive: true });
    cpSync(join(repoRoot, dir, 'package.json'), join(at, dir, 'package.json'));
  }
  return at;
}

describe('the release step that writes repository links', () => {
  it('finds the two public packages, not the private site or tools', () => {
    expect(publicPackages(repoRoot)).toEqual(['apps/cli', 'packages/pakistan-2024']);
  });

  it('commits no repository address: the packages get theirs from the release run', () => {
    for (const dir of publicPackages(repoRoot)) {
      const pkg = JSON.parse(readFileSync(join(repoRoot, dir, 'package.json'), 'utf8'));
      expect(pkg.repository, dir).toBeUndefined();
      expect(pkg.publishConfig, dir).toEqual({ access: 'public', provenance: true });
    }
  });

  it('writes repository, homepage and bugs from the GitHub Actions environment', () => {
    const at = copyManifests();
    expect(writePackageLinks(github, at)).toHaveLength(2);
    const data = JSON.parse(readFileSync(join(at, 'packages/pakistan-2024/package.json'), 'utf8'));
    expect(data.repository).toEqual({
      type: 'git',
      url: 'git+https://github.com/someone/pakistan-2024.git',
      directory: 'packages/pakistan-2024',
    });
    expect(data.homepage).toBe(
      'https://github.com/someone/pakistan-2024/tree/main/packages/pakistan-2024#readme',
    );
    expect(data.bugs).toEqual({ url: 'https://github.com/someone/pakistan-2024/issues' });
    // Fields keep their order, the links follow the licence.
    const keys = Object.keys(data);
    expect(keys.slice(keys.indexOf('license'), keys.indexOf('license') + 4)).toEqual([
      'license',
      'repository',
      'homepage',
      'bugs',
    ]);
    const cli = JSON.parse(readFileSync(join(at, 'apps/cli/package.json'), 'utf8'));
    expect(cli.repository.directory).toBe('apps/cli');
    const web = JSON.parse(readFileSync(join(at, 'apps/web/package.json'), 'utf8'));
    expect(web.repository).toBeUndefined();
    // Running it twice changes nothing more.
    const once = readFileSync(join(at, 'apps/cli/package.json'), 'utf8');
    writePackageLinks(github, at);
    expect(readFileSync(join(at, 'apps/cli/package.json'), 'utf8')).toBe(once);
  });

  it('refuses an environment that names no repository', () => {
    expect(() => packageLinks('https://github.com', undefined, 'apps/cli')).toThrow(
      /GITHUB_REPOSITORY "" is not owner\/name/,
    );
    expect(() => packageLinks('http://x y', 'a/b', 'apps/cli')).toThrow(/GITHUB_SERVER_URL/);
    const at = copyManifests();
    expect(() => writePackageLinks({}, at)).toThrow(/GITHUB_SERVER_URL/);
  });
});

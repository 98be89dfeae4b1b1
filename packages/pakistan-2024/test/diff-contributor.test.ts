/**
 * Plays a contributor from end to end in a throw-away copy of the repository (see repo-copy.ts),
 * running the real scripts behind `pnpm check:release`, `pnpm new:record` and `pnpm run version`.
 */
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { templates } from '../scripts/new-record-templates.js';
import { locations } from '../scripts/paths.js';
import { assess } from '../scripts/release/assess.js';
import { report } from '../scripts/release/report.js';
import { compileDataFolder } from '../src/entries/compile.js';
import { nextVersion } from '../src/entries/diff.js';
import { backlinkIndex } from '../src/query/links.js';
import { collectionNames, isCollectionName } from '../src/registry/collections.js';
import type { Dataset } from '../src/schema/index.js';
import { SOURCE_ID } from './helpers.js';
import { copyRepo, PKG, runScript, SCRIPTS_TIMEOUT } from './repo-copy.js';

/** The release check on the copy, in this process (the same code and words as `pnpm check:release`). */
async function check(repo: string) {
  const at = locations(join(repo, PKG));
  const r = report(at, await assess(at));
  return { ...r, all: `${r.out}\n${r.err}` };
}

/** Runs one of the package's scripts in the copy, as `pnpm <script>` would. */
const run = (repo: string, script: string, ...args: string[]) => runScript(repo, script, args);

const changeset = (repo: string, name: string, bump: string, summary: string) =>
  writeFileSync(
    join(repo, '.changeset', `${name}.md`),
    `---\n"@policy/pakistan-2024": ${bump}\n---\n\n${summary}\n`,
  );
const read = (repo: string, path: string) => readFileSync(join(repo, path), 'utf8');
const version = (repo: string) => JSON.parse(read(repo, `${PKG}/package.json`)).version as string;

describe('a contributor, from a new record to a release', () => {
  let repo: string;
  beforeAll(() => {
    repo = copyRepo();
  });

  it(
    'plays the whole path: first release, an under-versioned change, a fix, a removal, the version step, the build',
    async () => {
      // The first release, through the same process: one command, 0.0.0 → 1.0.0.
      const before = await check(repo);
      expect(before.out).toContain('no release yet: everything is new; the first release is 1.0.0');
      expect(before.code).toBe(0);
      const first = run(repo, 'release/version', '--first-release');
      expect(first.code, first.all).toBe(0);
      expect(version(repo)).toBe('1.0.0');
      expect(JSON.parse(read(repo, `${PKG}/release/release.json`))).toMatchObject({
        version: '1.0.0',
        previous: null,
      });
      expect(read(repo, `${PKG}/CHANGELOG.md`)).toMatch(
        /## 1\.0\.0\n\n### Data changes\n\nThe first release/,
      );

      // A new record from the skeleton, filled in, with only a patch changeset: the check fails and names it.
      const skeleton = run(repo, 'new-record', 'topics', 'glacier-talks');
      expect(skeleton.code, skeleton.all).toBe(0);
      const file = `${PKG}/data/topics/glacier-talks.yaml`;
      const filled = read(repo, file)
        .replace('"FILL IN: name"', 'Glacier talks')
        .replace(/FILL IN: [^"]*/g, 'Our own words for a test');
      writeFileSync(join(repo, file), filled);
      changeset(repo, 'add-glacier-talks', 'patch', 'Add the glacier talks topic.');
      const under = run(repo, 'release/check');
      expect(under.code).toBe(1);
      expect(under.err).toContain('needs a minor release, but the pending changesets ask only for patch');
      expect(under.err).toContain(`minor  added topics/glacier-talks "Glacier talks"  (${file})`);
      expect(under.err).toContain(
        'in .changeset/add-glacier-talks.md, line 2, change "@policy/pakistan-2024": patch to "@policy/pakistan-2024": minor',
      );

      // Raised to minor: the check passes.
      changeset(repo, 'add-glacier-talks', 'minor', 'Add the glacier talks topic.');
      const fixed = await check(repo);
      expect(fixed.code, fixed.all).toBe(0);
      expect(fixed.out).toContain('need a minor release; the pending changesets ask for minor');

      // Removing a record nobody refers to, still under minor: the check asks for major.
      const released = JSON.parse(read(repo, `${PKG}/release/data.json`)) as Dataset;
      const links = backlinkIndex(released);
      const victim = [...collectionNames]
        .reverse()
        .filter((c) => c !== 'sources')
        .flatMap((c) => released[c].map((r) => ({ collection: c, id: r.id })))
        .find((r) => !links.has(`${r.collection}/${r.id}`));
      if (!victim) throw new Error('every record is referenced; nothing can be removed alone');
      const victimFile = `${PKG}/data/${victim.collection}/${victim.id}.yaml`;
      const kept = read(repo, victimFile);
      unlinkSync(join(repo, victimFile));
      const removal = await check(repo);
      expect(removal.code).toBe(1);
      expect(removal.err).toContain('needs a major release, but the pending changesets ask only for minor');
      expect(removal.err).toContain(`major  removed ${victim.collection}/${victim.id}`);
      expect(removal.err).toContain(
        'change "@policy/pakistan-2024": minor to "@policy/pakistan-2024": major',
      );
      writeFileSync(join(repo, victimFile), kept);

      // The version step: new version, release notes with the record, a fresh release record.
      const next = nextVersion('1.0.0', 'minor');
      const versioned = run(repo, 'release/version');
      expect(versioned.code, versioned.all).toBe(0);
      expect(version(repo)).toBe(next);
      const changelog = read(repo, `${PKG}/CHANGELOG.md`);
      const entry = changelog.slice(changelog.indexOf(`## ${next}`), changelog.indexOf('## 1.0.0'));
      expect(entry).toContain('Compared with 1.0.0: a minor change.');
      expect(entry).toContain('**Added**\n\n- Glacier talks (`topics/glacier-talks`)');
      expect(entry).toContain('Add the glacier talks topic.');
      expect(existsSync(join(repo, '.changeset', 'add-glacier-talks.md'))).toBe(false);
      const release = JSON.parse(read(repo, `${PKG}/release/release.json`));
      expect(release).toMatchObject({ version: next, previous: '1.0.0' });
      expect((await check(repo)).out).toContain(`no change to the data since ${next}`);
      // The release is dated, and CITATION.cff carries the new version and that date.
      expect(release.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(read(repo, 'CITATION.cff')).toContain(`version: "${next}"\ndate-released: "${release.date}"\n`);

      // The build takes meta.version from package.json and meta.released from the release record.
      // (Type declarations are left out of this copy's bundle: they are the slow part and have no
      // bearing on the data.)
      const tsup = join(repo, PKG, 'tsup.config.ts');
      writeFileSync(tsup, read(repo, `${PKG}/tsup.config.ts`).replace('dts: true', 'dts: false'));
      const build = run(repo, 'build');
      expect(build.code, build.err).toBe(0);
      const { meta } = JSON.parse(read(repo, `${PKG}/dist/data.json`));
      expect(meta.version).toBe(next);
      expect(meta.released).toBe(release.date);
    },
    SCRIPTS_TIMEOUT,
  );
});

describe('pnpm new:record', () => {
  it(
    'writes a skeleton for every collection that validates as written and that the check refuses to ship',
    async () => {
      const repo = copyRepo();
      const data = join(repo, PKG, 'data');
      const partner = compileDataFolder(data).dataset?.actors.find(
        (a) => !existsSync(join(data, 'relationships', `pakistan-${a.id}.yaml`)) && a.id !== 'pakistan',
      );
      if (!partner) throw new Error('no actor without a relationship to test with');
      const firstReport = compileDataFolder(data).dataset?.sources.find((s) => s.kind === 'report')?.id;
      // Every collection a contributor may add to has a template; each must be a collection of the registry.
      expect(Object.keys(templates).filter((c) => !isCollectionName(c))).toEqual([]);
      const wanted = Object.keys(templates).map(
        (c) => [c, c === 'relationships' ? `pakistan-${partner.id}` : `new-${c}`] as const,
      );
      // Two through the command itself (the relationship finds its partner); the rest straight from the templates.
      for (const [collection, id] of wanted.filter(([c]) => c === 'relationships' || c === 'topics')) {
        const r = run(repo, 'new-record', collection, id);
        expect(r.code, r.all).toBe(0);
        expect(r.out).toContain(`wrote ${PKG}/data/${collection}/${id}.yaml`);
      }
      for (const [collection, id] of wanted.filter(([c]) => c !== 'relationships' && c !== 'topics'))
        writeFileSync(
          join(data, collection, `${id}.yaml`),
          templates[collection]?.({ id, source: SOURCE_ID, report: firstReport }) ?? '',
        );
      const compiled = compileDataFolder(data);
      expect(compiled.issues.map((i) => `${relative(data, i.file)}:${i.line} ${i.message}`)).toEqual([]);
      expect(
        compiled.dataset?.relationships.find((r) => r.id === `pakistan-${partner.id}`)?.partners,
      ).toEqual([partner.id]);

      const unfinished = await check(repo);
      expect(unfinished.code).toBe(1);
      for (const [collection, id] of wanted)
        expect(unfinished.err).toMatch(
          new RegExp(`data/${collection}/${id}\\.yaml:\\d+  placeholder  "FILL IN"`),
        );

      // Bad input: one line each, naming what is wrong.
      expect(run(repo, 'new-record', 'topics', 'kashmir').err).toMatch(
        /id "kashmir" is already used in topics/,
      );
      expect(run(repo, 'new-record', 'planets', 'mars').err).toMatch(
        /"planets" is not a collection you can add to/,
      );
      expect(run(repo, 'new-record', 'relationships', 'pakistan-atlantis').err).toMatch(
        /no actor "atlantis"/,
      );
    },
    SCRIPTS_TIMEOUT,
  );
});

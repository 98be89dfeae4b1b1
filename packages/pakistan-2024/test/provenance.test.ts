import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource, sourceDigest } from '../src/entries/provenance.js';
import {
  findSourceText,
  sourceCacheFolder,
  sourceFolders,
  sourceForChecks,
} from '../src/provenance/source-files.js';
import { findParagraph, parseSourceText, quoteStandsIn } from '../src/provenance/source-text.js';
import { formatPath } from '../src/rules/issue.js';
import { describeWithEssay, goodDataset, SOURCE_ID } from './helpers.js';

describeWithEssay('every citation against the source text', (essay) => {
  it('finds nothing wrong with valid data, and counts its citations', () => {
    const report = checkSource(goodDataset(), SOURCE_ID, essay);
    expect(report.issues.map((i) => `${formatPath(i.path)}  ${i.rule}  ${i.message}`)).toEqual([]);
    expect(report.citations).toBeGreaterThan(0);
    expect(report.hash.actual).toBe(report.hash.expected);
  });

  it('is caught when a citation points to a missing paragraph, a wrong heading or a misquote', () => {
    const broken = goodDataset();
    const rel = broken.relationships[0];
    if (!rel) throw new Error('no relationship in the data');
    const [first] = rel.provenance;
    rel.provenance = [
      { ...first, source: SOURCE_ID, paragraph: 99 } as (typeof rel.provenance)[0],
      { source: SOURCE_ID, section: ['No Such Heading'], paragraph: 1 },
      {
        ...first,
        source: SOURCE_ID,
        quote: 'words that the essay never printed',
      } as (typeof rel.provenance)[0],
    ];
    const rules = checkSource(broken, SOURCE_ID, essay).issues.map((i) => `${formatPath(i.path)} ${i.rule}`);
    expect(rules).toEqual([
      'relationships[0].provenance[0].paragraph citation-paragraph',
      'relationships[0].provenance[1].section citation-section',
      'relationships[0].provenance[2].quote citation-quote',
    ]);
  });

  it('is caught when dimensions stray from the order of the source', () => {
    const broken = goodDataset();
    const rel = broken.relationships.find(
      (r) =>
        r.dimensions.length > 1 &&
        r.dimensions.some(
          (d, i) =>
            i > 0 && d.provenance[0]?.section.join() !== r.dimensions[0]?.provenance[0]?.section.join(),
        ),
    );
    if (!rel) throw new Error('no relationship with dimensions from two paragraphs');
    rel.dimensions.reverse();
    const issues = checkSource(broken, SOURCE_ID, essay).issues;
    expect(issues.map((i) => i.rule)).toContain('claim-order');
    expect(issues.find((i) => i.rule === 'claim-order')?.message).toMatch(
      /^dimensions follow the order of the source/,
    );
  });

  it('notices an altered copy of the text by its hash', () => {
    const altered = essay.replace('1947', '1948');
    expect(checkSource(goodDataset(), SOURCE_ID, altered).hash.matches).toBe(false);
  });
});

describe('the source-text parser', () => {
  const text = [
    'An opening paragraph, before any heading.',
    'First Section',
    'A paragraph of the first section.',
    'Second Section',
    'Part A',
    'A paragraph of part A.',
    'Another paragraph of part A.',
    'Part B',
    'A paragraph of part B.',
    'Closing',
    'The closing paragraph.',
    'Written by someone.',
    'Leave a Reply',
  ].join('\r\n');

  it('nests a run of headings and numbers paragraphs under the deepest heading', () => {
    const parsed = parseSourceText(text);
    expect(parsed.paragraphs.map((p) => [p.section.join('/'), p.paragraph])).toEqual([
      ['', 1],
      ['First Section', 1],
      ['Second Section/Part A', 1],
      ['Second Section/Part A', 2],
      ['Second Section/Part B', 1],
      ['Second Section/Closing', 1],
      ['Second Section/Closing', 2],
    ]);
  });

  it('uses an outline to tell a top-level section from a subsection, and stops the body at the footer', () => {
    const parsed = parseSourceText(text, {
      outline: ['First Section', 'Second Section', 'Closing'],
      bodyEndsBefore: 'Written by',
    });
    expect(parsed.problems).toEqual([]);
    expect(findParagraph(parsed, ['Closing'], 1)?.text).toBe('The closing paragraph.');
    expect(findParagraph(parsed, ['Closing'], 2)?.body).toBe(false);
    expect(findParagraph(parsed, ['Second Section', 'Part B'], 1)?.line).toBe(9);
  });

  it('reports an outline heading the text lacks', () => {
    expect(parseSourceText(text, { outline: ['First Section', 'Missing'] }).problems).toEqual([
      'outline heading "Missing" is not a heading of the text',
    ]);
  });

  it('matches quotes word for word on word boundaries, folding typographic quotes', () => {
    const p = 'Pakistan’s relationship with China is an “all-weather strategic partnership,” they say.';
    expect(quoteStandsIn("Pakistan's relationship", p)).toBe(true);
    expect(quoteStandsIn('all-weather strategic partnership', p)).toBe(true);
    expect(quoteStandsIn('weather strategic', p)).toBe(true);
    expect(quoteStandsIn('eather strategic', p)).toBe(false);
    expect(quoteStandsIn('all-weather partnership', p)).toBe(false);
  });

  it('hashes the normal form, so line endings and trailing spaces do not matter', () => {
    expect(sourceDigest('a  \r\nb\r\n\r\n')).toBe(sourceDigest('a\nb'));
    expect(sourceDigest('a\nb')).not.toBe(sourceDigest('a\nc'));
  });
});

describe('finding a source text', () => {
  const id = 'some-source';
  /** A fresh clone-like tree: root/repo (with pnpm-workspace.yaml) and root/shared/sources. */
  function tree(): { root: string; repo: string } {
    const root = mkdtempSync(join(tmpdir(), 'policy-sources-'));
    const repo = join(root, 'repo');
    mkdirSync(join(repo, 'packages', 'p'), { recursive: true });
    writeFileSync(join(repo, 'pnpm-workspace.yaml'), 'packages: []\n');
    return { root, repo };
  }
  function put(dir: string, text: string): void {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${id}.txt`), text);
  }

  it('looks in POLICY_SOURCES_DIR, then the clone’s .sources/ cache, then ../shared/sources/', () => {
    const { root, repo } = tree();
    const cwd = join(repo, 'packages', 'p');
    const named = join(root, 'named');
    expect(findSourceText(id, { cwd, env: {} })).toBeUndefined();
    put(join(root, 'shared', 'sources'), 'shared');
    expect(findSourceText(id, { cwd, env: {} })).toMatchObject({ origin: 'shared', text: 'shared' });
    put(join(repo, '.sources'), 'cache');
    expect(findSourceText(id, { cwd, env: {} })).toMatchObject({ origin: 'cache', text: 'cache' });
    put(named, 'env');
    expect(findSourceText(id, { cwd, env: { POLICY_SOURCES_DIR: named } })).toMatchObject({
      origin: 'env',
      text: 'env',
      file: join(named, `${id}.txt`),
    });
    expect(sourceFolders({ cwd, env: { POLICY_SOURCES_DIR: named } }).map((f) => f.origin)).toEqual([
      'env',
      'cache',
      'shared',
    ]);
  });

  it('writes fetched texts to POLICY_SOURCES_DIR when set, else to the clone’s cache', () => {
    const { root, repo } = tree();
    expect(sourceCacheFolder({ cwd: repo, env: {} })).toBe(join(repo, '.sources'));
    expect(sourceCacheFolder({ cwd: repo, env: { POLICY_SOURCES_DIR: root } })).toBe(root);
  });

  it('says in one line how to get a missing text: a skip on a contributor’s machine, a failure under CI=true', () => {
    const { repo } = tree();
    const here = sourceForChecks(id, { cwd: repo, env: {} });
    expect(here.found).toBeUndefined();
    expect(here.skip).toMatch(/^the text of source "some-source" was not found: set POLICY_SOURCES_DIR/);
    expect(here.skip).not.toMatch(/\n/);
    const ci = sourceForChecks(id, { cwd: repo, env: { CI: 'true' } });
    expect(ci.skip).toBeUndefined();
    expect(ci.fail).toBe(here.skip);
  });
});

/**
 * What `policy cite` prints, read by pandoc's citeproc (Debian's pandoc), as a writer citing the
 * dataset would: the CSL-JSON and the BibTeX of the dataset, of a record and of the essay, rendered
 * in pandoc's default style (Chicago author-date) and in APA (the CSL style Debian ships).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chronology, citeDataset, citeSource, cslDataset, essays, meta } from '@policy/pakistan-2024';
import { expect, it } from 'vitest';
import { describeWithTool, policy, tempDir } from './helpers.js';

const APA = '/usr/share/citation-style-language/styles/apa.csl';
const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
const hint =
  'no pandoc with the CSL styles (install them with: sudo apt-get install -y pandoc citation-style-language-styles)';

const [essay] = essays;
if (!essay) throw new Error('the dataset has no essay');
const record = { collection: 'relationships', id: 'pakistan-china', title: 'Pakistan–China' };
const year = meta.released?.slice(0, 4) ?? 'n.d.';
const { URL: url } = cslDataset(meta);
// pandoc prints typographic apostrophes; the package's strings keep the plain one.
const curly = (s: string) => s.replaceAll("'", '’');

/** The bibliography pandoc renders from `policy cite [ref] --format <format>`, one reference a line. */
function render(ref: string[], format: 'csl-json' | 'bibtex', style?: string): string[] {
  const r = policy(['cite', ...ref, '--format', format]);
  expect(r.code).toBe(0);
  const dir = tempDir();
  const bibliography = join(dir, format === 'bibtex' ? 'cite.bib' : 'cite.json');
  writeFileSync(bibliography, r.stdout);
  writeFileSync(join(dir, 'cite.md'), '---\nnocite: "@*"\n---\n');
  const args = ['cite.md', '--citeproc', '--bibliography', bibliography, '-t', 'plain', '--wrap=none'];
  const out = spawnSync('pandoc', style ? [...args, '--csl', style] : args, { cwd: dir, encoding: 'utf8' });
  expect(out.stderr).toBe('');
  return out.stdout.trim().split(/\n\n/);
}

describeWithTool('pandoc citeproc on policy cite', hasPandoc && existsSync(APA), hint, () => {
  const essayApa = curly(citeSource(essay, 'apa'));
  const essayChicago = `Abbas, Shaan. ${essay.year}. “${curly(essay.title)}.” ${essay.publisher}. ${essay.url}.`;

  it.each(['csl-json', 'bibtex'] as const)(
    'renders the dataset and the essay from %s in APA as the package writes them',
    (format) => {
      expect(render([], format, APA)).toEqual([essayApa, curly(citeDataset(meta, 'apa'))]);
    },
  );

  it.each(['csl-json', 'bibtex'] as const)(
    'renders the dataset and the essay from %s in pandoc’s default style',
    (format) => {
      const title = format === 'bibtex' ? curly(meta.title) : 'Pakistan’s Foreign Policy in 2024';
      expect(render([], format)).toEqual([
        essayChicago,
        `@policy/pakistan-2024 contributors. ${year}. “${title}.” Data set. npm. ${url}.`,
      ]);
    },
  );

  it('renders a record from CSL-JSON in APA as the package writes it, and in the default style', () => {
    expect(render(['cn'], 'csl-json', APA)).toEqual([essayApa, curly(citeDataset(meta, 'apa', record))]);
    expect(render(['cn'], 'csl-json')).toEqual([
      essayChicago,
      `@policy/pakistan-2024 contributors. ${year}. “Pakistan–China.” Data set. Pakistan’s Foreign Policy in 2024. npm. ${url}.`,
    ]);
  });

  it('renders a record from BibTeX as a dated, versioned data set (BibTeX has no container for it)', () => {
    expect(render(['cn'], 'bibtex', APA)).toEqual([
      essayApa,
      `@policy/pakistan-2024 contributors. (${year}). Pakistan–China (Version ${meta.version}) [Data set]. npm. ${url}`,
    ]);
    expect(render(['cn'], 'bibtex')).toEqual([
      essayChicago,
      `@policy/pakistan-2024 contributors. ${year}. “Pakistan–China.” Data set. npm. ${url}.`,
    ]);
  });

  it('never dates the dataset by the year it is about, nor names the essay’s publisher twice', () => {
    for (const format of ['csl-json', 'bibtex'] as const) {
      const [first = '', second = ''] = render([], format, APA);
      expect(second).not.toContain(`(${meta.year})`);
      expect(first.split(essay.publisher)).toHaveLength(2);
    }
  });

  it('renders an event of the chronology with each of its reports, naming each publisher once', () => {
    const event = chronology.find((e) => e.provenance.length > 1) ?? chronology[0];
    if (!event) throw new Error('the dataset has no chronology');
    for (const format of ['csl-json', 'bibtex'] as const) {
      const entries = render([event.id], format, APA);
      // The essay is not cited for an event of the year: the dataset and the reports are.
      expect(entries.some((e) => e.includes(essay.title))).toBe(false);
      expect(entries.some((e) => e.includes('[Data set]'))).toBe(true);
      const reports = entries.filter((e) => !e.includes('[Data set]'));
      expect(reports.length).toBe(new Set(event.provenance.map((c) => c.source)).size);
      for (const entry of reports) {
        const url = entry.match(/https:\/\/\S+$/)?.[0];
        expect(url, entry).toBeDefined();
      }
    }
  });
});

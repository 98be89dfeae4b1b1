import { describe, expect, it } from 'vitest';
import { checkSource, sourceDigest } from '../src/entries/provenance.js';
import { formatPath } from '../src/issue.js';
import { findParagraph, parseSourceText, quoteStandsIn } from '../src/source-text.js';
import { builtData, SOURCE_ID, sourceText } from './helpers.js';

describe('every citation against the source text', () => {
  const data = builtData();
  const report = checkSource(data, SOURCE_ID, sourceText());

  it('names an existing heading path and paragraph, and every quote stands word for word in it', () => {
    const lines = report.issues.map((i) => `${formatPath(i.path)}  ${i.rule}  ${i.message}`);
    expect(lines).toEqual([]);
    expect(report.citations).toBeGreaterThan(0);
  });

  it('matches the SHA-256 recorded for the source', () => {
    expect(report.hash.actual).toBe(report.hash.expected);
  });

  it('cites every paragraph of the body at least once', () => {
    const uncited = report.coverage.uncited.map(
      (p) => `line ${p.line}: [${p.section.join(' > ')}] ¶${p.paragraph}`,
    );
    expect(uncited).toEqual([]);
    expect(report.coverage.cited).toBe(report.coverage.bodyParagraphs);
  });

  it('is caught when a citation points to a missing paragraph, a wrong heading or a misquote', () => {
    const broken = builtData();
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
    const rules = checkSource(broken, SOURCE_ID, sourceText()).issues.map(
      (i) => `${formatPath(i.path)} ${i.rule}`,
    );
    expect(rules).toEqual([
      'relationships[0].provenance[0].paragraph citation-paragraph',
      'relationships[0].provenance[1].section citation-section',
      'relationships[0].provenance[2].quote citation-quote',
    ]);
  });

  it('is caught when dimensions stray from the order of the source', () => {
    const broken = builtData();
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
    const issues = checkSource(broken, SOURCE_ID, sourceText()).issues;
    expect(issues.map((i) => i.rule)).toContain('order');
    expect(issues.find((i) => i.rule === 'order')?.message).toMatch(
      /^dimensions follow the order of the source/,
    );
  });

  it('notices an altered copy of the text by its hash', () => {
    const altered = sourceText().replace('1947', '1948');
    expect(checkSource(data, SOURCE_ID, altered).hash.matches).toBe(false);
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

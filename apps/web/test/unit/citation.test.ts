import { type Citation, formatCitation, sources } from '@policy/pakistan-2024';
import { describe, expect, it } from 'vitest';
import { citationView, textFragment } from '@/lib/citation';

const source = sources[0];
if (!source) throw new Error('the dataset has no source');

describe('textFragment', () => {
  it('percent-encodes the phrase and escapes the characters the fragment syntax reserves', () => {
    expect(textFragment('all-weather strategic partnership')).toBe(
      ':~:text=all%2Dweather%20strategic%20partnership',
    );
    expect(textFragment('trade, energy & security')).toBe(':~:text=trade%2C%20energy%20%26%20security');
  });

  it('collapses runs of whitespace', () => {
    expect(textFragment('  deep-rooted\n ties ')).toBe(':~:text=deep%2Drooted%20ties');
  });
});

describe('citationView', () => {
  const quoted: Citation = {
    source: source.id,
    section: ['Pakistan-China Relations', 'All-Weather Strategic Partnership'],
    paragraph: 2,
    quote: 'all-weather strategic partnership',
  };

  it('shows the heading path, the paragraph and the quoted phrase', () => {
    const view = citationView(quoted, source);
    expect(view.section).toBe('Pakistan-China Relations › All-Weather Strategic Partnership');
    expect(view.paragraph).toBe(2);
    expect(view.quote).toBe('all-weather strategic partnership');
    expect(view.text).toBe(formatCitation(quoted));
    expect(view.sourceTitle).toBe(source.title);
  });

  it('links to the quoted phrase in the source, or to the source when nothing is quoted', () => {
    expect(citationView(quoted, source).href).toBe(
      `${source.url}#:~:text=all%2Dweather%20strategic%20partnership`,
    );
    const plain = citationView({ source: source.id, section: [], paragraph: 1 }, source);
    expect(plain.href).toBe(source.url);
    expect(plain.section).toBe('Opening paragraphs');
    expect(plain.quote).toBeUndefined();
  });

  it('has no link when the source is unknown', () => {
    expect(citationView(quoted).href).toBeUndefined();
  });
});

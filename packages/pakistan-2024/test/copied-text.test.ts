import { describe, expect, it } from 'vitest';
import { copiedText, foldWords, MIN_COPIED_WORDS, SharedRuns } from '../src/check/copied-text.js';
import { formatPath } from '../src/rules/issue.js';

const SOURCE = [
  'A Heading Of Exactly Ten Words That Is Quoted By Design',
  'Pakistan’s “all-weather” friendship with China has been tested, and it has held through every storm of the last seven decades.',
  'Another line entirely, unrelated to the first one in any way at all, with words of its own.',
].join('\n');
const texts = [{ id: 'essay', text: SOURCE }];
const lines = (data: object) =>
  copiedText(data, texts).map((i) => `${formatPath(i.path)}  ${i.rule}  ${i.message}`);

describe('the words the copied-text rule compares', () => {
  it('folds case, drops apostrophes, and splits on everything that is not a letter, digit or mark', () => {
    expect(foldWords('Pakistan’s “All-Weather” ties—since 1947, U.S. aid').map((w) => w.word)).toEqual([
      'pakistans',
      'all',
      'weather',
      'ties',
      'since',
      '1947',
      'u',
      's',
      'aid',
    ]);
    expect(foldWords("Pakistan's").map((w) => w.word)).toEqual(['pakistans']);
    expect(foldWords('café naïve').map((w) => w.word)).toEqual(['café', 'naïve']);
  });

  it('remembers where each word stands in the original', () => {
    const text = '  “Quoted”, words';
    expect(foldWords(text).map((w) => text.slice(w.start, w.end))).toEqual(['Quoted', 'words']);
  });
});

describe('the copied-text rule', () => {
  it(`flags a run of ${MIN_COPIED_WORDS} words shared with a source, whatever its case, quotes and punctuation`, () => {
    const copied =
      'We read that pakistans all weather FRIENDSHIP with china has been tested and it has held.';
    expect(lines({ topics: [{ description: copied }] })).toEqual([
      'topics[0].description  copied-text  13 words in a row are the words of essay (line 2): "pakistans all weather FRIENDSHIP with china has been tested and it has held"; say it in our own words, or quote at most 12 words in a citation\'s quote',
    ]);
  });

  it(`leaves a run of ${MIN_COPIED_WORDS - 1} words alone`, () => {
    expect(lines({ summary: 'Its ties with china has been tested and it has held firm' })).toEqual([]);
  });

  it('does not join words across the lines (paragraphs) of the source', () => {
    expect(
      lines({ summary: 'the last seven decades another line entirely unrelated to the first one' }),
    ).toEqual([]);
  });

  it('reports two separate runs in one field separately', () => {
    const text =
      'Pakistan’s all-weather friendship with China has been tested, and it has held; but also another line entirely unrelated to the first one in any way.';
    expect(copiedText({ summary: text }, texts).map((i) => i.message.match(/"(.+)"/)?.[1])).toEqual([
      'Pakistan’s all-weather friendship with China has been tested, and it has held',
      'another line entirely unrelated to the first one in any way',
    ]);
  });

  it('leaves quote fields and the heading paths of citations alone, but not other lists', () => {
    const heading = SOURCE.split('\n')[0] as string;
    const citation = { source: 'essay', section: [heading], paragraph: 1, quote: heading };
    expect(lines({ topics: [{ provenance: [citation] }] })).toEqual([]);
    expect(lines({ topics: [{ aliases: [heading] }] })).toHaveLength(1);
    expect(lines({ topics: [{ section: heading }] })).toHaveLength(1);
  });

  it('compares with any texts it is given, such as the quotes of a report', () => {
    const report = {
      id: 'report-2024',
      text: 'the minister said the talks were frank and open and would go on next month',
    };
    const found = copiedText({ summary: 'The talks were frank and open and would go on next month.' }, [
      report,
    ]);
    expect(found.map((i) => i.message)).toEqual([
      expect.stringContaining('12 words in a row are the words of report-2024 (line 1)'),
    ]);
  });

  it('reuses one index of the texts for many checks', () => {
    const index = new SharedRuns(texts);
    expect(copiedText({ a: 'has been tested and it has held through every storm of' }, index)).toHaveLength(
      1,
    );
    expect(index.find('nothing shared here at all')).toEqual([]);
  });
});

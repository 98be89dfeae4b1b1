import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatIssue, schemaIssues, validate } from '../src/entries/schema.js';
import type { Dataset } from '../src/schema/index.js';
import { goodDataset } from './helpers.js';

/** A minimal event, cited like the first relationship, for the event rules. */
function event(d: Dataset, fields: Partial<Dataset['events'][number]>): Dataset['events'][number] {
  const provenance = d.relationships[0]?.provenance ?? [];
  const base = { title: 'E', date: '2001', summary: 'x.', actors: [], relationships: [], provenance };
  return { id: 'e', precision: 'year', dateSource: 'source', ...base, ...fields };
}

/** Where the essay sits among the sources (they are kept in id order, reports around it). */
const essayAt = (d: Dataset) => d.sources.findIndex((s) => s.kind === 'essay');

/** Validates a mutated copy of valid data (see `goodDataset`) and returns `path  rule  message` lines. */
function issuesAfter(mutate: (d: Dataset) => void): string[] {
  const data = goodDataset();
  mutate(data);
  const result = validate(data);
  return result.issues.map(formatIssue);
}

describe('validate', () => {
  it('passes valid data', () => {
    const result = validate(goodDataset());
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.success).toBe(true);
  });
});

describe('validate reports each broken rule with its path', () => {
  it('a duplicate id', () => {
    const lines = issuesAfter((d) => {
      d.actors.push({ ...(d.actors[0] as Dataset['actors'][number]) });
    });
    expect(
      lines.some((l) => /^actors\[\d+\]\.id {2}unique-id {2}id ".+" is used twice in actors$/.test(l)),
    ).toBe(true);
  });

  it('an id used in two collections', () => {
    const lines = issuesAfter((d) => {
      const topic = d.topics[0] as Dataset['topics'][number];
      topic.id = (d.actors[0] as Dataset['actors'][number]).id;
    });
    expect(lines.join('\n')).toMatch(/topics\[0\]\.id {2}unique-id {2}id ".+" is already used in actors/);
  });

  it('a dangling reference', () => {
    const lines = issuesAfter((d) => {
      (d.relationships[0] as Dataset['relationships'][number]).topics.push('no-such-topic');
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^relationships\[0\]\.topics\[\d+\] {2}reference {2}"no-such-topic" is not the id of any record in topics$/,
      ),
    );
  });

  it('a citation of an unknown source', () => {
    const lines = issuesAfter((d) => {
      const rel = d.relationships[0] as Dataset['relationships'][number];
      (rel.provenance[0] as { source: string }).source = 'nowhere';
    });
    expect(lines).toContain(
      'relationships[0].provenance[0].source  reference  "nowhere" is not the id of any record in sources',
    );
  });

  it('a value outside an enumeration', () => {
    const lines = issuesAfter((d) => {
      (d.relationships[0] as { stance: { value: string } }).stance.value = 'friendly';
    });
    expect(lines).toEqual([
      expect.stringMatching(
        /^relationships\[0\]\.stance\.value {2}schema {2}stance\.value: expected one of "close-cooperation"\|/,
      ),
    ]);
  });

  it('a wrong type and an unknown field', () => {
    const lines = issuesAfter((d) => {
      (d.sources[essayAt(d)] as { year: unknown }).year = 'last year';
      (d.actors[0] as Record<string, unknown>).colour = 'green';
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^sources\\[${essayAt(goodDataset())}\\]\\.year {2}schema {2}year: expected number, received string$`,
        ),
      ),
    );
    expect(lines).toContain('actors[0].colour  unknown-field  unknown field "colour"');
  });

  it('a quote longer than twelve words', () => {
    const lines = issuesAfter((d) => {
      const c = (d.relationships[0] as Dataset['relationships'][number]).provenance[0] as { quote?: string };
      c.quote = 'one two three four five six seven eight nine ten eleven twelve thirteen';
    });
    expect(lines).toContain(
      'relationships[0].provenance[0].quote  schema  provenance[0].quote: a quote is at most 12 words',
    );
  });

  it('an id list out of order', () => {
    const lines = issuesAfter((d) => {
      const rel = d.relationships[0] as Dataset['relationships'][number];
      rel.topics = ['zz-last', ...rel.topics];
    });
    expect(lines.join('\n')).toMatch(
      /relationships\[0\]\.topics\[1\] {2}id-list-order {2}ids are kept in alphabetical order/,
    );
  });

  it('records out of id order, and events out of date order', () => {
    expect(issuesAfter((d) => d.actors.reverse()).join('\n')).toMatch(
      /^actors\[1\] {2}record-order {2}actors are kept in id order/m,
    );
    const events = issuesAfter((d) => {
      d.events = [event(d, { id: 'b-later', date: '2001' }), event(d, { id: 'a-earlier', date: '1947' })];
    });
    expect(events).toContainEqual(
      expect.stringMatching(
        /^events\[1\] {2}record-order {2}events are kept in date order: "a-earlier" belongs before "b-later"$/,
      ),
    );
  });

  it('an event whose date does not match its precision, or lacks a reference', () => {
    const lines = issuesAfter((d) => {
      d.events = [event(d, { id: 'x', date: '1979-12', dateSource: 'reference' })];
    });
    expect(lines).toContain('events[0].date  schema  date: "1979-12" does not match precision "year"');
    expect(lines).toContain(
      'events[0].dateReference  schema  dateReference: a date the source does not print needs a dateReference',
    );
  });

  it('an alias that names two topics', () => {
    const lines = issuesAfter((d) => {
      const [a, b] = d.topics as [Dataset['topics'][number], Dataset['topics'][number]];
      b.aliases = [...b.aliases, a.name];
    });
    expect(lines.join('\n')).toMatch(/^topics\[1\]\.aliases {2}unique-alias {2}".+" already names topic/m);
  });

  it('an alias that names two actors', () => {
    const lines = issuesAfter((d) => {
      const [a, b] = d.actors as [Dataset['actors'][number], Dataset['actors'][number]];
      b.aliases = [...b.aliases, a.name.toUpperCase()];
    });
    expect(lines.join('\n')).toMatch(/^actors\[1\]\.aliases {2}unique-alias {2}".+" already names actor/m);
  });

  it('a state without its ISO codes, and a dimension kind used twice', () => {
    const lines = issuesAfter((d) => {
      const state = d.actors.find((a) => a.kind === 'state') as Dataset['actors'][number];
      delete state.iso3;
      const rel = d.relationships[0] as Dataset['relationships'][number];
      rel.dimensions.push({
        ...(rel.dimensions[0] as Dataset['relationships'][number]['dimensions'][number]),
      });
    });
    expect(lines.join('\n')).toMatch(/actors\[\d+\]\.iso3 {2}schema {2}iso3: a state needs its iso3 code/);
    const again = issuesAfter((d) => {
      const rel = d.relationships[0] as Dataset['relationships'][number];
      rel.dimensions.push({
        ...(rel.dimensions[0] as Dataset['relationships'][number]['dimensions'][number]),
      });
    });
    expect(again.join('\n')).toMatch(/relationships\[0\]\.dimensions\[\d+\]\.kind {2}unique-dimension/);
  });

  it('an id listed twice', () => {
    const lines = issuesAfter((d) => {
      const rel = d.relationships.find((r) => r.topics.length) as Dataset['relationships'][number];
      rel.topics = [rel.topics[0] as string, ...rel.topics];
    });
    expect(lines.join('\n')).toMatch(
      /relationships\[\d+\]\.topics\[1\] {2}id-list-repeat {2}".+" is listed twice/,
    );
  });
});

describe('schema messages name the field, once per mistake', () => {
  it('a missing required field says "missing field" and names it', () => {
    const lines = issuesAfter((d) => {
      delete (d.topics[0] as Partial<Dataset['topics'][number]>).description;
    });
    expect(lines).toEqual(['topics[0].description  missing-field  missing field "description"']);
  });

  it('a misspelt field is one line that suggests the field meant', () => {
    const lines = issuesAfter((d) => {
      const topic = d.topics[0] as Record<string, unknown>;
      topic.descripton = topic.description;
      delete topic.description;
    });
    expect(lines).toEqual([
      'topics[0].descripton  unknown-field  unknown field "descripton"; did you mean "description"?',
    ]);
  });

  it('inside a record, the message names the path from the record', () => {
    const lines = issuesAfter((d) => {
      const stance = (d.relationships[0] as Dataset['relationships'][number]).stance as Record<
        string,
        unknown
      >;
      stance.rationle = stance.rationale;
      delete stance.rationale;
    });
    expect(lines).toEqual([
      'relationships[0].stance.rationle  unknown-field  stance: unknown field "rationle"; did you mean "rationale"?',
    ]);
  });

  it('an unknown field with no near neighbour suggests nothing', () => {
    const lines = issuesAfter((d) => {
      (d.themes[0] as Record<string, unknown>).zzz = 1;
    });
    expect(lines).toEqual(['themes[0].zzz  unknown-field  unknown field "zzz"']);
  });
});

describe('schema messages for a choice of shapes (a union)', () => {
  const Cited = z.union([
    z.strictObject({ source: z.string(), section: z.array(z.string()), paragraph: z.number() }),
    z.strictObject({ source: z.string(), quote: z.string() }),
  ]);
  const Entry = z.strictObject({ id: z.string(), provenance: z.array(Cited) });
  const words = (input: unknown) => {
    const parsed = Entry.safeParse(input);
    return parsed.success ? [] : schemaIssues(parsed.error, { schema: Entry, input }).map(formatIssue);
  };

  it('reports the mistake against the shape it came nearest to, with the fields of every shape known', () => {
    expect(words({ id: 'x', provenance: [{ source: 's', qoute: 'q' }] })).toEqual([
      'provenance[0].qoute  unknown-field  provenance[0]: unknown field "qoute"; did you mean "quote"?',
    ]);
    expect(words({ id: 'x', provenance: [{ source: 's', section: [], paragraph: 'one' }] })).toEqual([
      'provenance[0].paragraph  schema  provenance[0].paragraph: expected number, received string',
    ]);
  });
});

describe('the rules of the two layers', () => {
  const first = (d: Dataset) => d.chronology[0] as Dataset['chronology'][number];
  const reportAt = (d: Dataset) => d.sources.findIndex((s) => s.kind === 'report');

  it('a report cited like the essay, and the essay cited like a report', () => {
    const lines = issuesAfter((d) => {
      const report = d.sources[reportAt(d)] as { id: string };
      const rel = d.relationships[0] as Dataset['relationships'][number];
      (rel.provenance[0] as { source: string }).source = report.id;
      (first(d).provenance[0] as { source: string }).source = 'iips-2024-pakistan-foreign-policy';
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^relationships\[0\]\.provenance\[0\]\.source {2}citation-kind {2}".+" is a report; a report is cited by \{ source, quote \} only$/,
      ),
    );
    expect(lines).toContain(
      'chronology[0].provenance[0].source  citation-kind  "iips-2024-pakistan-foreign-policy" is the essay; the chronology cites published reports only',
    );
  });

  it('a chronology event citing no report, or citing a report without a quote', () => {
    expect(
      issuesAfter((d) => {
        first(d).provenance = [];
      }),
    ).toContain(
      'chronology[0].provenance  schema  provenance: a record of the chronology or the figures cites at least one report',
    );
    const lines = issuesAfter((d) => {
      delete (first(d).provenance[0] as { quote?: string }).quote;
    });
    expect(lines).toContainEqual(
      'chronology[0].provenance[0].quote  missing-field  provenance[0]: missing field "quote"',
    );
  });

  it('a report quote of more than twelve words', () => {
    const lines = issuesAfter((d) => {
      (first(d).provenance[0] as { quote: string }).quote =
        'one two three four five six seven eight nine ten eleven twelve thirteen';
    });
    expect(lines).toContain(
      'chronology[0].provenance[0].quote  schema  provenance[0].quote: a quote is at most 12 words',
    );
  });

  it("a date outside the dataset's year, an end before the start, and a day the calendar lacks", () => {
    const outside = issuesAfter((d) => {
      const e = first(d);
      e.date = '2023-12-31';
    });
    expect(outside).toContain(
      "chronology[0].date  chronology-year  2023-12-31 is not in 2024, the dataset's year; the chronology holds that year's events only",
    );
    const backwards = issuesAfter((d) => {
      const e = first(d);
      e.end = '2024-01-01';
      e.date = '2024-01-02';
    });
    expect(backwards).toContain('chronology[0].end  schema  end: an event cannot end before it starts');
    expect(
      issuesAfter((d) => {
        first(d).date = '2024-02-30';
      }),
    ).toContain('chronology[0].date  schema  date: no such day in the calendar');
  });

  it('events out of date order', () => {
    const lines = issuesAfter((d) => {
      d.chronology.reverse();
    });
    expect(lines).toContainEqual(
      expect.stringMatching(/^chronology\[1\] {2}record-order {2}chronology are kept in date order/),
    );
  });

  it('dimension kinds out of vocabulary order or repeated', () => {
    const lines = issuesAfter((d) => {
      first(d).dimensions = ['security', 'diplomatic'];
      (d.chronology[1] as Dataset['chronology'][number]).dimensions = ['security', 'security'];
    });
    expect(lines).toContain(
      'chronology[0].dimensions[1]  id-list-order  dimension kinds are kept in vocabulary order: "diplomatic" belongs before "security"',
    );
    expect(lines).toContain('chronology[1].dimensions[1]  id-list-repeat  "security" is listed twice');
  });

  it('a report dated after it was read, an address that is not https, and a report in meta.sources', () => {
    const lines = issuesAfter((d) => {
      const at = reportAt(d);
      const report = d.sources[at] as Dataset['sources'][number] & { published?: string };
      report.published = '2027-01-01';
      report.url = 'http://example.org/report';
      d.meta.sources = [...d.meta.sources, report.id].sort();
    });
    const at = reportAt(goodDataset());
    expect(lines).toContain(
      `sources[${at}].published  report-dates  published 2027-01-01 is after accessed 2026-11-28; a copy cannot be read before it appears`,
    );
    expect(lines).toContain(
      `sources[${at}].url  https-url  http://example.org/report is not an absolute https address`,
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^meta\.sources\[\d\] {2}meta-sources {2}".+" is a report; meta\.sources lists the essays/,
      ),
    );
  });

  it('a source of neither kind', () => {
    const lines = issuesAfter((d) => {
      (d.sources[0] as { kind: string }).kind = 'rumour';
    });
    expect(lines).toContain('sources[0].kind  schema  kind: a source has `kind: essay` or `kind: report`');
  });
});

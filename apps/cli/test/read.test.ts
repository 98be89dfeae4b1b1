import {
  chronology,
  chronologyOf,
  dataset,
  events,
  relationships,
  reportLabel,
  reportsOf,
  search,
  stances,
} from '@policy/pakistan-2024';
import { describe, expect, it } from 'vitest';
import { oneLineError, policy, policyJson } from './helpers.js';

describe('policy list', () => {
  it('shows relationships with partner, label, stance and trajectory', () => {
    const r = policy(['list', 'relationships']);
    expect(r.code).toBe(0);
    const [header, ...rows] = r.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^id\s+partner\s+label\s+stance\s+trajectory$/);
    expect(rows).toHaveLength(relationships.length);
    for (const rel of relationships) {
      const row = rows.find((line) => line.startsWith(`${rel.id} `));
      expect(row, rel.id).toBeDefined();
      const stance = stances.find((s) => s.value === rel.stance.value);
      expect(row).toContain(rel.label);
      expect(row).toContain(stance?.label);
    }
  });

  it.each([
    'sources',
    'actors',
    'themes',
    'initiatives',
    'topics',
    'events',
    'chronology',
    'prospects',
  ] as const)('lists every record of %s, and the records themselves with --json', (collection) => {
    const r = policy(['list', collection]);
    expect(r.code).toBe(0);
    for (const record of dataset[collection]) expect(r.stdout).toContain(record.id);
    expect(policyJson(['list', collection, '--json'])).toEqual(dataset[collection]);
  });
});

describe('policy show', () => {
  it.each(['pakistan-china', 'cn', 'CN', 'CHN', 'China', 'china', "People's Republic of China"])(
    'finds Pakistan–China by %j',
    (ref) => {
      const r = policy(['show', ref]);
      expect(r.code).toBe(0);
      expect(r.stdout.split('\n')[0]).toMatch(/^Pakistan–China\s+relationships\/pakistan-china$/);
    },
  );

  it.each([
    ['KSA', 'relationships/pakistan-gulf-states'],
    ['U.S.', 'relationships/pakistan-united-states'],
    ['usa', 'relationships/pakistan-united-states'],
    ['actors/china', 'actors/china'],
    ['CPEC', 'initiatives/cpec'],
    ['kashmir', 'topics/kashmir'],
  ])('resolves %j to %s', (ref, expected) => {
    expect(policyJson<{ collection: string; record: { id: string } }>(['show', ref, '--json'])).toMatchObject(
      {
        collection: expected.split('/')[0],
        record: { id: expected.split('/')[1] },
      },
    );
  });

  it('lays a relationship out with its dimensions, points, challenges, opportunities, links and citations', () => {
    const rel = relationships.find((r) => r.id === 'pakistan-china');
    expect(rel).toBeDefined();
    if (!rel) return;
    const out = policy(['show', 'pakistan-china']).stdout.replace(/\s+/g, ' ');
    for (const d of rel.dimensions) {
      expect(out).toContain(d.title);
      for (const p of d.points) expect(out).toContain(p.text);
    }
    for (const c of [...rel.challenges, ...rel.opportunities]) expect(out).toContain(c.text);
    if (rel.challenges.length) expect(out).toContain('Challenges');
    if (rel.opportunities.length) expect(out).toContain('Opportunities');
    expect(out).toContain('Links');
    // Each point is followed by its citation: section path and paragraph.
    const first = rel.dimensions[0]?.points[0];
    const cite = first?.provenance[0];
    expect(out).toContain(`${first?.text} ↳ ${cite?.section.join(' › ')} ¶${cite?.paragraph}`);
  });

  it('gives links and backlinks with --json', () => {
    const shown = policyJson<{
      links: { field: string; collection: string; id: string; title: string }[];
      referencedBy: { collection: string; id: string }[];
    }>(['show', 'actors/china', '--json']);
    expect(shown.referencedBy).toContainEqual(
      expect.objectContaining({ collection: 'relationships', id: 'pakistan-china' }),
    );
    const rel = policyJson<{ links: { field: string; id: string }[] }>(['show', 'cn', '--json']);
    expect(rel.links).toContainEqual(expect.objectContaining({ field: 'partners', id: 'china' }));
  });

  it('exits 1 with "did you mean" for an unknown reference', () => {
    const r = policy(['show', 'chna']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(oneLineError(r)).toMatch(/^policy: no record matches "chna"; did you mean china \(actors\)/);
  });

  it('suggests a search when nothing is near', () => {
    const r = policy(['show', 'zzzzqqqq']);
    expect(r.code).toBe(1);
    expect(oneLineError(r)).toContain('try `policy search "zzzzqqqq"`');
  });
});

describe('policy search', () => {
  it('prints no raw score, and labels partial matches', () => {
    const r = policy(['search', 'russia', 'oil']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/score/i);
    expect(r.stdout).toContain('No record matches every word of "russia oil"');
    expect(r.stdout).toContain('relationships/pakistan-russia');
    expect(r.stdout).toContain('(partial match)');
    expect(policy(['search', 'kashmir']).stdout).not.toContain('partial');
  });

  it('offers "did you mean" and a way on when nothing matches', () => {
    const typo = policy(['search', 'tailban']);
    expect(typo.stdout).toContain('Did you mean: "taliban"?');
    const none = policy(['search', 'blinken']);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('No results for "blinken".');
    expect(none.stdout).toContain('`policy timeline`');
  });

  it('returns the package search results, ranked', () => {
    expect(policyJson(['search', 'kashmir', '--json'])).toEqual(search('kashmir', { limit: 10 }));
    expect(policyJson(['search', 'gas', 'pipeline', '--json'])).toEqual(
      search('gas pipeline', { limit: 10 }),
    );
  });

  it('filters by collection and limits the count', () => {
    const results = policyJson<{ collection: string }[]>([
      'search',
      'energy',
      '--collection',
      'relationships',
      '-n',
      '2',
      '--json',
    ]);
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(2);
    expect(results.every((r) => r.collection === 'relationships')).toBe(true);
    const two = policyJson<{ collection: string }[]>([
      'search',
      'pakistan',
      '-c',
      'topics',
      '-c',
      'themes',
      '--json',
    ]);
    expect(new Set(two.map((r) => r.collection))).toEqual(new Set(['topics', 'themes']));
  });

  it('prints rank, title, reference and snippet', () => {
    const [top] = search('kashmir', { limit: 1 });
    const r = policy(['search', 'kashmir']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(
      new RegExp(`^ 1\\. ${top?.title}\\s+${top?.collection}/${top?.id}`),
    );
  });

  it('says so when nothing matches', () => {
    const r = policy(['search', 'qqqqzzzzxxxx']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No results');
    expect(policyJson(['search', 'qqqqzzzzxxxx', '--json'])).toEqual([]);
  });
});

describe('policy timeline', () => {
  type Item = { layer: 'context' | 'chronology'; id: string; date: string; end?: string };
  const layered = (args: string[] = []) => policyJson<Item[]>(['timeline', ...args, '--json']);

  it('gives the two layers apart, each labelled and in date order: the context, then the chronology', () => {
    const listed = layered();
    const context = listed.filter((e) => e.layer === 'context');
    const year = listed.filter((e) => e.layer === 'chronology');
    expect(listed).toEqual([...context, ...year]);
    expect(context.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(year.map((e) => e.id)).toEqual(chronology.map((e) => e.id));
    for (const layer of [context, year]) {
      const dates = layer.map((e) => e.date);
      expect(dates).toEqual([...dates].sort());
    }
    const text = policy(['timeline']).stdout;
    const contextAt = text.indexOf('Historical context, from the essay');
    const chronologyAt = text.indexOf(`Chronology of ${dataset.meta.year}, from published reports`);
    expect(contextAt).toBeGreaterThanOrEqual(0);
    expect(chronologyAt).toBeGreaterThan(contextAt);
    const positions = [...events, ...chronology].map((e) => text.indexOf(e.title));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(positions.slice(events.length).every((p) => p > chronologyAt)).toBe(true);
  });

  it('gives only the key events with --key, each with its reason, as chronologyOf({ key: true }) does', () => {
    const listed = layered(['--key']);
    const key = chronology.filter((e) => e.key !== undefined);
    expect(key.length).toBeGreaterThanOrEqual(6);
    expect(listed.map((e) => e.id)).toEqual(key.map((e) => e.id));
    expect(listed.every((e) => e.layer === 'chronology')).toBe(true);
    const text = policy(['timeline', '--key']).stdout.replace(/\s+/g, ' ');
    expect(text).not.toContain('Historical context, from the essay');
    for (const e of key) expect(text).toContain(`Key event: ${e.key?.reason}`);
    expect(layered(['--key', '--partner', 'india']).map((e) => e.id)).toEqual(
      key.filter((e) => e.relationships.includes('pakistan-india')).map((e) => e.id),
    );
  });

  it('names the reports of each event of the chronology', () => {
    const text = policy(['timeline', '--from', '2024-01', '--to', '2024-01']).stdout.replace(/\s+/g, ' ');
    for (const e of chronology.filter((x) => x.date.startsWith('2024-01')))
      for (const r of reportsOf(e)) expect(text).toContain(reportLabel(r));
  });

  it('keeps the events of a year, or of a period given by day or month, in each layer', () => {
    expect(layered(['--year', '1979']).map((e) => e.id)).toEqual(
      events
        .filter((e) => e.date.startsWith('1979') || (e.end ?? '') >= '1979')
        .filter((e) => e.date <= '1979-12-31')
        .map((e) => e.id),
    );
    expect(layered(['--year', '2024']).filter((e) => e.layer === 'chronology')).toHaveLength(
      chronology.length,
    );
    const autumn = layered(['--from', '2024-10', '--to', '2024-10-15']);
    expect(autumn.length).toBeGreaterThan(0);
    expect(autumn.map((e) => e.id)).toEqual(
      chronologyOf({ from: '2024-10-01', to: '2024-10-15' }).map((e) => e.id),
    );
  });

  it.each([
    ['pakistan-afghanistan', 'id'],
    ['AF', 'ISO code'],
    ['Afghanistan', 'name'],
  ])('takes a partner by %s (%s), in both layers', (ref) => {
    const listed = layered(['--partner', ref]);
    const mentions = (e: { actors: readonly string[]; relationships: readonly string[] }) =>
      e.relationships.includes('pakistan-afghanistan') || e.actors.includes('afghanistan');
    expect(listed.filter((e) => e.layer === 'context').map((e) => e.id)).toEqual(
      events.filter(mentions).map((e) => e.id),
    );
    expect(listed.filter((e) => e.layer === 'chronology').map((e) => e.id)).toEqual(
      chronology.filter(mentions).map((e) => e.id),
    );
    expect(listed.some((e) => e.layer === 'context')).toBe(true);
  });

  it('takes a partner by alias, a group by any member, and an actor without a relationship', () => {
    // A group's partner takes in the events of the relationship and those of any member state
    // (the Riyadh summit names Saudi Arabia but bears on no relationship of the essay).
    const gulf = layered(['--partner', 'KSA', '--year', '2024']);
    const group = dataset.actors.find((a) => a.id === 'gulf-states');
    const members = new Set(['gulf-states', ...(group?.members ?? [])]);
    expect(members.has('saudi-arabia')).toBe(true);
    const expected = chronology.filter(
      (e) => e.relationships.includes('pakistan-gulf-states') || e.actors.some((a) => members.has(a)),
    );
    expect(gulf.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect(expected.length).toBeGreaterThan(chronologyOf({ relationship: 'pakistan-gulf-states' }).length);
    const iran = layered(['--partner', 'iran']);
    expect(iran.length).toBeGreaterThanOrEqual(3);
    expect(iran.every((e) => e.layer === 'chronology')).toBe(true);
    expect(iran.map((e) => e.id)).toEqual(chronologyOf({ actor: 'iran' }).map((e) => e.id));
  });

  it.each([
    [
      ['--from', '2024-13'],
      /^policy: --from "2024-13" is not a day \(YYYY-MM-DD\) or a month \(YYYY-MM\)$/,
      2,
    ],
    [['--to', 'soon'], /^policy: --to "soon" is not a day/, 2],
    [['--year', '24'], /^policy: --year "24" is not a year \(YYYY\)$/, 2],
    [['--year', '2024', '--from', '2024-01'], /--year cannot be combined with --from or --to/, 2],
    [['--from', '2024-05', '--to', '2024-04'], /--from 2024-05 comes after --to 2024-04/, 2],
    [
      ['--partner', 'kashmir'],
      /--partner takes a relationship or an actor; "kashmir" is a topic \(topics\/kashmir\)/,
      2,
    ],
    [['--partner', 'chnia'], /^policy: no record matches "chnia"; did you mean/, 1],
  ])('refuses %j in one line', (args, message, code) => {
    const r = policy(['timeline', ...args]);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(oneLineError(r)).toMatch(message);
  });
});

describe('policy show and the chronology', () => {
  it('lists the events of the year for a relationship, apart from its backlinks', () => {
    const year = chronologyOf({ relationship: 'pakistan-china' });
    const out = policy(['show', 'cn']).stdout;
    const section = out.indexOf(`${dataset.meta.year} in events (the chronology, cited to reports)`);
    expect(section).toBeGreaterThan(0);
    const flat = out.slice(section).replace(/\s+/g, ' ');
    for (const e of year) expect(flat).toContain(`${e.title} (chronology/${e.id})`);
    const referenced = out.slice(out.indexOf('Referenced by'));
    expect(referenced).not.toContain('chronology/');
  });

  it('lays out an event of the chronology with its kind, date note, quoted reports and the reports themselves', () => {
    const event = chronology.find((e) => e.dateNote && e.end);
    if (!event) throw new Error('no event with a span and a date note');
    const r = policy(['show', event.id]);
    expect(r.code).toBe(0);
    const out = r.stdout.replace(/\s+/g, ' ');
    expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`chronology/${event.id}$`));
    expect(out).toContain(event.summary);
    expect(out).toContain('not drawn from the essay and does not change its codings');
    for (const c of event.provenance) expect(out).toContain(`“${c.quote}”`);
    for (const report of reportsOf(event)) expect(out).toContain(report.url);
    const shown = policyJson<{ collection: string; links: { collection: string; id: string }[] }>([
      'show',
      event.id,
      '--json',
    ]);
    expect(shown.collection).toBe('chronology');
    expect(shown.links.map((l) => l.id)).toEqual(expect.arrayContaining(event.relationships));
  });
});

import { actors, chronology, type EventKind, eventKinds, relationships } from '@policy/pakistan-2024';
import { describe, expect, it } from 'vitest';
import {
  GAP,
  type GlanceEvent,
  glanceLayout,
  labelLines,
  lanesOf,
  type Mark,
  ROW,
  shapeOf,
  TARGET,
} from '@/lib/glance-chart';
import {
  keyEvents,
  keyNumber,
  organisationIds,
  PARTNER_LANE_MIN,
  partnerLanes,
  relationshipLanes,
  yearAtAGlance,
} from '@/lib/glance-data';

const event = (id: string, date: string, more: Partial<GlanceEvent> = {}): GlanceEvent => ({
  id,
  title: id,
  date,
  kind: 'visit',
  relationships: ['r1'],
  actors: ['a'],
  ...more,
});
const lanes = [
  { id: 'r1', label: 'One' },
  { id: 'r2', label: 'Two' },
];
const orgs = new Set(['un']);

/** True when two marks' targets (and spans) overlap. */
const overlap = (a: Mark, b: Mark) => {
  const [a0, a1] = [a.x - TARGET / 2, Math.max(a.x + TARGET / 2, a.endX ?? 0)];
  const [b0, b1] = [b.x - TARGET / 2, Math.max(b.x + TARGET / 2, b.endX ?? 0)];
  return a.y === b.y ? a0 < b1 + GAP && b0 < a1 + GAP : Math.abs(a.y - b.y) < TARGET;
};

describe('lanesOf', () => {
  it('puts an event in each relationship it bears on, in lane order', () => {
    expect(lanesOf({ relationships: ['r2', 'r1'], actors: ['a'] }, ['r1', 'r2'], orgs)).toEqual(['r1', 'r2']);
  });

  it('adds the multilateral stage when an organisation is among the actors, beside the relationship', () => {
    expect(lanesOf({ relationships: ['r1'], actors: ['a', 'un'] }, ['r1'], orgs)).toEqual([
      'r1',
      'multilateral',
    ]);
    expect(lanesOf({ relationships: [], actors: ['un'] }, ['r1'], orgs)).toEqual(['multilateral']);
  });

  it('sends an event that bears on no relationship, with a state, to other partners', () => {
    expect(lanesOf({ relationships: [], actors: ['iran'] }, ['r1'], orgs)).toEqual(['other']);
    expect(lanesOf({ relationships: [], actors: ['iran', 'un'] }, ['r1'], orgs)).toEqual([
      'multilateral',
      'other',
    ]);
  });
});

describe('glanceLayout', () => {
  it('places a day by its date: the first day starts the plot and the last ends it', () => {
    const layout = glanceLayout([event('a', '2024-01-01'), event('z', '2024-12-31')], lanes, orgs, {
      width: 1000,
      labelWidth: 100,
    });
    const [first, last] = layout.marks;
    expect(first?.x).toBe(100 + TARGET / 2);
    expect(last?.x).toBeCloseTo(layout.plot.right - TARGET / 2, 6);
    expect(layout.year).toBe(2024);
  });

  it('ticks the first day of each month, in order, leap day included', () => {
    const layout = glanceLayout(
      [event('feb29', '2024-02-29'), event('mar1', '2024-03-01', { relationships: ['r2'] })],
      lanes,
      orgs,
    );
    expect(layout.months.map((m) => m.month)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`),
    );
    const xs = layout.months.map((m) => m.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    const march = layout.months[2]?.x ?? 0;
    const [feb29, mar1] = ['feb29', 'mar1'].map((id) => layout.marks.find((m) => m.id === id)?.x ?? 0);
    expect(feb29).toBeLessThan(march);
    expect(mar1).toBeGreaterThan(march);
  });

  it('stacks events too close to share a row, keeping each at its date, and grows the lane', () => {
    const same = ['a', 'b', 'c', 'd', 'e'].map((id) => event(id, '2024-10-15'));
    const layout = glanceLayout([...same, event('f', '2024-06-01')], lanes, orgs);
    const lane = layout.lanes.find((l) => l.id === 'r1');
    expect(lane?.rows).toBe(5);
    const marks = layout.marks.filter((m) => m.lane === 'r1' && m.id !== 'f');
    expect(new Set(marks.map((m) => m.x)).size).toBe(1);
    expect(new Set(marks.map((m) => m.y)).size).toBe(5);
    // A later event far enough away goes back to the first row.
    expect(layout.marks.find((m) => m.id === 'f')?.y).toBe(Math.min(...marks.map((m) => m.y)));
    expect(lane?.height).toBe(2 * 6 + 5 * ROW - GAP);
  });

  it('keeps a row clear until an event of several days has ended', () => {
    const layout = glanceLayout(
      [event('long', '2024-10-13', { end: '2024-10-25' }), event('after', '2024-10-22')],
      lanes,
      orgs,
    );
    const [long, after] = layout.marks;
    expect(long?.endX).toBeGreaterThan((long?.x ?? 0) + TARGET);
    expect(after?.y).not.toBe(long?.y);
  });

  it('keeps every relationship’s lane, and a stage lane only when it has events', () => {
    const layout = glanceLayout([event('a', '2024-05-01')], lanes, orgs);
    expect(layout.lanes.map((l) => l.id)).toEqual(['r1', 'r2']);
    const [one, two] = layout.lanes;
    expect(two?.y).toBe((one?.y ?? 0) + (one?.height ?? 0));
    expect(layout.height).toBeGreaterThanOrEqual((two?.y ?? 0) + (two?.height ?? 0));
  });

  it('marks an event once for keyboards, in its first lane, and again in every other lane it concerns', () => {
    const layout = glanceLayout(
      [event('both', '2024-04-19', { relationships: ['r1', 'r2'], actors: ['un'] })],
      lanes,
      orgs,
    );
    expect(layout.marks.map((m) => [m.lane, m.primary])).toEqual([
      ['r1', true],
      ['r2', false],
      ['multilateral', false],
    ]);
  });
});

describe('2024 at a glance, drawn from the dataset', () => {
  const layout = yearAtAGlance();

  it('has a lane per relationship in the dataset’s order, then one per partner beyond the essay’s with three events or more, then the stages', () => {
    const stages = layout.lanes.slice(relationships.length + partnerLanes.length).map((l) => l.id);
    expect(layout.lanes.map((l) => l.id)).toEqual([
      ...relationships.map((r) => r.id),
      ...partnerLanes.map((l) => l.id),
      ...stages,
    ]);
    expect(stages.every((s) => s === 'multilateral' || s === 'other')).toBe(true);
    // A relationship's lane is named for its partner, as its title names it after Pakistan.
    expect(layout.lanes.slice(0, relationships.length).map((l) => l.label)).toEqual(
      relationships.map((r) => r.title.replace(/^Pakistan–/, '')),
    );
  });

  it('gives a lane to every state beyond the essay’s partners with three events or more, and to no other', () => {
    const partners = new Set(
      relationships.flatMap((r) =>
        r.partners.flatMap((p) => [p, ...(actors.find((a) => a.id === p)?.members ?? [])]),
      ),
    );
    const expected = actors
      .filter((a) => a.kind === 'state' && !partners.has(a.id))
      .filter((a) => chronology.filter((e) => e.actors.includes(a.id)).length >= PARTNER_LANE_MIN)
      .map((a) => a.id);
    expect(partnerLanes.map((l) => l.id).sort()).toEqual(expected.sort());
    // Iran, with the year's strikes and visits, is one of them in the data of 2024.
    expect(partnerLanes.map((l) => l.id)).toContain('iran');
    for (const l of partnerLanes) {
      const lane = layout.lanes.find((x) => x.id === l.id);
      expect(layout.marks.filter((m) => m.lane === lane?.id).length).toBeGreaterThanOrEqual(PARTNER_LANE_MIN);
    }
  });

  it('labels every key event on the chart with its number, and no other', () => {
    expect(keyEvents.length).toBeGreaterThanOrEqual(6);
    expect(keyEvents.map((e) => keyNumber(e.id))).toEqual(keyEvents.map((_, i) => i + 1));
    expect(chronology.filter((e) => !e.key).every((e) => keyNumber(e.id) === undefined)).toBe(true);
  });

  it('draws every event in each of its lanes, exactly one of its marks being the primary', () => {
    for (const e of chronology) {
      const marks = layout.marks.filter((m) => m.id === e.id);
      expect(
        marks.map((m) => m.lane),
        e.id,
      ).toEqual(
        lanesOf(
          e,
          relationshipLanes.map((l) => l.id),
          organisationIds,
          partnerLanes.map((l) => l.id),
        ),
      );
      expect(marks.length, e.id).toBeGreaterThan(0);
      expect(marks.filter((m) => m.primary).length, e.id).toBe(1);
    }
    expect(new Set(layout.marks.map((m) => m.id)).size).toBe(chronology.length);
  });

  it('gives every mark a target of 24 × 24 px inside its lane and the plot, overlapping no other', () => {
    expect(TARGET).toBeGreaterThanOrEqual(24);
    for (const m of layout.marks) {
      const lane = layout.lanes.find((l) => l.id === m.lane);
      expect(lane, m.id).toBeDefined();
      if (!lane) continue;
      expect(m.y - TARGET / 2, m.id).toBeGreaterThanOrEqual(lane.y);
      expect(m.y + TARGET / 2, m.id).toBeLessThanOrEqual(lane.y + lane.height);
      expect(m.x - TARGET / 2, m.id).toBeGreaterThanOrEqual(layout.plot.left);
      expect(m.x + TARGET / 2, m.id).toBeLessThanOrEqual(layout.plot.right);
    }
    const clashes: string[] = [];
    for (const [i, a] of layout.marks.entries())
      for (const b of layout.marks.slice(i + 1))
        if (a.lane === b.lane && overlap(a, b)) clashes.push(`${a.lane}: ${a.id} / ${b.id}`);
    expect(clashes).toEqual([]);
  });

  it('orders marks by date along each lane', () => {
    const dateOf = new Map(chronology.map((e) => [e.id, e.date]));
    for (const lane of layout.lanes) {
      const marks = layout.marks
        .filter((m) => m.lane === lane.id)
        .sort((a, b) => ((dateOf.get(a.id) ?? '') < (dateOf.get(b.id) ?? '') ? -1 : 1));
      const xs = marks.map((m) => m.x);
      expect(xs, lane.id).toEqual([...xs].sort((a, b) => a - b));
    }
  });
});

describe('mark shapes and lane names', () => {
  it('gives every event kind of the vocabulary a shape, and refuses a kind it does not know', () => {
    for (const k of eventKinds)
      expect(['circle', 'square', 'diamond', 'triangle']).toContain(shapeOf(k.value));
    expect(() => shapeOf('parade' as EventKind)).toThrow(/no mark shape/);
  });

  it('breaks a lane name between words to fit the column', () => {
    expect(labelLines('Multilateral stage')).toEqual(['Multilateral', 'stage']);
    expect(labelLines('Gulf states')).toEqual(['Gulf states']);
    expect(labelLines('United States')).toEqual(['United', 'States']);
  });
});

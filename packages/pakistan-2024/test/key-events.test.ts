/**
 * The key-events rule (`key-event`): each way of breaking it is made in a copy of the real dataset
 * and reported, with the path a contributor needs; the dataset as it stands passes.
 */
import { describe, expect, it } from 'vitest';
import { lintDataset } from '../src/check/lint.js';
import type { Dataset } from '../src/schema/index.js';
import { goodDataset } from './helpers.js';

const keyIssues = (data: Dataset) => lintDataset(data).filter((i) => i.rule === 'key-event');
const copy = (): Dataset => structuredClone(goodDataset());

describe('the key-events rule', () => {
  it('holds for the dataset as it stands', () => {
    expect(keyIssues(goodDataset())).toEqual([]);
  });

  it('rejects a criterion that does not admit the event kind', () => {
    const data = copy();
    const i = data.chronology.findIndex((e) => e.key?.criterion === 'sanction');
    const event = data.chronology[i];
    if (!event?.key) throw new Error('the dataset has no key sanction');
    event.key = { ...event.key, criterion: 'leaders-meet' };
    expect(keyIssues(data)).toEqual([
      expect.objectContaining({
        path: ['chronology', i, 'key', 'criterion'],
        message: expect.stringMatching(/"sanction"/),
      }),
    ]);
  });

  it('names a relationship of the essay that has no key event', () => {
    const data = copy();
    for (const e of data.chronology) if (e.relationships.includes('pakistan-india')) delete e.key;
    const r = data.relationships.findIndex((x) => x.id === 'pakistan-india');
    expect(keyIssues(data)).toContainEqual(
      expect.objectContaining({
        path: ['relationships', r],
        message: expect.stringMatching(/"pakistan-india" has no key event/),
      }),
    );
  });

  it('asks nothing of a relationship the chronology has no event for yet', () => {
    const data = copy();
    const template = data.relationships.find((x) => x.id === 'pakistan-india');
    if (!template) throw new Error('the dataset has no Pakistan–India relationship');
    data.relationships.push({ ...structuredClone(template), id: 'pakistan-zz' });
    expect(keyIssues(data).filter((i) => i.message.includes('pakistan-zz'))).toEqual([]);
    data.chronology.find((e) => !e.key)?.relationships.push('pakistan-zz');
    expect(keyIssues(data).some((i) => i.message.includes('"pakistan-zz" has no key event'))).toBe(true);
  });

  it('allows at most two key events per relationship and ten in the year', () => {
    const data = copy();
    const china = data.chronology.filter((e) => e.relationships.includes('pakistan-china') && !e.key);
    for (const e of china) e.key = { criterion: 'leaders-meet', reason: 'A test.' };
    const messages = keyIssues(data).map((i) => i.message);
    expect(messages).toContainEqual(expect.stringMatching(/"pakistan-china" already has 2 key events/));
    expect(messages).toContainEqual(expect.stringMatching(/at most 10 key events/));
  });

  it('asks for at least six once any event is key, and nothing of a chronology without key events', () => {
    const data = copy();
    const keyed = data.chronology.filter((e) => e.key);
    for (const e of keyed.slice(1)) delete e.key;
    expect(keyIssues(data).map((i) => i.message)).toContainEqual(
      expect.stringMatching(/has 1 key events; mark at least 6/),
    );
    delete keyed[0]?.key;
    expect(keyIssues(data)).toEqual([]);
  });
});

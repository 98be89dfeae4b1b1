/**
 * The key-events rule: the methodology's editorial rule for the year's key events, as far as a
 * machine can hold it. A key event meets a criterion that admits its kind; the year has between
 * `keyEventLimits.min` and `max` of them; every relationship of the essay has at least one and at
 * most two. Called by `lintDataset`.
 */

import { keyCriteria, keyEventLimits } from '../registry/vocabulary.js';
import type { DataIssue } from '../rules/issue.js';
import type { Dataset } from '../schema/index.js';

/** The issues of the key-events rule in `data` (empty when it holds). */
export function lintKeyEvents(data: Pick<Dataset, 'chronology' | 'relationships'>): DataIssue[] {
  const issues: DataIssue[] = [];
  const perRelationship = new Map<string, number>();
  const { min, max, perRelationship: per } = keyEventLimits;
  let count = 0;
  data.chronology.forEach((event, i) => {
    if (!event.key) return;
    count++;
    const criterion = keyCriteria.find((c) => c.value === event.key?.criterion);
    if (criterion && !(criterion.kinds as readonly string[]).includes(event.kind))
      issues.push({
        rule: 'key-event',
        path: ['chronology', i, 'key', 'criterion'],
        message: `criterion "${criterion.value}" admits events of kind ${criterion.kinds.join(' or ')}, not "${event.kind}"`,
      });
    for (const r of event.relationships) {
      const n = (perRelationship.get(r) ?? 0) + 1;
      perRelationship.set(r, n);
      if (n === per.max + 1)
        issues.push({
          rule: 'key-event',
          path: ['chronology', i, 'key'],
          message: `"${r}" already has ${per.max} key events; a relationship has at most ${per.max}`,
        });
    }
    if (count === max + 1)
      issues.push({
        rule: 'key-event',
        path: ['chronology', i, 'key'],
        message: `the year has at most ${max} key events; this is the ${count}th`,
      });
  });
  // Only a chronology that marks key events is held to the minimums: a dataset without any is valid.
  if (count === 0) return issues;
  if (count < min)
    issues.push({
      rule: 'key-event',
      path: ['chronology'],
      message: `the year has ${count} key events; mark at least ${min}`,
    });
  // A relationship the chronology has no event for has nothing to mark (a new relationship record,
  // before its year is written), so the minimum holds only where there are events to choose from.
  const withEvents = new Set(data.chronology.flatMap((e) => e.relationships));
  data.relationships.forEach((r, i) => {
    if (withEvents.has(r.id) && (perRelationship.get(r.id) ?? 0) < per.min)
      issues.push({
        rule: 'key-event',
        path: ['relationships', i],
        message: `"${r.id}" has no key event of the year; mark one of its events (every relationship of the essay has at least ${per.min})`,
      });
  });
  return issues;
}

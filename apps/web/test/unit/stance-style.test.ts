import { stances } from '@policy/pakistan-2024';
import { describe, expect, it } from 'vitest';
import { stanceStyle, stanceStyles } from '@/lib/stance-style';

describe('stance styles', () => {
  it('has one style per step of the scale, in the scale’s order', () => {
    expect(stanceStyles.map((s) => s.value)).toEqual(stances.map((s) => s.value));
  });

  it('gives every step its own pattern, colour and label, so colour never carries the meaning alone', () => {
    for (const key of ['pattern', 'colorVar', 'patternId', 'label'] as const)
      expect(new Set(stanceStyles.map((s) => s[key])).size, key).toBe(stances.length);
  });

  it('looks a value up and refuses an unknown one', () => {
    expect(stanceStyle('adversarial').pattern).toBe('horizontal');
    expect(() => stanceStyle('friendly')).toThrow('unknown stance "friendly"');
  });
});

import { type StanceValue, stances } from '@policy/pakistan-2024';

/** The fill patterns that carry stance besides colour, so the map reads in greyscale and print. */
export type StancePattern = 'solid' | 'diagonal' | 'dots' | 'crosshatch' | 'horizontal';

/** How one step of the stance scale is drawn: a CSS colour variable, a pattern and a text label. */
export interface StanceStyle {
  readonly value: StanceValue;
  readonly label: string;
  readonly score: number;
  readonly pattern: StancePattern;
  /** CSS custom property holding the colour, defined for light and dark mode in globals.css. */
  readonly colorVar: string;
  /** Id of the SVG <pattern> for this step on the map. */
  readonly patternId: string;
}

const patternsByScore: Record<number, StancePattern> = {
  2: 'solid',
  1: 'diagonal',
  0: 'dots',
  [-1]: 'crosshatch',
  [-2]: 'horizontal',
};

/** One style per step of the scale, from close cooperation to adversarial, in the scale's order. */
export const stanceStyles: readonly StanceStyle[] = stances.map((s) => ({
  value: s.value,
  label: s.label,
  score: s.score,
  pattern: patternsByScore[s.score] ?? 'solid',
  colorVar: `--stance-${s.value}`,
  patternId: `stance-pattern-${s.value}`,
}));

/** The style of a stance value; throws on a value the vocabulary does not have. */
export function stanceStyle(value: string): StanceStyle {
  const style = stanceStyles.find((s) => s.value === value);
  if (!style) throw new Error(`unknown stance "${value}"`);
  return style;
}

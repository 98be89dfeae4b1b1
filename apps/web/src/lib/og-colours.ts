import type { StanceValue } from '@policy/pakistan-2024';

/** Stance colours for share images, which cannot read CSS variables (the dark-mode values of globals.css). */
export const ogStanceColours: Record<StanceValue, string> = {
  'close-cooperation': '#8ec5ff',
  cooperation: '#4f9bd9',
  mixed: '#e0b43c',
  strained: '#ff9a4d',
  adversarial: '#ff7070',
};

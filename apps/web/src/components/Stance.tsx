import { labelOf, type StanceValue, type TrajectoryValue, trajectories } from '@policy/pakistan-2024';
import type { CSSProperties } from 'react';
import { sitePath } from '@/lib/site';
import { stanceStyle, stanceStyles } from '@/lib/stance-style';

/** A coloured, patterned square for a stance; decorative, since the label always goes with it. */
export function Swatch({ value }: { value: StanceValue }) {
  const style = stanceStyle(value);
  return (
    <span
      aria-hidden="true"
      className={`swatch pattern-${style.pattern}`}
      style={{ '--swatch': `var(${style.colorVar})` } as CSSProperties}
    />
  );
}

/** A stance in words with its swatch, e.g. "▦ Close cooperation". */
export function StanceBadge({ value }: { value: StanceValue }) {
  return (
    <span className="badge">
      <Swatch value={value} />
      {stanceStyle(value).label}
    </span>
  );
}

/** The label of a trajectory value. */
export function trajectoryLabel(value: TrajectoryValue): string {
  return labelOf(trajectories, value);
}

/** The sentence that goes wherever stance or trajectory is shown. */
export function CodingNote({ short = false }: { short?: boolean }) {
  return (
    <p className="note">
      {short ? 'Stance is ' : 'Stance and trajectory are '}the editors’ coding of one essay, not a
      measurement. <a href={sitePath('/methodology#coding-stance-and-trajectory')}>How we code</a>.
    </p>
  );
}

/** The legend of the stance scale, in the scale's order. */
export function StanceLegend() {
  return (
    <ul className="legend" aria-label="Stance (our coding of the essay)">
      {stanceStyles.map((s) => (
        <li key={s.value}>
          <Swatch value={s.value} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}

import type { Bar } from '@/lib/figures-view';
import styles from './figures.module.css';

const ROW = 28;
const LABEL = 150;
const WIDTH = 560;
const VALUE = 120;

/**
 * A horizontal bar chart drawn at build time as SVG: one bar per partner, largest first, each
 * labelled with its amount. Colours come from the site's variables, so it follows light and dark.
 * The table beside it carries the same numbers for readers who do not see the chart.
 */
export function BarChart({ bars, unit, title }: { bars: readonly Bar[]; unit: string; title: string }) {
  const max = Math.max(...bars.map((b) => b.value), 0);
  const span = WIDTH - LABEL - VALUE;
  const height = bars.length * ROW + 8;
  const fmt = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 3 });
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      preserveAspectRatio="xMinYMin meet"
    >
      <title>
        {`${title}, bar chart, largest first: ${bars.map((b) => `${b.label} ${fmt(b.value)} ${unit}`).join('; ')}`}
      </title>
      <line className={styles.axis} x1={LABEL} x2={LABEL} y1={0} y2={height} />
      {bars.map((b, i) => {
        const w = max > 0 ? Math.max(1, (b.value / max) * span) : 1;
        const y = i * ROW + 4;
        return (
          <g key={b.partner}>
            <text className={styles.barLabel} x={LABEL - 8} y={y + ROW / 2 + 4} textAnchor="end">
              {b.label}
            </text>
            <rect className={styles.bar} x={LABEL} y={y + 4} width={w.toFixed(2)} height={ROW - 10} rx={2} />
            <text className={styles.barValue} x={LABEL + w + 6} y={y + ROW / 2 + 4}>
              {fmt(b.value)} {unit}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

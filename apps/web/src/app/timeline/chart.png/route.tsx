import { chronology } from '@policy/pakistan-2024';
import { ImageResponse } from 'next/og';
import { shapeColours } from '@/lib/chart-files';
import { labelLines, shapePath, TARGET } from '@/lib/glance-chart';
import { keyNumber, yearAtAGlance } from '@/lib/glance-data';

export const dynamic = 'force-static';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "2024 at a glance" as a PNG, rendered at build time: the shapes as inline SVG, the words as
 * positioned text (the renderer draws text itself, with its own font), on the light palette.
 */
export function GET(): ImageResponse {
  const layout = yearAtAGlance();
  const { width, height, plot } = layout;
  const ids = new Set(chronology.map((e) => e.id));
  const marks = layout.marks.filter((m) => ids.has(m.id));
  const text = (x: number, y: number, size: number, content: string, weight = 400, colour = '#1c1d20') => (
    <div
      key={`${x}-${y}-${content}`}
      style={{
        position: 'absolute',
        left: x,
        top: y - size,
        fontSize: size,
        fontWeight: weight,
        color: colour,
        display: 'flex',
      }}
    >
      {content}
    </div>
  );
  return new ImageResponse(
    <div style={{ position: 'relative', display: 'flex', width, height, background: '#fdfcfa' }}>
      {/* biome-ignore lint/a11y/noSvgWithoutTitle: an image file's drawing; the renderer would print a <title> as text. */}
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        style={{ position: 'absolute', left: 0, top: 0 }}
      >
        {layout.lanes.map((l, i) => (
          <rect
            key={l.id}
            x="0"
            y={l.y}
            width={width}
            height={l.height}
            fill={i % 2 ? '#f3f1ec' : '#fdfcfa'}
          />
        ))}
        {layout.months.map((m) => (
          <line key={m.month} x1={m.x} x2={m.x} y1={plot.top - 8} y2={plot.bottom} stroke="#c9c5bb" />
        ))}
        <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} stroke="#c9c5bb" />
        {marks.map((m) =>
          m.endX !== undefined ? (
            <line
              key={`s-${m.lane}-${m.id}`}
              x1={m.x}
              x2={m.endX}
              y1={m.y}
              y2={m.y}
              stroke={shapeColours[m.shape]}
              strokeWidth="3"
              strokeLinecap="round"
            />
          ) : null,
        )}
        {marks.map((m) => (
          <path
            key={`${m.lane}-${m.id}`}
            d={shapePath(m.shape, m.x, m.y)}
            fill={shapeColours[m.shape]}
            stroke="#fdfcfa"
          />
        ))}
      </svg>
      {layout.lanes.flatMap((l) =>
        labelLines(l.label).map((line, n, all) =>
          text(
            6,
            l.y + 6 + TARGET / 2 + (n === 0 ? (all.length > 1 ? -3 : 5) : -3 + 15 * n) + 3,
            13,
            line,
            600,
          ),
        ),
      )}
      {layout.months.map((m, i) => text(m.x + 4, plot.top - 9, 12, MONTHS[i] ?? '', 400, '#52555c'))}
      {marks
        .filter((m) => m.primary && keyNumber(m.id))
        .map((m) => text(m.x + 9, m.y - 1, 11, String(keyNumber(m.id)), 700))}
    </div>,
    { width, height },
  );
}

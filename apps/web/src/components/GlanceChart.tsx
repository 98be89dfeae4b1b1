import { type ChronologyEvent, eventKinds, formatDate, labelOf } from '@policy/pakistan-2024';
import { EventDate } from '@/components/EventDate';
import {
  type GlanceLayout,
  labelLines,
  type MarkShape,
  markShapes,
  shapePath,
  TARGET,
} from '@/lib/glance-chart';
import { keyEvents, keyNumber } from '@/lib/glance-data';
import { hrefFor } from '@/lib/routes';
import { sitePath } from '@/lib/site';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The lanes each event is drawn in, by event id, in lane order. */
export function lanesByEvent(layout: GlanceLayout): Map<string, string[]> {
  const names = new Map(layout.lanes.map((l) => [l.id, l.label]));
  const out = new Map<string, string[]>();
  for (const lane of layout.lanes)
    for (const m of layout.marks)
      if (m.lane === lane.id) out.set(m.id, [...(out.get(m.id) ?? []), names.get(lane.id) ?? lane.id]);
  return out;
}

/** A mark's shape on its own, for the legend. */
function ShapeIcon({ shape }: { shape: MarkShape }) {
  return (
    <svg
      aria-hidden="true"
      className={`glance-icon shape-${shape}`}
      width="18"
      height="18"
      viewBox="0 0 18 18"
    >
      <path className="glance-shape" d={shapePath(shape, 9, 9.5)} />
    </svg>
  );
}

/** The key to the shapes: which event kinds each stands for. */
export function GlanceLegend() {
  return (
    <ul className="legend glance-legend" aria-label="Shapes of the marks">
      {markShapes.map((s) => (
        <li key={s.shape}>
          <ShapeIcon shape={s.shape} />
          {s.kinds.map((k) => labelOf(eventKinds, k)).join(', ')}
        </li>
      ))}
    </ul>
  );
}

/**
 * "2024 at a glance", drawn at build time as inline SVG (no chart code reaches the browser): a lane
 * per relationship and for the multilateral stage and other partners, the year across, and a mark
 * per event in each lane it concerns, linking to its entry below. Lane names stay in view while a
 * narrow screen scrolls the drawing sideways.
 */
export function GlanceChart({
  layout,
  events,
  titleId,
}: {
  layout: GlanceLayout;
  events: readonly ChronologyEvent[];
  titleId: string;
}) {
  const byId = new Map(events.map((e) => [e.id, e]));
  const lanes = lanesByEvent(layout);
  const { width, height, plot } = layout;
  const plotWidth = width - plot.left;
  const band = (i: number) => (i % 2 === 0 ? 'glance-band' : 'glance-band glance-band-alt');
  return (
    <>
      <p className="glance-cue" aria-hidden="true">
        Scroll the chart sideways for the rest of the year →
      </p>
      <div className="glance-scroll">
        <div className="glance-canvas" style={{ width }}>
          <svg
            aria-hidden="true"
            className="glance-lanes"
            width={plot.left}
            height={height}
            viewBox={`0 0 ${plot.left} ${height}`}
          >
            {layout.lanes.map((l, i) => (
              <g key={l.id}>
                <rect className={band(i)} x="0" y={l.y} width={plot.left} height={l.height} />
                <text className="glance-lane-label" x="6" y={l.y + 6 + TARGET / 2}>
                  {labelLines(l.label).map((line, n, all) => (
                    <tspan key={line} x="6" dy={n === 0 ? (all.length > 1 ? -3 : 5) : 15}>
                      {line}
                    </tspan>
                  ))}
                </text>
              </g>
            ))}
          </svg>
          {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the group holds the event links. */}
          <svg
            role="group"
            aria-labelledby={titleId}
            className="glance-plot"
            data-testid="glance-chart"
            width={plotWidth}
            height={height}
            viewBox={`${plot.left} 0 ${plotWidth} ${height}`}
          >
            <title id={titleId}>
              {`${layout.year} at a glance: ${events.length} events of the chronology by lane and date`}
            </title>
            {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: bands, rules and month names only; the links follow. */}
            <g aria-hidden="true">
              {layout.lanes.map((l, i) => (
                <rect
                  key={l.id}
                  className={band(i)}
                  x={plot.left}
                  y={l.y}
                  width={plotWidth}
                  height={l.height}
                />
              ))}
              {layout.months.map((m, i) => (
                <g key={m.month}>
                  <line className="glance-rule" x1={m.x} x2={m.x} y1={plot.top - 8} y2={plot.bottom} />
                  <text className="glance-month" x={m.x + 4} y={plot.top - 12}>
                    {MONTH_NAMES[i]}
                  </text>
                </g>
              ))}
            </g>
            {layout.marks.map((m) => {
              const e = byId.get(m.id);
              if (!e) return null;
              const date = formatDate(e.date) + (e.end && e.end !== e.date ? ` to ${formatDate(e.end)}` : '');
              const n = keyNumber(m.id);
              const label = `${n ? `Key event ${n}, ` : ''}${date}: ${e.title} (${labelOf(eventKinds, e.kind)}; ${(lanes.get(m.id) ?? []).join(', ')})`;
              return (
                <a
                  key={`${m.lane}-${m.id}`}
                  href={sitePath(hrefFor('chronology', m.id))}
                  className={`glance-mark shape-${m.shape}`}
                  data-event={m.id}
                  data-lane={m.lane}
                  // The event's marks in its other lanes are for pointers; keyboards and screen
                  // readers meet each event once, at its first lane.
                  {...(m.primary ? { 'aria-label': label } : { tabIndex: -1, 'aria-hidden': true })}
                >
                  <title>{label}</title>
                  <rect
                    className="glance-target"
                    x={m.x - TARGET / 2}
                    y={m.y - TARGET / 2}
                    width={TARGET}
                    height={TARGET}
                    rx="4"
                  />
                  {m.endX !== undefined ? (
                    <line className="glance-span" x1={m.x} x2={m.endX} y1={m.y} y2={m.y} />
                  ) : null}
                  <path className="glance-shape" d={shapePath(m.shape, m.x, m.y)} />
                  {n ? (
                    <text className="glance-key-label" x={m.x + 9} y={m.y - 3}>
                      {n}
                    </text>
                  ) : null}
                </a>
              );
            })}
          </svg>
        </div>
      </div>
    </>
  );
}

/** The key events the chart labels, by their numbers, each linking to its page. */
export function GlanceKeyList({ events }: { events: readonly ChronologyEvent[] }) {
  const shown = keyEvents.filter((k) => events.some((e) => e.id === k.id));
  if (!shown.length) return null;
  return (
    <div className="glance-keys">
      <p className="glance-keys-title" id="glance-keys-title">
        Key events, numbered on the chart
      </p>
      <ol className="glance-key-list" aria-labelledby="glance-keys-title">
        {shown.map((e) => (
          <li key={e.id} value={keyNumber(e.id)}>
            <EventDate date={e.date} end={e.end} /> ·{' '}
            <a href={sitePath(hrefFor('chronology', e.id))}>{e.title}</a>
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * The chart of the year as files a reader can take away: a standalone SVG (the same drawing as the
 * page, with its own styles, every mark a link to its event's page) and a CSV of its events (one row
 * per event, with its lanes and whether it is key). Both are written at build time.
 */
import { type ChronologyEvent, eventKinds, labelOf } from '@policy/pakistan-2024';
import { type GlanceLayout, labelLines, shapePath, TARGET } from './glance-chart';
import { keyNumber } from './glance-data';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The colour of each shape's marks, as on the page in light mode. */
export const shapeColours = {
  circle: '#1a55a6',
  square: '#0f5e4f',
  diamond: '#7a3f9e',
  triangle: '#a13a00',
} as const;

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The chart as a standalone SVG document; `href` gives each event's absolute address. */
export function glanceSvg(
  layout: GlanceLayout,
  events: readonly ChronologyEvent[],
  href: (id: string) => string,
  title: string,
): string {
  const byId = new Map(events.map((e) => [e.id, e]));
  const { width, height, plot } = layout;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="t">`,
    `<title id="t">${escapeXml(title)}</title>`,
    '<style>text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif}.l{font-size:13px;font-weight:600;fill:#1c1d20}.m{font-size:12px;fill:#52555c}.k{font-size:11px;font-weight:700;fill:#1c1d20;paint-order:stroke;stroke:#fdfcfa;stroke-width:3px}</style>',
    `<rect width="${width}" height="${height}" fill="#fdfcfa"/>`,
  ];
  layout.lanes.forEach((l, i) => {
    out.push(
      `<rect x="0" y="${l.y}" width="${width}" height="${l.height}" fill="${i % 2 ? '#f3f1ec' : '#fdfcfa'}"/>`,
    );
    labelLines(l.label).forEach((line, n, all) => {
      const y = l.y + 6 + TARGET / 2 + (n === 0 ? (all.length > 1 ? -3 : 5) : -3 + 15 * n);
      out.push(`<text class="l" x="6" y="${y}">${escapeXml(line)}</text>`);
    });
  });
  out.push(
    `<line x1="${plot.left}" x2="${plot.left}" y1="${plot.top}" y2="${plot.bottom}" stroke="#c9c5bb"/>`,
  );
  layout.months.forEach((m, i) => {
    out.push(`<line x1="${m.x}" x2="${m.x}" y1="${plot.top - 8}" y2="${plot.bottom}" stroke="#c9c5bb"/>`);
    out.push(`<text class="m" x="${m.x + 4}" y="${plot.top - 12}">${MONTHS[i]}</text>`);
  });
  for (const m of layout.marks) {
    const e = byId.get(m.id);
    if (!e) continue;
    const colour = shapeColours[m.shape];
    const n = keyNumber(m.id);
    out.push(`<a href="${escapeXml(href(m.id))}"><title>${escapeXml(`${e.date}: ${e.title}`)}</title>`);
    if (m.endX !== undefined)
      out.push(
        `<line x1="${m.x}" x2="${m.endX}" y1="${m.y}" y2="${m.y}" stroke="${colour}" stroke-width="3" stroke-linecap="round"/>`,
      );
    out.push(`<path d="${shapePath(m.shape, m.x, m.y)}" fill="${colour}" stroke="#fdfcfa"/>`);
    if (n) out.push(`<text class="k" x="${m.x + 9}" y="${m.y - 3}">${n}</text>`);
    out.push('</a>');
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break; a leading =+-@ is defused. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The chart's events as CSV: id, dates, kind, title, lanes, key number and reason, page address. */
export function glanceCsv(
  layout: GlanceLayout,
  events: readonly ChronologyEvent[],
  href: (id: string) => string,
): string {
  const names = new Map(layout.lanes.map((l) => [l.id, l.label]));
  const lanes = (id: string) =>
    layout.marks
      .filter((m) => m.id === id)
      .map((m) => names.get(m.lane) ?? m.lane)
      .join('; ');
  const rows = [['id', 'date', 'end', 'kind', 'title', 'lanes', 'key', 'key_reason', 'url']];
  for (const e of events)
    rows.push([
      e.id,
      e.date,
      e.end ?? '',
      labelOf(eventKinds, e.kind),
      e.title,
      lanes(e.id),
      String(keyNumber(e.id) ?? ''),
      e.key?.reason ?? '',
      href(e.id),
    ]);
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

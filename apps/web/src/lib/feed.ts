/**
 * The Atom feed of the year's chronology (RFC 4287): one entry per event, newest first, with its
 * date, title, our summary and the address of its page. Every text is escaped: the data is
 * contributed by pull requests.
 */
import { type ChronologyEvent, formatDate } from '@policy/pakistan-2024';

/** Where the feed is published, as a path of the site. */
export const FEED_PATH = '/feed.xml';

const escapeXml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .split('')
    // Control characters XML 1.0 forbids (all below U+0020 but tab, line feed and return) never reach the feed.
    .filter((c) => c >= ' ' || c === '\t' || c === '\n' || c === '\r')
    .join('');

/** The feed's entries in the order readers expect: latest start first, then by id. */
export function newestFirst(events: readonly ChronologyEvent[]): ChronologyEvent[] {
  return [...events].sort((a, b) =>
    a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? 1 : -1,
  );
}

/** The Atom document for `events`; `absolute` turns a site path into an address. */
export function chronologyFeed({
  events,
  title,
  subtitle,
  absolute,
  pathOf,
  updated,
}: {
  events: readonly ChronologyEvent[];
  title: string;
  subtitle: string;
  absolute: (path: string) => string;
  pathOf: (id: string) => string;
  /** The feed's date (the release's); else its newest event's. */
  updated?: string | undefined;
}): string {
  const sorted = newestFirst(events);
  const stamp = (day: string) => `${day}T00:00:00Z`;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `  <title>${escapeXml(title)}</title>`,
    `  <subtitle>${escapeXml(subtitle)}</subtitle>`,
    `  <id>${escapeXml(absolute('/timeline'))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absolute(FEED_PATH))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absolute('/timeline'))}"/>`,
    `  <updated>${stamp(updated ?? sorted[0]?.date ?? '1970-01-01')}</updated>`,
    `  <author><name>${escapeXml(title)}</name></author>`,
  ];
  for (const e of sorted) {
    const url = absolute(pathOf(e.id));
    const when = formatDate(e.date) + (e.end && e.end !== e.date ? ` to ${formatDate(e.end)}` : '');
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(`${when}: ${e.title}`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <published>${stamp(e.date)}</published>`,
      `    <updated>${stamp(e.date)}</updated>`,
      `    <summary>${escapeXml(e.summary)}</summary>`,
      `    <category term="${escapeXml(e.kind)}"/>`,
      '  </entry>',
    );
  }
  lines.push('</feed>');
  return `${lines.join('\n')}\n`;
}

/**
 * The Atom feed of the chronology, read back by a feed library (@rowanmanning/feed-parser) as a feed
 * reader would: one entry per event, newest first, each with its date, title, summary and page.
 */
import { type ChronologyEvent, chronology } from '@policy/pakistan-2024';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { GET } from '@/app/feed.xml/route';
import { chronologyFeed, newestFirst } from '@/lib/feed';
import { hrefFor } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';

const base = 'https://example.org/pakistan-2024';
const feedOf = (events: readonly ChronologyEvent[]) =>
  chronologyFeed({
    events,
    title: 'A feed',
    subtitle: 'Its events',
    absolute: (path) => `${base}${path}`,
    pathOf: (id) => hrefFor('chronology', id),
  });

describe('the chronology feed', () => {
  it('has every event once, newest first, with its date, title, summary and page under the base path', () => {
    const feed = parseFeed(feedOf(chronology));
    expect(feed.items).toHaveLength(chronology.length);
    const expected = newestFirst(chronology);
    const dates = feed.items.map((i) => i.published?.toISOString().slice(0, 10));
    expect(dates).toEqual(expected.map((e) => e.date));
    expect(dates).toEqual([...dates].sort().reverse());
    feed.items.forEach((item, n) => {
      const e = expected[n] as ChronologyEvent;
      expect(item.url).toBe(`${base}/chronology/${e.id}`);
      expect(item.id).toBe(`${base}/chronology/${e.id}`);
      expect(item.title).toContain(e.title);
      expect(item.description).toBe(e.summary);
    });
    expect(feed.url).toBe(`${base}/timeline`);
  });

  it('carries hostile text as text: markup in a title or summary is escaped, not interpreted', () => {
    const [first] = chronology;
    if (!first) throw new Error('no chronology');
    const hostile = {
      ...first,
      title: 'A <script>alert(1)</script> & "quoted" title',
      summary: 'Ends the entry early? </summary></entry><entry><title>forged</title>',
    };
    const xml = feedOf([hostile]);
    expect(xml).not.toContain('<script>');
    const feed = parseFeed(xml);
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]?.title).toContain(hostile.title);
    expect(feed.items[0]?.description).toBe(hostile.summary);
  });

  it('is what the site publishes at /feed.xml, with the site’s own addresses', async () => {
    const response = GET();
    expect(response.headers.get('content-type')).toContain('application/atom+xml');
    const feed = parseFeed(await response.text());
    expect(feed.items.map((i) => i.url)).toEqual(
      newestFirst(chronology).map((e) => absoluteUrl(hrefFor('chronology', e.id))),
    );
  });
});

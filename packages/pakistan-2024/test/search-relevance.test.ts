import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { dataset } from '../src/entries/index.js';
import { SearchIndex } from '../src/search/search.js';
import { spanOf } from '../src/search/search-dates.js';

// The relevance set: what a reader wants from each query (see the file's head).
const Case = z
  .object({
    query: z.string(),
    options: z
      .object({
        partner: z.string(),
        layer: z.enum(['essay', 'chronology']),
        collections: z.array(
          z.enum([
            'sources',
            'actors',
            'relationships',
            'themes',
            'initiatives',
            'topics',
            'events',
            'chronology',
            'prospects',
          ]),
        ),
        from: z.string(),
        to: z.string(),
        sort: z.enum(['relevance', 'date']),
      })
      .partial()
      .strict()
      .optional(),
    top3: z.array(z.string()).max(3).optional(),
    notAbove: z.array(z.string()).optional(),
    none: z.literal(true).optional(),
    partial: z.literal(true).optional(),
    within: z.string().optional(),
    suggest: z.array(z.string()).optional(),
  })
  .strict();
const cases = z
  .array(Case)
  .parse(parse(readFileSync(new URL('fixtures/search-relevance.yaml', import.meta.url), 'utf8')));

// Both ways of getting an index, as the package ships them: built here, and loaded from its form.
const built = new SearchIndex(dataset);
const loaded = new SearchIndex(dataset, built.serialize());

describe('the search relevance set', () => {
  it('holds the twenty queries of issue 20 and at least twenty more', () => {
    expect(new Set(cases.map((c) => c.query)).size).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((c) => [c.query + (c.options ? ` ${JSON.stringify(c.options)}` : ''), c] as const))(
    '%s',
    (_, c) => {
      const results = built.search(c.query, c.options);
      expect(loaded.search(c.query, c.options)).toEqual(results);
      const keys = results.map((r) => `${r.collection}/${r.id}`);
      const shown = keys.slice(0, 5).join(', ');
      if (c.none) expect(keys, 'finds nothing').toEqual([]);
      for (const want of c.top3 ?? [])
        expect(keys.slice(0, 3), `${want} in the first three of: ${shown}`).toContain(want);
      const first = Math.min(...(c.top3 ?? []).map((k) => keys.indexOf(k)));
      for (const junk of c.notAbove ?? []) {
        const at = keys.indexOf(junk);
        expect(at < 0 || at > first, `${junk} below the wanted record in: ${shown}`).toBe(true);
      }
      expect(
        results.every((r) => r.partial === !!c.partial),
        `partial is ${!!c.partial}`,
      ).toBe(true);
      if (c.within) {
        const span = spanOf(c.within);
        expect(results.length).toBeGreaterThan(0);
        for (const r of results) {
          expect(r.date, `${r.id} is dated`).toBeDefined();
          const first = spanOf(r.date as string);
          const last = spanOf(r.end ?? (r.date as string));
          expect(
            first && last && span && first.from <= span.to && last.to >= span.from,
            `${r.id} (${r.date}) in ${c.within}`,
          ).toBe(true);
        }
      }
      if (c.suggest) {
        const suggested = built.suggest(c.query, c.options);
        if (!c.suggest.length) expect(suggested).toEqual([]);
        for (const s of c.suggest) expect(suggested).toContain(s);
      }
    },
  );
});

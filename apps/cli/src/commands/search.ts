import type { CollectionName, SearchLayer, SearchSort } from '@policy/pakistan-2024';
import { loadSearch } from '../data.js';
import { usageError } from '../errors.js';
import { colours as c, print, printJson, textWidth } from '../io.js';
import { wrap } from '../render/wrap.js';

/** What `policy search` was asked for besides the text. */
export interface SearchCommandOptions {
  readonly collections: CollectionName[];
  readonly limit: number;
  readonly layer?: SearchLayer;
  readonly partner?: string;
  readonly from?: string;
  readonly to?: string;
  readonly sort?: SearchSort;
  readonly json?: boolean;
}

/** `policy search <text>`: ranked results from the package's one search implementation. */
export async function search(text: string, opts: SearchCommandOptions): Promise<void> {
  // The prebuilt index spares a cold command from indexing every record before its one search.
  const engine = await loadSearch();
  engine.loadSearchIndex(engine.searchIndexJson);
  const options = {
    collections: opts.collections.length ? opts.collections : undefined,
    limit: opts.limit,
    layer: opts.layer,
    partner: opts.partner,
    from: opts.from,
    to: opts.to,
    sort: opts.sort,
  };
  let results: ReturnType<typeof engine.search>;
  try {
    results = engine.search(text, options);
  } catch (error) {
    // A partner or a date that names nothing: one line, naming the option.
    if (error instanceof engine.SearchOptionError) throw usageError(`--${error.message}`);
    throw error;
  }
  if (opts.json) return printJson(results);
  const lines: string[] = [];
  const partial = results[0]?.partial === true;
  if (!results.length || partial) {
    const suggestions = engine.searchSuggestions(text, options);
    if (!results.length) lines.push(`No results for "${text}".`);
    else lines.push(c.dim(`No record matches every word of "${text}"; these match some of them.`));
    if (suggestions.length) lines.push(`Did you mean: ${suggestions.map((s) => `"${s}"`).join(', ')}?`);
    if (!results.length)
      lines.push(
        'Try fewer words, or browse: `policy timeline` lists the year by date; `policy list <collection>` lists a collection.',
      );
  }
  const width = textWidth();
  results.forEach((r, i) => {
    const rank = `${String(i + 1).padStart(2)}.`;
    const where = `${r.collection}/${r.id}${r.date ? `  ${r.date}` : ''}${r.partial ? '  (partial match)' : ''}`;
    lines.push(`${c.dim(rank)} ${c.bold(r.title)}  ${c.dim(where)}`);
    lines.push(...wrap(r.snippet, width - 4).map((l) => `    ${l}`));
  });
  print(lines.join('\n'));
}

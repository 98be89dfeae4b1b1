import type { CollectionName } from '@policy/pakistan-2024';
import { loadSearch } from '../data.js';
import { colours as c, print, printJson, textWidth } from '../io.js';
import { wrap } from '../render/wrap.js';

/** `policy search <text>`: ranked results from the package's one search implementation. */
export async function search(
  text: string,
  opts: { collections: CollectionName[]; limit: number; json?: unknown },
): Promise<void> {
  // The prebuilt index spares a cold command from indexing every record before its one search.
  const engine = await loadSearch();
  engine.loadSearchIndex(engine.searchIndexJson);
  const results = engine.search(text, {
    collections: opts.collections.length ? opts.collections : undefined,
    limit: opts.limit,
  });
  if (opts.json) return printJson(results);
  if (!results.length) return print(`No results for "${text}".`);
  const width = textWidth();
  const lines: string[] = [];
  results.forEach((r, i) => {
    const rank = `${String(i + 1).padStart(2)}.`;
    lines.push(`${c.dim(rank)} ${c.bold(r.title)}  ${c.dim(`${r.collection}/${r.id}  score ${r.score}`)}`);
    lines.push(...wrap(r.snippet, width - 4).map((l) => `    ${l}`));
  });
  print(lines.join('\n'));
}

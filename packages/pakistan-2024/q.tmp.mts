import { dataset } from '@policy/pakistan-2024';
import { SearchIndex } from './src/search.ts';
const idx = new SearchIndex(dataset);
const qs = process.argv.slice(2).length ? process.argv.slice(2) : ['cpec','kashmir','us aid','taliban','imf loan','raisi','sco summit','gwadar','indus water','balochistan attack','saudi investment','f-16','russia oil','trade with china','terrorism','may 2024','election','modi','blinken','li qiang'];
for (const q of qs) {
  const r = idx.search(q, { limit: 8 });
  console.log(`${q}: ${r.slice(0,4).map(x => `${x.collection}/${x.id}${x.partial? '(p)':''} ${x.score}`).join(' · ')}${r.length ? '' : ' → ' + idx.suggest(q).join(' | ')}`);
}

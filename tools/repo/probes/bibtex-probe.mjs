/** Probe: a report whose URL holds `}` through the package's BibTeX; prints whether a field was injected. */
import { citeReport } from '@policy/pakistan-2024';

const report = {
  id: 'probe',
  kind: 'report',
  title: 'Title',
  publisher: 'Publisher',
  url: 'https://x.example/a},note={injected',
  accessed: '2024-01-02',
  language: 'en',
};
const entry = citeReport(report, 'bibtex');
// BibTeX counts braces whatever precedes them: the url field ends at the first unbalanced `}`.
const url = /url\s*=\s*\{/.exec(entry);
let depth = 1;
let i = (url?.index ?? 0) + (url?.[0].length ?? 0);
for (; i < entry.length && depth > 0; i++) depth += entry[i] === '{' ? 1 : entry[i] === '}' ? -1 : 0;
const after = entry.slice(i).trim();
console.log(`${after.startsWith(',note') ? 'field injected' : 'escaped'}: ${entry.replace(/\n\s*/g, ' ')}`);

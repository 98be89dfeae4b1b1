import { loadPackage } from '../data.js';
import { colours as c, print, printJson, textWidth } from '../io.js';
import { eventDate } from '../layout.js';
import { wrap } from '../render/wrap.js';

/** `policy timeline`: the dated events in order, each with its summary. */
export async function timeline(opts: { json?: boolean }): Promise<void> {
  const pkg = await loadPackage();
  // In date order already: the package's compiler sorts the events and its checks keep them so.
  const { events } = pkg;
  if (opts.json) return printJson(events);
  if (!events.length) return print('No events in the dataset.');
  const dates = events.map((e) => eventDate(pkg, e));
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

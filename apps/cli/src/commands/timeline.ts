import type { ChronologyEvent, Event } from '@policy/pakistan-2024';
import { loadPackage, type Pkg } from '../data.js';
import { usageError } from '../errors.js';
import { colours as c, print, printJson, textWidth } from '../io.js';
import { eventDate } from '../layout.js';
import { wrap } from '../render/wrap.js';
import { resolveRef } from '../resolve.js';

/** The options of `policy timeline`, as the command line gives them. */
export interface TimelineOptions {
  readonly year?: string;
  readonly from?: string;
  readonly to?: string;
  readonly partner?: string;
  /** Only the year's key events (the methodology's rule); the essay's context has none. */
  readonly key?: boolean;
  readonly json?: boolean;
}

/** The layer an event belongs to: the essay's historical context, or the year's chronology. */
export type Layer = 'context' | 'chronology';

/**
 * `policy timeline`: the essay's historical context and the year's chronology, as two labelled
 * layers never mixed, each in date order, optionally cut to a period and a partner. With `--json`,
 * one array: the context's events, then the chronology's, each record with its `layer`.
 */
export async function timeline(opts: TimelineOptions): Promise<void> {
  const pkg = await loadPackage();
  const period = periodOf(pkg, opts);
  const partner = opts.partner === undefined ? undefined : partnerOf(pkg, opts.partner);
  const keep = (e: Event | ChronologyEvent) =>
    pkg.overlaps(e, period) &&
    (!partner ||
      e.actors.some((a) => partner.actors.has(a)) ||
      e.relationships.some((r) => partner.relationships.has(r)));
  // Both collections are in date order already: the compiler sorts them and its checks keep them so.
  // Key events are marked on the chronology's records; the essay's context has none to show.
  const context = opts.key ? [] : pkg.events.filter(keep);
  const chronology = (opts.key ? pkg.chronologyOf({ key: true }) : pkg.chronology).filter(keep);
  if (opts.json)
    return printJson([
      ...context.map((e) => ({ layer: 'context' as Layer, ...e })),
      ...chronology.map((e) => ({ layer: 'chronology' as Layer, ...e })),
    ]);

  const width = textWidth();
  const dates = [...context, ...chronology].map((e) => eventDate(pkg, e));
  const w = Math.max(12, ...dates.map((d) => d.length)) + 4;
  const indent = (lines: string[], style: (s: string) => string = (s) => s) =>
    lines.map((l) => ' '.repeat(w) + style(l));
  const [essay] = pkg.essays;
  const lines: string[] = opts.key
    ? []
    : [
        c.bold(`Historical context, from the essay${essay ? ` (${essay.author}, ${essay.year})` : ''}`),
        ...wrap("Dated points the essay's analysis rests on.", width - 2).map((l) => `  ${c.dim(l)}`),
      ];
  if (!opts.key && !context.length) lines.push(`  ${c.dim('No events of the historical context match.')}`);
  for (const e of context) {
    lines.push(`  ${c.cyan(eventDate(pkg, e).padEnd(w - 2))}${c.bold(e.title)}`);
    lines.push(...indent(wrap(e.summary, width - w)));
    if (e.dateReference) lines.push(...indent(wrap(`Date from ${e.dateReference.title}`, width - w), c.dim));
  }
  if (lines.length) lines.push('');
  lines.push(
    c.bold(`${opts.key ? 'Key events' : 'Chronology'} of ${pkg.meta.year}, from published reports`),
    ...wrap(
      "Events of the year itself, a layer apart from the essay's reading: they do not change its stance and trajectory codings.",
      width - 2,
    ).map((l) => `  ${c.dim(l)}`),
  );
  if (!chronology.length) lines.push(`  ${c.dim('No events of the chronology match.')}`);
  for (const e of chronology) {
    lines.push(`  ${c.cyan(eventDate(pkg, e).padEnd(w - 2))}${c.bold(e.title)}`);
    lines.push(...indent(wrap(e.summary, width - w)));
    if (e.key) lines.push(...indent(wrap(`Key event: ${e.key.reason}`, width - w), c.yellow));
    const reports = pkg.reportsOf(e).map((r) => pkg.reportLabel(r));
    lines.push(...indent(wrap(`Reports: ${reports.join('; ')}`, width - w), c.dim));
  }
  print(lines.join('\n'));
}

const DAY_OR_MONTH = /^\d{4}-\d{2}(-\d{2})?$/;

/** The period the options ask for, as first and last day; open ends are undefined. */
function periodOf(pkg: Pkg, opts: TimelineOptions): { from?: string; to?: string } {
  if (opts.year !== undefined) {
    if (opts.from !== undefined || opts.to !== undefined)
      throw usageError('--year cannot be combined with --from or --to; give the period one way');
    if (!/^\d{4}$/.test(opts.year)) throw usageError(`--year "${opts.year}" is not a year (YYYY)`);
    return { from: `${opts.year}-01-01`, to: `${opts.year}-12-31` };
  }
  const bound = (value: string | undefined, flag: string, side: 'start' | 'end') => {
    if (value === undefined) return undefined;
    const day = DAY_OR_MONTH.test(value) ? pkg.dayBound(value, side) : undefined;
    if (day === undefined)
      throw usageError(`${flag} "${value}" is not a day (YYYY-MM-DD) or a month (YYYY-MM)`);
    return day;
  };
  const from = bound(opts.from, '--from', 'start');
  const to = bound(opts.to, '--to', 'end');
  if (from && to && from > to) throw usageError(`--from ${opts.from} comes after --to ${opts.to}`);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/**
 * The actors and relationships an event must name to be about `ref`: for a relationship, itself and
 * its partners (a group's members too); for an actor, itself, its members and the relationship it
 * is the partner of.
 */
function partnerOf(pkg: Pkg, ref: string): { actors: Set<string>; relationships: Set<string> } {
  const found = resolveRef(pkg, ref);
  const membersOf = (id: string) => [id, ...(pkg.byId('actors', id)?.members ?? [])];
  if (found.collection === 'relationships') {
    const rel = pkg.byId('relationships', found.record.id);
    return {
      actors: new Set((rel?.partners ?? []).flatMap(membersOf)),
      relationships: new Set([found.record.id]),
    };
  }
  if (found.collection === 'actors')
    return {
      actors: new Set(membersOf(found.record.id)),
      relationships: new Set(
        pkg.relationships.filter((r) => r.partners.includes(found.record.id)).map((r) => r.id),
      ),
    };
  const what = pkg.collectionEntry(found.collection).one.toLowerCase();
  throw usageError(
    `--partner takes a relationship or an actor; "${ref}" is ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} (${found.collection}/${found.record.id})`,
  );
}

import type { Figure } from '@policy/pakistan-2024';
import { loadPackage, type Pkg } from '../data.js';
import { usageError } from '../errors.js';
import { colours as c, print, printJson, textWidth } from '../io.js';
import { renderTable } from '../render/table.js';
import { terminalText } from '../render/terminal-text.js';
import { wrap } from '../render/wrap.js';
import { resolveRef } from '../resolve.js';

/** The options of `policy figures`, as the command line gives them. */
export interface FiguresOptions {
  readonly partner?: string;
  readonly indicator?: string;
  readonly period?: string;
  readonly json?: boolean;
  readonly csv?: boolean;
}

/**
 * `policy figures`: the year in figures, a layer apart from the essay's reading and the chronology,
 * optionally cut to a partner, an indicator and a period. Text groups the figures by indicator, each
 * with its period, amount, status and reports; `--json` prints the records with their citations;
 * `--csv` prints the rows of figures.csv that match.
 */
export async function figures(opts: FiguresOptions): Promise<void> {
  if (opts.json && opts.csv) throw usageError('--json and --csv are two outputs; give one');
  const pkg = await loadPackage();
  const { partners, ...filter } = filterOf(pkg, opts);
  const found = partners
    ? [
        ...new Map(
          partners.flatMap((p) => pkg.figuresOf({ ...filter, partner: p })).map((f) => [f.id, f]),
        ).values(),
      ]
    : pkg.figuresOf(filter);
  if (opts.json) return printJson(found.map((f) => ({ ...f, citations: pkg.citeFigure(f, 'apa') })));
  if (opts.csv) {
    const { toTables, toCSV } = await import('@policy/pakistan-2024/tables');
    const table = toTables(pkg.dataset).find((t) => t.name === 'figures');
    if (!table) throw new Error('the package has no figures table');
    const ids = new Set(found.map((f) => f.id));
    return print(toCSV({ ...table, rows: table.rows.filter((r) => ids.has(String(r[0]))) }).trimEnd());
  }
  print(figuresText(pkg, found));
}

/** The figures as text for the terminal, grouped by indicator in the package's order. */
export function figuresText(pkg: Pkg, found: readonly Figure[], heading = true): string {
  const width = textWidth();
  const lines: string[] = [];
  if (heading)
    lines.push(
      c.bold(`${pkg.meta.year} in figures, from published reports`),
      ...wrap(
        "Official figures as reports give them: a layer apart from the essay's reading and the chronology. Where reports disagree, every value is listed; the one set aside is marked.",
        width - 2,
      ).map((l) => `  ${c.dim(l)}`),
      '',
    );
  if (!found.length) lines.push(`  ${c.dim('No figures match.')}`);
  for (const indicator of pkg.indicators) {
    // By period, then partner; where reports disagree, the figure shown comes first.
    const rows = found
      .filter((f) => f.indicator === indicator.id)
      .sort(
        (a, b) =>
          a.period.start.localeCompare(b.period.start) ||
          a.period.end.localeCompare(b.period.end) ||
          (a.partner ?? '~').localeCompare(b.partner ?? '~') ||
          Number(pkg.isShown(b)) - Number(pkg.isShown(a)),
      );
    if (!rows.length) continue;
    lines.push(c.bold(terminalText(`${indicator.name} — ${indicator.statisticalSource}`)));
    const table = renderTable(
      ['partner', 'period', 'amount', 'status', 'reports'],
      rows.map((f) => [
        f.partner ? terminalText(actorName(pkg, f.partner)) : 'all partners',
        pkg.formatPeriod(f),
        pkg.formatAmount(f) + (pkg.isShown(f) ? '' : ' (set aside)'),
        f.status,
        terminalText(
          pkg
            .citeFigure(f)
            .map((x) => x.report.publisher)
            .join('; '),
        ),
      ]),
      { width },
    );
    lines.push(
      ...table
        .trimEnd()
        .split('\n')
        .map((l) => `  ${l}`),
      '',
    );
  }
  return lines.join('\n').trimEnd();
}

/** An actor's short name, else its name, else its id. */
export function actorName(pkg: Pkg, id: string): string {
  const actor = pkg.byId('actors', id);
  return actor ? (actor.shortName ?? actor.name) : id;
}

/** The package's filter from the options; a reference that names nothing is one line of error. */
function filterOf(pkg: Pkg, opts: FiguresOptions) {
  // An actor by any of its names first ("KSA" is Saudi Arabia, though it also finds the Gulf
  // relationship); a relationship stands for its partners ("pakistan-gulf-states").
  let partners: readonly string[] | undefined;
  if (opts.partner !== undefined) {
    const actor = pkg.getActor(opts.partner);
    const found = actor ? undefined : resolveRef(pkg, opts.partner);
    if (actor) partners = [actor.id];
    else if (found?.collection === 'relationships')
      partners = pkg.byId('relationships', found.record.id)?.partners ?? [];
    else
      throw usageError(
        `--partner takes an actor or a relationship; "${opts.partner}" is ${found?.collection}/${found?.record.id}`,
      );
  }
  if (opts.indicator !== undefined && !pkg.getIndicator(opts.indicator))
    throw usageError(
      `--indicator "${opts.indicator}" names no indicator; one of: ${pkg.indicators.map((i) => i.id).join(', ')}`,
    );
  if (opts.period !== undefined && !pkg.periodBounds(opts.period))
    throw usageError(
      `--period "${opts.period}" is not a fiscal year (FY2023-24, FY24), a year (2024), a month (2024-06) or a day`,
    );
  return {
    partners,
    ...(opts.indicator ? { indicator: opts.indicator } : {}),
    ...(opts.period ? { period: opts.period } : {}),
  };
}

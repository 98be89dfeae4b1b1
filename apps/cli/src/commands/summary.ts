import { loadPackage } from '../data.js';
import { colours as c, print, printJson, textWidth } from '../io.js';
import { commands as specs } from '../program.js';
import { wrap } from '../render/wrap.js';

/** `policy` alone: what the dataset is, how much it holds, where it comes from, and the commands. */
export async function summary(opts: { json?: boolean }): Promise<void> {
  const pkg = await loadPackage();
  const { meta } = pkg;
  const counts = Object.fromEntries(pkg.collectionNames.map((n) => [n, pkg.dataset[n].length]));
  const commands = specs.map((cmd) => ({
    name: cmd.name,
    usage: `policy ${cmd.name} ${cmd.usage}`.trim(),
    description: cmd.description,
  }));
  if (opts.json) {
    printJson({
      name: meta.name,
      title: meta.title,
      version: meta.version,
      description: meta.description,
      license: meta.license,
      counts,
      sources: pkg.essays.map(({ id, title, author, publisher, year, url }) => ({
        id,
        title,
        author,
        publisher,
        year,
        url,
      })),
      commands,
    });
    return;
  }
  const width = textWidth();
  const label = (s: string) => c.cyan(s.padEnd(10));
  const lines = [
    `${c.bold(meta.title)}  ${c.dim(`${meta.name} ${meta.version}`)}`,
    '',
    ...wrap(meta.description, width),
    '',
    `${label('Records')}${pkg.collectionNames
      .filter((n) => n !== 'sources')
      .map((n) => pkg.countOf(n, counts[n] ?? 0))
      .join(', ')}`,
  ];
  for (const s of pkg.essays)
    lines.push(
      ...wrap(`${s.author}, "${s.title}", ${s.publisher}, ${s.year}`, width - 10).map(
        (l, i) => (i ? ' '.repeat(10) : label('Source')) + l,
      ),
      `${' '.repeat(10)}${s.url}`,
    );
  if (pkg.reports.length)
    lines.push(
      ...wrap(
        `The ${pkg.meta.year} chronology cites ${pkg.countOf('sources', pkg.reports.length).replace('source', 'published report')}, a layer apart from the essay's reading.`,
        width - 10,
      ).map((l) => ' '.repeat(10) + l),
    );
  lines.push(
    `${label('Licence')}data ${meta.license.data}, code ${meta.license.code}`,
    '',
    c.bold('Commands'),
  );
  const w = Math.max(...commands.map((cmd) => cmd.name.length)) + 2;
  for (const cmd of commands) lines.push(`  ${cmd.name.padEnd(w)}${cmd.description}`);
  lines.push(
    '',
    c.dim('Run `policy <command> --help` for its options and examples; add --json for scripts.'),
  );
  print(lines.join('\n'));
}

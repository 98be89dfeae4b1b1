/**
 * The commands of `policy`: names, arguments, options, examples, and the module that runs each.
 * One table feeds the argument parser (cac), the help, the summary and the completion scripts.
 * Command modules are imported only when their command runs; the collections, tables and
 * citation formats come from the package's registry, which holds no data and loads in no time.
 */
import {
  citationFormatNames,
  collectionNames,
  searchLayers,
  searchSorts,
  tableNames,
} from '@policy/pakistan-2024/registry';
import type { Command as CacCommand } from 'cac';
import { EXPORT_FORMATS, SHELLS } from './choices.js';
import type { CommandSpec, OptionSpec } from './command-spec.js';
import { usageError } from './errors.js';
import { nearest } from './suggest.js';

const json: OptionSpec = {
  flags: '--json',
  description: 'Print JSON (shapes in the README) instead of text',
};

export const commands: readonly CommandSpec[] = [
  {
    name: 'list',
    usage: '<collection>',
    description: 'List the records of a collection as a table',
    complete: collectionNames,
    options: [json],
    examples: ['policy list relationships', 'policy list actors --json'],
    run: async ([collection], o) =>
      (await import('./commands/list.js')).list(oneOf(collection, collectionNames, 'collection'), o),
  },
  {
    name: 'show',
    usage: '<ref>',
    description: 'Show one record laid out for reading, with the citation of each statement',
    complete: 'ids',
    options: [json],
    examples: ['policy show cn', 'policy show KSA', 'policy show "U.S."', 'policy show actors/china --json'],
    run: async ([ref], o) => (await import('./commands/show.js')).show(String(ref), o),
  },
  {
    name: 'search',
    usage: '<...text>',
    description:
      'Ranked search by words, names, "phrases" and dates, narrowed by kind, layer, partner or period',
    options: [
      {
        flags: '-c, --collection <collection>',
        description: 'Only this collection (repeatable)',
        choices: collectionNames,
      },
      {
        flags: '--layer <layer>',
        description: "Only the essay's reading or only the chronology of the year",
        choices: searchLayers,
      },
      {
        flags: '--partner <ref>',
        description: 'Only records about this partner: an actor by id, ISO code, name or alias',
      },
      {
        flags: '--from <date>',
        description: 'Only dated records from this date on (YYYY, YYYY-MM or YYYY-MM-DD)',
      },
      {
        flags: '--to <date>',
        description: 'Only dated records up to this date (YYYY, YYYY-MM or YYYY-MM-DD)',
      },
      {
        flags: '--sort <order>',
        description: 'relevance (default) or date (oldest first)',
        choices: searchSorts,
      },
      { flags: '-n, --limit <n>', description: 'At most n results', default: 10 },
      json,
    ],
    examples: [
      'policy search kashmir',
      'policy search "us aid"',
      'policy search visit --partner cn --sort date',
      'policy search may 2024',
      'policy search sanctions --layer chronology --from 2024-04 --to 2024-12',
      'policy search energy --collection relationships --limit 3 --json',
    ],
    run: async (words, o) => {
      const collections = listOf(o.collection).map((c) => oneOf(c, collectionNames, '--collection'));
      const limit = positiveInt(o.limit, '--limit');
      return (await import('./commands/search.js')).search(words.join(' '), {
        collections,
        limit,
        layer: optional(o.layer, (v) => oneOf(v, searchLayers, '--layer')),
        partner: optional(o.partner, String),
        from: optional(o.from, String),
        to: optional(o.to, String),
        sort: optional(o.sort, (v) => oneOf(v, searchSorts, '--sort')),
        json: o.json === true,
      });
    },
  },
  {
    name: 'timeline',
    usage: '',
    description: "The dated events in two labelled layers: the essay's context and the year's chronology",
    options: [
      { flags: '--year <year>', description: 'Only events in this year (YYYY)' },
      {
        flags: '--from <date>',
        description: 'Only events on or after this day or month (YYYY-MM-DD or YYYY-MM)',
      },
      {
        flags: '--to <date>',
        description: 'Only events on or before this day or month (YYYY-MM-DD or YYYY-MM)',
      },
      {
        flags: '--partner <ref>',
        description:
          'Only events with this partner: a relationship or an actor, by id, ISO code, name or alias',
      },
      { flags: '--key', description: "Only the year's key events, each with the reason it is key" },
      json,
    ],
    examples: [
      'policy timeline',
      'policy timeline --year 2024 --partner cn',
      'policy timeline --from 2024-10 --to 2024-12 --partner afghanistan',
      'policy timeline --partner iran --json',
      'policy timeline --key',
    ],
    run: async (_, o) =>
      (await import('./commands/timeline.js')).timeline({
        year: optional(o.year, String),
        from: optional(o.from, String),
        to: optional(o.to, String),
        partner: optional(o.partner, String),
        key: o.key === true,
        json: o.json === true,
      }),
  },
  {
    name: 'figures',
    usage: '',
    description:
      "The year in figures (trade, investment, remittances, financing), cited to reports: a layer apart from the essay's reading",
    options: [
      {
        flags: '--partner <ref>',
        description:
          'Only figures of this partner: an actor or a relationship, by id, ISO code, name or alias',
      },
      {
        flags: '--indicator <ref>',
        description: 'Only this measure, by id or short name (exports, imports, net FDI…)',
      },
      {
        flags: '--period <period>',
        description: 'Only figures within a fiscal year (FY2023-24), year, month or day',
      },
      json,
      { flags: '--csv', description: 'Print the matching rows of figures.csv' },
    ],
    examples: [
      'policy figures',
      'policy figures --partner cn --indicator exports',
      'policy figures --partner KSA --period FY2023-24 --json',
      'policy figures --indicator remittances-monthly-sbp --csv',
    ],
    run: async (_, o) =>
      (await import('./commands/figures.js')).figures({
        partner: optional(o.partner, String),
        indicator: optional(o.indicator, String),
        period: optional(o.period, String),
        json: o.json === true,
        csv: o.csv === true,
      }),
  },
  {
    name: 'export',
    usage: '',
    description: 'Export the dataset or one collection as JSON, NDJSON, CSV, YAML or a Markdown report',
    options: [
      {
        flags: '-f, --format <format>',
        description: 'Output format (default: from the --out extension, else json)',
        choices: EXPORT_FORMATS,
      },
      {
        flags: '-c, --collection <collection>',
        description: 'Only this collection (CSV also: dimensions, claims, citations)',
        choices: tableNames,
      },
      { flags: '-o, --out <file>', description: 'Write to this file instead of stdout', file: true },
    ],
    examples: [
      'policy export --format md --out report.md',
      'policy export --format csv --collection citations > citations.csv',
      'policy export --format ndjson | head -1',
    ],
    run: async (_, o) =>
      (await import('./commands/export.js')).exportData({
        format: optional(o.format, (v) => oneOf(v, EXPORT_FORMATS, '--format')),
        collection: optional(o.collection, (v) => oneOf(v, tableNames, '--collection')),
        out: optional(o.out, String),
      }),
  },
  {
    name: 'validate',
    usage: '[dir]',
    description:
      "Check a data folder laid out like the package's data/: its rules, and its citations against the source",
    complete: 'files',
    options: [json],
    examples: ['policy validate', 'policy validate ./data', 'policy validate ./data --json'],
    run: async ([dir], o) => (await import('./commands/validate.js')).validate(dir, o),
  },
  {
    name: 'diff',
    usage: '<old> <new>',
    description: 'Semantic diff of two datasets, and the smallest semver bump it requires',
    complete: 'files',
    options: [json],
    examples: [
      'policy diff old/data.json packages/pakistan-2024/data',
      'policy diff old/data new/data --json',
    ],
    run: async ([before, after], o) =>
      (await import('./commands/diff.js')).diff(String(before), String(after), o),
  },
  {
    name: 'cite',
    usage: '[ref]',
    description: 'How to cite the dataset, or a record with the essay or the reports it rests on',
    complete: 'ids',
    options: [
      {
        flags: '-f, --format <format>',
        description: 'Citation format',
        choices: citationFormatNames,
        default: 'apa',
      },
      json,
    ],
    examples: ['policy cite', 'policy cite cn --format bibtex', 'policy cite --format csl-json'],
    run: async ([ref], o) =>
      (await import('./commands/cite.js')).cite(ref, {
        ...o,
        format: oneOf(o.format, citationFormatNames, '--format'),
      }),
  },
  {
    name: 'verify',
    usage: '[source.txt]',
    description:
      'Check every citation against a copy of a source text (headings, paragraphs, quotes, hash); without a file, the copy POLICY_SOURCES_DIR, .sources/ or ../shared/sources/ holds',
    complete: 'files',
    options: [
      { flags: '-s, --source <id>', description: 'Which source the text is (default: by its hash)' },
      json,
    ],
    examples: ['policy verify', 'policy verify essay.txt', 'policy verify essay.txt --json'],
    run: async ([file], o) =>
      (await import('./commands/verify.js')).verify(optional(file, String), {
        ...o,
        source: optional(o.source, String),
      }),
  },
  {
    name: 'completion',
    usage: '<shell>',
    description: 'Print a shell completion script (bash, zsh or fish)',
    complete: SHELLS,
    options: [],
    examples: [
      'policy completion bash > ~/.local/share/bash-completion/completions/policy',
      'policy completion zsh > ~/.zfunc/_policy   # a folder on your $fpath',
      'policy completion fish > ~/.config/fish/completions/policy.fish',
    ],
    run: async ([shell]) =>
      (await import('./commands/completion.js')).completion(oneOf(shell, SHELLS, 'shell'), commands),
  },
];

/** `value` if it is one of `choices`, else a usage error naming them. */
export function oneOf<T extends string>(value: unknown, choices: readonly T[], what: string): T {
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  if (value === undefined || value === true || value === '')
    throw usageError(`${what} needs a value: one of ${choices.join(', ')}`);
  const near = nearest(String(value), choices);
  throw usageError(
    `${what} "${String(value)}" is not one of ${choices.join(', ')}${near ? `; did you mean ${near}?` : ''}`,
  );
}

function positiveInt(value: unknown, what: string): number {
  const text = String(value);
  if (!/^\d+$/.test(text) || Number(text) < 1)
    throw usageError(`${what} "${text}" is not a whole number of 1 or more`);
  return Number(text);
}

/** A repeatable option's values; `-c a -c b` and `-c a,b` both give [a, b]. */
const listOf = (value: unknown): string[] =>
  value === undefined
    ? []
    : [value]
        .flat()
        .flatMap((v) => String(v).split(','))
        .filter(Boolean);

const optional = <T>(value: unknown, parse: (v: unknown) => T): T | undefined =>
  value === undefined ? undefined : parse(value);

/** Registers one command with cac. */
export function register(cmd: CacCommand, spec: CommandSpec): void {
  for (const o of spec.options)
    cmd.option(o.flags, o.choices ? `${o.description}: ${o.choices.join(', ')}` : o.description, {
      default: o.default,
    });
  for (const e of spec.examples) cmd.example(`  $ ${e}`);
}

/**
 * The command line: every command, its arguments, options and examples. Each action imports its
 * command module only when it runs, and commands import the dataset's entry points the same way.
 */
import { Argument, Command, InvalidArgumentError, Option } from 'commander';

declare const __CLI_VERSION__: string;

/** The collections of the dataset, as `list` and `--collection` accept them. */
export const COLLECTIONS = [
  'sources',
  'actors',
  'relationships',
  'themes',
  'initiatives',
  'topics',
  'events',
  'prospects',
] as const;
/** The extra tables a CSV export can write (see `@policy/pakistan-2024/tables`). */
export const EXTRA_TABLES = ['dimensions', 'claims', 'citations'] as const;
export const EXPORT_FORMATS = ['json', 'ndjson', 'csv', 'yaml', 'md'] as const;
export const CITE_FORMATS = ['apa', 'mla', 'chicago', 'bibtex', 'csl-json'] as const;
export const SHELLS = ['bash', 'zsh', 'fish'] as const;

const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return n;
};

const examples = (lines: readonly string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

const jsonOption = () => new Option('--json', 'print JSON (shapes in the README) instead of text');

/** Builds the `policy` program; actions are loaded on demand. */
export function buildProgram(): Command {
  const program = new Command('policy')
    .description("Pakistan's foreign policy in 2024, in the terminal: the @policy/pakistan-2024 dataset.")
    .version(__CLI_VERSION__, '-V, --version', 'print the version of the CLI')
    .helpOption('-h, --help', 'show help for a command')
    .helpCommand(false)
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      examples([
        'policy                      # what the dataset holds',
        'policy show cn              # Pakistan–China, with every citation',
        'policy search "gas pipeline"',
        'policy export --format csv --collection relationships --out relationships.csv',
      ]),
    );

  program
    .command('list')
    .description('list the records of a collection as a table')
    .addArgument(new Argument('<collection>', 'which collection').choices(COLLECTIONS))
    .addOption(jsonOption())
    .addHelpText('after', examples(['policy list relationships', 'policy list actors --json']))
    .action(async (collection, opts) => (await import('./commands/list.js')).list(collection, opts));

  program
    .command('show')
    .description('show one record laid out for reading, with the citation of each statement')
    .argument('<ref>', 'an id, ISO code, name or alias, case-insensitive (cn, CHN, China, KSA, U.S.)')
    .addOption(jsonOption())
    .addHelpText('after', examples(['policy show cn', 'policy show KSA', 'policy show actors/china --json']))
    .action(async (ref, opts) => (await import('./commands/show.js')).show(ref, opts));

  program
    .command('search')
    .description("ranked full-text search, with the package's own search")
    .argument('<text...>', 'words to look for (prefix and fuzzy matching)')
    .addOption(
      new Option('-c, --collection <collection>', 'only this collection (repeatable)')
        .choices(COLLECTIONS)
        .argParser((value: string, previous: string[] | undefined) => {
          if (!(COLLECTIONS as readonly string[]).includes(value))
            throw new InvalidArgumentError(`expected one of ${COLLECTIONS.join(', ')}.`);
          return [...(previous ?? []), value];
        }),
    )
    .addOption(new Option('-n, --limit <n>', 'at most n results').argParser(positiveInt).default(10))
    .addOption(jsonOption())
    .addHelpText(
      'after',
      examples(['policy search kashmir', 'policy search energy --collection relationships --limit 3 --json']),
    )
    .action(async (words, opts) => (await import('./commands/search.js')).search(words.join(' '), opts));

  program
    .command('timeline')
    .description('the dated events of the historical context, in order')
    .addOption(jsonOption())
    .addHelpText('after', examples(['policy timeline', 'policy timeline --json']))
    .action(async (opts) => (await import('./commands/timeline.js')).timeline(opts));

  program
    .command('export')
    .description('export the dataset (or one collection) as JSON, NDJSON, CSV, YAML or a Markdown report')
    .addOption(
      new Option(
        '-f, --format <format>',
        'output format (default: from the --out extension, else json)',
      ).choices(EXPORT_FORMATS),
    )
    .addOption(
      new Option(
        '-c, --collection <collection>',
        'only this collection (CSV also: dimensions, claims, citations)',
      ).choices([...COLLECTIONS, ...EXTRA_TABLES]),
    )
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .addHelpText(
      'after',
      examples([
        'policy export --format md --out report.md',
        'policy export --format csv --collection citations > citations.csv',
        'policy export --format ndjson | head -1',
      ]),
    )
    .action(async (opts) => (await import('./commands/export.js')).exportData(opts));

  program
    .command('validate')
    .description("validate a data folder laid out like the package's data/, with the package's own rules")
    .argument('[dir]', 'the data folder (default: the bundled data)')
    .addOption(jsonOption())
    .addHelpText(
      'after',
      examples(['policy validate', 'policy validate ./data', 'policy validate ./data --json']),
    )
    .action(async (dir, opts) => (await import('./commands/validate.js')).validate(dir, opts));

  program
    .command('diff')
    .description('semantic diff of two datasets, and the smallest semver bump it requires')
    .argument('<old>', 'a data folder or a built data.json')
    .argument('<new>', 'a data folder or a built data.json')
    .addOption(jsonOption())
    .addHelpText(
      'after',
      examples(['policy diff old/data.json packages/pakistan-2024/data', 'policy diff old/ new/ --json']),
    )
    .action(async (before, after, opts) => (await import('./commands/diff.js')).diff(before, after, opts));

  program
    .command('cite')
    .description('how to cite the dataset, and for a record both the dataset and the original essay')
    .argument('[ref]', 'a record to cite (id, ISO code, name or alias)')
    .addOption(new Option('-f, --format <format>', 'citation format').choices(CITE_FORMATS).default('apa'))
    .addOption(jsonOption())
    .addHelpText(
      'after',
      examples(['policy cite', 'policy cite cn --format bibtex', 'policy cite --format csl-json']),
    )
    .action(async (ref, opts) => (await import('./commands/cite.js')).cite(ref, opts));

  program
    .command('verify')
    .description('check every citation against a copy of a source text (headings, paragraphs, quotes, hash)')
    .argument('<source.txt>', 'a plain-text copy of the source')
    .option('-s, --source <id>', 'which source the text is (default: found by its hash, or the only source)')
    .addOption(jsonOption())
    .addHelpText(
      'after',
      examples(['policy verify iips-2024-pakistan-foreign-policy.txt', 'policy verify essay.txt --json']),
    )
    .action(async (file, opts) => (await import('./commands/verify.js')).verify(file, opts));

  program
    .command('completion')
    .description('print a shell completion script')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS))
    .addHelpText(
      'after',
      examples([
        'policy completion bash > ~/.local/share/bash-completion/completions/policy',
        'policy completion zsh > ~/.zfunc/_policy   # a folder on your $fpath',
        'policy completion fish > ~/.config/fish/completions/policy.fish',
      ]),
    )
    .action(async (shell) => (await import('./commands/completion.js')).completion(shell, program));

  return program;
}

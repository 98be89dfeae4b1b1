/**
 * `policy`: the entry point. Parses the command line with cac, runs the command, and maps every
 * outcome to one line on stderr and an exit code (2 for usage errors, 1 for failures). Output to a
 * closed pipe (`policy export | head -1`) ends quietly (see io.ts).
 */
import { cac } from 'cac';
import type { Options } from './command-spec.js';
import { CliError, usageError } from './errors.js';
import { warn, write } from './io.js';
import { commands, register } from './program.js';
import { nearest } from './suggest.js';

declare const __CLI_VERSION__: string;

const DESCRIPTION =
  "Pakistan's foreign policy in 2024, in the terminal: the @policy/pakistan-2024 dataset. Run policy alone for a summary.";

/** The longest error line printed: a message quoting a huge argument or file name is cut short. */
const MAX_MESSAGE = 500;
/** The longest argument taken: far above any id, path or query, far below what a search could choke on. */
const MAX_ARGUMENT = 1000;

const oneLine = (message: string) => {
  const line = message.replace(/\s*\n\s*/g, ' ').trim();
  return line.length > MAX_MESSAGE ? `${line.slice(0, MAX_MESSAGE)}…` : line;
};

/** cac's usage errors reworded to name the command, the fix, and where help is. */
function usageMessage(message: string): string {
  const name = process.argv[2] ?? '';
  const spec = commands.find((c) => c.name === name);
  const help = ` (see policy ${spec ? `${name} ` : ''}--help)`;
  const unknown = /^Unknown option `(.+)`$/.exec(message);
  if (unknown?.[1]) {
    const flags = (spec?.options ?? []).flatMap((o) =>
      o.flags.split(/[ ,]+/).filter((f) => f.startsWith('--')),
    );
    const near = nearest(unknown[1], [...flags, '--help']);
    return `unknown option ${unknown[1]}${near ? `; did you mean ${near}?` : ''}${help}`;
  }
  if (message.startsWith('missing required args'))
    return `${name}: missing argument; usage: policy ${name} ${spec?.usage ?? ''}`.trimEnd() + help;
  const unused = /^Unused args: (.+)$/.exec(message);
  if (unused?.[1]) return `${name}: too many arguments: ${unused[1].replace(/`/g, '')}${help}`;
  const missingValue = /^option `(.+)` value is missing$/.exec(message);
  if (missingValue?.[1]) return `option ${missingValue[1]} needs a value${help}`;
  return oneLine(message.replace(/`/g, '"'));
}

async function main(argv: readonly string[]): Promise<number> {
  // Refused before anything reads it, and not echoed back.
  const long = argv.findIndex((a) => a.length > MAX_ARGUMENT);
  if (long >= 0)
    throw usageError(
      `argument ${long + 1} is ${argv[long]?.length.toLocaleString('en-US')} characters long; an argument is at most ${MAX_ARGUMENT.toLocaleString('en-US')}`,
    );
  // No command (with at most --json): the summary of the dataset.
  if (argv.every((a) => a === '--json')) {
    await (await import('./commands/summary.js')).summary({ json: argv.length > 0 });
    return 0;
  }
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    write(`${__CLI_VERSION__}\n`);
    return 0;
  }

  const cli = cac('policy');
  for (const spec of commands)
    register(
      cli.command(`${spec.name} ${spec.usage}`.trim(), spec.description).action((...args: unknown[]) => {
        const options = args.pop() as Options;
        const positional = args.flatMap((a) => (a === undefined ? [] : [a].flat().map(String)));
        return spec.run(positional, options);
      }),
      spec,
    );
  cli.help((sections) => [
    ...sections.slice(0, 1),
    ...(cli.matchedCommand ? [{ body: String(cli.matchedCommand.description) }] : [{ body: DESCRIPTION }]),
    ...sections
      .slice(1)
      .filter((s) => !s.title?.startsWith('For more info'))
      .map((s) => ({ ...s, body: s.body.replace(/ +$/gm, '') })),
    ...(cli.matchedCommand
      ? []
      : [{ body: 'Run `policy <command> --help` for the options and examples of a command.' }]),
  ]);
  cli.version(__CLI_VERSION__);

  const parsed = cli.parse(['node', 'policy', ...argv], { run: false });
  if (parsed.options.help || (parsed.options.version && !cli.matchedCommand)) return 0;
  if (!cli.matchedCommand) {
    const [name] = cli.args;
    if (name === undefined) throw usageError(`unknown option ${argv.find((a) => a.startsWith('-'))}`);
    const near = nearest(
      String(name),
      commands.map((c) => c.name),
    );
    throw usageError(`unknown command "${name}"${near ? `; did you mean ${near}?` : ''} (see policy --help)`);
  }
  await cli.runMatchedCommand();
  return 0;
}

main(process.argv.slice(2))
  .catch((error: unknown) => {
    if (error instanceof CliError) {
      warn(`policy: ${oneLine(error.message)}`);
      return error.exitCode;
    }
    // cac's own errors are about usage: an unknown option, a missing argument or value.
    if (error instanceof Error && error.name === 'CACError') {
      warn(`policy: ${usageMessage(error.message)}`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    warn(`policy: unexpected error: ${oneLine(message)}`);
    if (process.env.POLICY_DEBUG) console.error(error);
    return 1;
  })
  .then((code) => {
    if (code) process.exitCode = code;
  });

/**
 * `policy`: the entry point. Maps every outcome to one line on stderr and an exit code
 * (2 for usage errors, 1 for failures) and ends quietly when stdout is a closed pipe.
 */
import { CommanderError } from 'commander';
import { CliError } from './errors.js';
import { buildProgram } from './program.js';

// `policy export | head -1`: the reader went away; that is not an error.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });

const line = (message: string) =>
  message
    .replace(/^error: /, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  program.exitOverride().configureOutput({
    outputError: (message, write) => write(`policy: ${line(message)}\n`),
  });
  for (const command of program.commands)
    command
      .exitOverride()
      .configureOutput({ outputError: (message, write) => write(`policy: ${line(message)}\n`) });
  try {
    // No command (with at most --json): the summary of the dataset.
    if (argv.every((a) => a === '--json')) {
      await (await import('./commands/summary.js')).summary(program, { json: argv.length > 0 });
      return 0;
    }
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit through here too, with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof CliError) {
      process.stderr.write(`policy: ${line(error.message)}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`policy: unexpected error: ${line(message)}\n`);
    if (process.env.POLICY_DEBUG) console.error(error);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  if (code !== 0) process.exitCode = code;
});

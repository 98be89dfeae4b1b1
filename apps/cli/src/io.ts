import { closeSync, fstatSync, openSync, readSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { styleText } from 'node:util';
import { terminalText } from '@policy/pakistan-2024/registry';
import { CliError, failure, reason } from './errors.js';

let terminal: boolean | undefined;

/**
 * True when stdout is a terminal. Node's tty module costs a cold start more than most commands'
 * own work, so it is loaded only when stdout is a character device (a terminal, or /dev/null).
 */
function stdoutIsTerminal(): boolean {
  terminal ??= fstatSync(1).isCharacterDevice() && process.getBuiltinModule('node:tty').isatty(1);
  return terminal;
}

/** Colour only on a terminal, never when NO_COLOR is set (https://no-color.org); FORCE_COLOR forces it. */
function colourWanted(): boolean {
  const env = process.env;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return stdoutIsTerminal() && env.TERM !== 'dumb';
}

type Style = 'bold' | 'dim' | 'italic' | 'underline' | 'red' | 'green' | 'yellow' | 'cyan';
const enabled = colourWanted();
const style =
  (format: Style) =>
  (text: string): string =>
    enabled ? styleText(format, text) : text;

/** Colour functions that are the identity when colour is off. */
export const colours = {
  bold: style('bold'),
  dim: style('dim'),
  italic: style('italic'),
  underline: style('underline'),
  red: style('red'),
  green: style('green'),
  yellow: style('yellow'),
  cyan: style('cyan'),
};

// Output goes to file descriptor 1 directly: the process.stdout stream costs a cold start more
// than a command's own work, so it is made only on a terminal (for its width) or when a write
// would block.

/** The terminal's width in columns, or undefined when stdout is not a terminal. */
export function terminalColumns(): number | undefined {
  return stdoutIsTerminal() ? process.stdout.columns || 80 : undefined;
}

/** The width to lay text out in: the terminal's, capped for reading; 80 when not a terminal. */
export function textWidth(): number {
  const columns = terminalColumns();
  return columns === undefined ? 80 : Math.max(40, Math.min(columns, 100));
}

/**
 * Writes to file descriptor 1 or 2, falling back to its stream only when a write would block.
 * Whatever the text holds (data, a file name, an argument), no control character or escape
 * sequence reaches the terminal but the colour this module adds itself (and only when colour is on);
 * a CSV's CRLF line ends stay.
 */
function writeTo(fd: 1 | 2, text: string): void {
  const bytes = Buffer.from(terminalText(text, { keepColour: enabled }));
  let at = 0;
  try {
    while (at < bytes.length) at += writeSync(fd, bytes, at);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A closed stdout ends the command quietly; a closed stderr only loses the message, not the exit code.
    if (code === 'EPIPE') {
      if (fd === 1) process.exit(0);
      return;
    }
    if (code !== 'EAGAIN') throw error;
    // A non-blocking stdout or stderr (some parents make one): the stream waits until it drains.
    // Made only here: either stream costs a cold start more than most commands' own work.
    const stream = fd === 1 ? process.stdout : process.stderr;
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      if (fd === 1) process.exit(0);
    });
    stream.write(bytes.subarray(at));
  }
}

/** Writes text to stdout as it is; a reader that went away (`policy export | head -1`) ends the command quietly. */
export function write(text: string): void {
  writeTo(1, text);
}

/**
 * Writes one line to stderr: errors, warnings and notes. Like stdout, through the file descriptor:
 * process.stderr would load Node's stream modules, which cost a failing command more than its work.
 */
export function warn(line: string): void {
  writeTo(2, line.endsWith('\n') ? line : `${line}\n`);
}

/** Writes text to stdout, ending it with one newline. */
export function print(text: string): void {
  write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Writes a value as indented JSON, the `--json` output of every command. */
export function printJson(value: unknown): void {
  print(JSON.stringify(value, null, 2));
}

/** The largest file a command reads (a data.json, a source text): far above any real one. */
export const MAX_READ_BYTES = 64 * 1024 * 1024;

/**
 * Reads a text file, or fails with one line naming the file and why. Only a plain file is read, and
 * at most `maxBytes` of it: a FIFO would block, and /dev/zero would never end.
 */
export function readText(file: string, what = 'file', maxBytes = MAX_READ_BYTES): string {
  let fd: number | undefined;
  try {
    const stats = statSync(file);
    if (!stats.isFile())
      throw failure(
        `cannot read ${what} ${file}: ${stats.isDirectory() ? 'it is a folder' : 'not a plain file (a device, pipe or socket)'}`,
      );
    if (stats.size > maxBytes)
      throw failure(`cannot read ${what} ${file}: ${stats.size} bytes, more than the ${maxBytes} read`);
    fd = openSync(file, 'r');
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.max(65536, Math.min(stats.size + 1, maxBytes + 1 - length)));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      length += n;
      if (length > maxBytes) throw failure(`cannot read ${what} ${file}: it grew past ${maxBytes} bytes`);
    }
    return Buffer.concat(chunks, length).toString('utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw failure(`cannot read ${what} ${file}: ${reason(error)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes a file, or fails with one line naming the file and why. */
export function writeText(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw failure(`cannot write ${file}: ${reason(error)}`);
  }
}

/** What is at a path: 'file', 'folder', or undefined when nothing is. */
export function kindOf(path: string): 'file' | 'folder' | undefined {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

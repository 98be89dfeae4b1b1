import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { styleText } from 'node:util';
import { failure, reason } from './errors.js';

/** Colour only on a terminal, never when NO_COLOR is set (https://no-color.org); FORCE_COLOR forces it. */
function colourWanted(): boolean {
  const env = process.env;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return process.stdout.isTTY === true && env.TERM !== 'dumb';
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

/** The width to lay text out in: the terminal's, capped for reading; 80 when not a terminal. */
export function textWidth(): number {
  return process.stdout.isTTY ? Math.max(40, Math.min(process.stdout.columns || 80, 100)) : 80;
}

/** Writes text to stdout, ending it with one newline. */
export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Writes a value as indented JSON, the `--json` output of every command. */
export function printJson(value: unknown): void {
  print(JSON.stringify(value, null, 2));
}

/** Reads a text file, or fails with one line naming the file and why. */
export function readText(file: string, what = 'file'): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw failure(`cannot read ${what} ${file}: ${reason(error)}`);
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

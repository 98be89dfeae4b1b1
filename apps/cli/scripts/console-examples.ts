/**
 * The console examples of a Markdown file (its ```console blocks): each `$ command` line followed
 * by what the command printed. Refreshing a block reruns its commands and writes what they print
 * now, keeping the two conventions the README uses: a last line `…` marks an excerpt, which keeps
 * its length; a last line `(exit N)` shows the exit code, which is written anew.
 */

/** What running one command gave: its lines of output (stdout and stderr, as a terminal shows them) and exit code. */
export interface Ran {
  readonly lines: readonly string[];
  readonly code: number;
}

/** Runs one command line, as written after `$ ` (a trailing `# comment` included). */
export type Runner = (command: string) => Ran;

const BLOCK = /```console\n([\s\S]*?)```/g;
const EXIT = /^\(exit \d+\)$/;

/** The command lines of every console block, in order. */
export function consoleCommands(markdown: string): string[] {
  return [...markdown.matchAll(BLOCK)].flatMap((m) =>
    (m[1] ?? '')
      .split('\n')
      .filter((line) => line.startsWith('$ '))
      .map((line) => line.slice(2)),
  );
}

/** One block's text with every command's output replaced by what `run` gives now. */
function refreshBlock(body: string, run: Runner, keep: (command: string) => boolean): string {
  const out: string[] = [];
  let shown: string[] | undefined;
  let command: string | undefined;
  const flush = () => {
    if (command === undefined || shown === undefined) return;
    if (keep(command)) {
      out.push(...shown);
      return;
    }
    const { lines, code } = run(command);
    let fresh = [...lines];
    if (shown.at(-1) === '…') fresh = [...fresh.slice(0, shown.length - 1), '…'];
    if (EXIT.test(shown.at(-1) ?? '')) fresh.push(`(exit ${code})`);
    out.push(...fresh);
  };
  for (const line of body.replace(/\n$/, '').split('\n')) {
    if (line.startsWith('$ ')) {
      flush();
      command = line.slice(2);
      shown = [];
      out.push(line);
    } else if (shown) shown.push(line);
    else out.push(line);
  }
  flush();
  return `${out.join('\n')}\n`;
}

/**
 * The Markdown with every console block's output rerun. `keep` names commands whose shown output
 * stays as written (those that print nothing, or write into the reader's home).
 */
export function refreshConsoleExamples(
  markdown: string,
  run: Runner,
  keep: (command: string) => boolean = () => false,
): string {
  return markdown.replace(
    BLOCK,
    (_, body: string) => `\`\`\`console\n${refreshBlock(body, run, keep)}\`\`\``,
  );
}

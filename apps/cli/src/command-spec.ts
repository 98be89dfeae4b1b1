/** The shape of a command of `policy`: what the table in program.ts lists and the completion scripts read. */

/** One option of a command. `flags` is cac's syntax: `-f, --format <format>`. */
export interface OptionSpec {
  readonly flags: string;
  readonly description: string;
  readonly choices?: readonly string[];
  readonly default?: string | number;
  /** The value is a file path (for completion). */
  readonly file?: boolean;
}

/** Parsed options as commands receive them (camelCased by cac). */
export type Options = Record<string, unknown>;

/** One command. `usage` is cac's syntax for the arguments: `<ref>`, `[dir]`, `<text...>`. */
export interface CommandSpec {
  readonly name: string;
  readonly usage: string;
  readonly description: string;
  /** What the positional arguments complete to. */
  readonly complete?: readonly string[] | 'files' | 'ids';
  readonly options: readonly OptionSpec[];
  readonly examples: readonly string[];
  readonly run: (args: readonly string[], options: Options) => Promise<void>;
}

/**
 * The limits the compiler applies before it parses a data file, so that a pull request cannot make
 * `pnpm check`, `policy validate`, CI or the build run for minutes or fill the disk. Each is far
 * above what the real data needs (CONTRIBUTING.md, "Limits", states them).
 */

/** The largest data file read, in bytes: the largest record is under 10 KB. */
export const MAX_FILE_BYTES = 1_000_000;
/** The longest string (a key or a value) in a data file, in characters: the longest is about 600. */
export const MAX_STRING_LENGTH = 10_000;
/** The most problems reported for one file; a last line says how many more there are. */
export const MAX_ISSUES_PER_FILE = 20;

/** A count written with thousands separators, as the limit messages show it. */
export const counted = (n: number): string => n.toLocaleString('en-US');

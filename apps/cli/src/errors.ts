/** An error the CLI reports as one line on stderr, with the exit code it calls for. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/** Bad usage (a wrong argument or option): exit code 2. */
export const usageError = (message: string): CliError => new CliError(message, 2);

/** A failure (missing file, invalid data, unknown record): exit code 1. */
export const failure = (message: string): CliError => new CliError(message, 1);

/** The message of a Node file-system error, without the syscall noise: "no such file or directory". */
export function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const known: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a folder, not a file',
    ENOTDIR: 'a part of the path is not a folder',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
  };
  return (e.code && known[e.code]) ?? e.message ?? String(error);
}

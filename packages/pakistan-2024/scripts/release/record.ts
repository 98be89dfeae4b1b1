/**
 * The release record: `release/` holds the dataset and JSON Schema exactly as last released, and
 * `release.json` (package, version, date). `pnpm check:release` compares the working data with it,
 * offline; the version step (`pnpm run version`) rewrites it. Before the first release it holds
 * no record, only its README.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What `release.json` says about the last release. */
export interface ReleaseInfo {
  readonly package: string;
  readonly version: string;
  readonly date: string;
  readonly previous: string | null;
}

/** The last release: its description, its data and its schema (plain JSON). */
export interface ReleaseRecord extends ReleaseInfo {
  readonly data: Record<string, unknown>;
  readonly schema: Record<string, unknown>;
}

const FILES = ['release.json', 'data.json', 'schema.json'] as const;

/** A problem with one file of the release record: which file, and what is wrong with it. */
export class ReleaseRecordError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

const RESTORE = 'the release record is written only by `pnpm run version`: restore it with git';

function readJson(file: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
    return value as Record<string, unknown>;
  } catch (error) {
    throw new ReleaseRecordError(
      file,
      `cannot be read as a JSON object (${(error as Error).message}); ${RESTORE}`,
    );
  }
}

/** Reads only `release.json` in `dir` (which version was released, and when); `undefined` before the first release. */
export function readReleaseInfo(dir: string): ReleaseInfo | undefined {
  const file = join(dir, 'release.json');
  if (!existsSync(file)) return undefined;
  const info = readJson(file);
  if (typeof info.version !== 'string' || typeof info.date !== 'string')
    throw new ReleaseRecordError(file, `needs "version" and "date" strings; ${RESTORE}`);
  return {
    package: String(info.package ?? ''),
    version: info.version,
    date: info.date,
    previous: typeof info.previous === 'string' ? info.previous : null,
  };
}

/** The release date of `version` by the record in `dir`; `undefined` when that version is not the one released. */
export function releaseDateOf(dir: string, version: string): string | undefined {
  const info = readReleaseInfo(dir);
  return info?.version === version ? info.date : undefined;
}

/** Reads the release record in `dir`; `undefined` when nothing has been released yet. */
export function readRelease(dir: string): ReleaseRecord | undefined {
  const present = FILES.filter((f) => existsSync(join(dir, f)));
  if (!present.length) return undefined;
  const missing = FILES.filter((f) => !present.includes(f));
  if (missing.length)
    throw new ReleaseRecordError(
      join(dir, missing[0] as string),
      `missing from the release record; it is written only by \`pnpm run version\`: restore it with git`,
    );
  const info = readJson(join(dir, 'release.json'));
  if (typeof info.version !== 'string' || typeof info.package !== 'string')
    throw new ReleaseRecordError(join(dir, 'release.json'), 'needs "package" and "version" strings');
  return {
    package: info.package,
    version: info.version,
    date: String(info.date ?? ''),
    previous: typeof info.previous === 'string' ? info.previous : null,
    data: readJson(join(dir, 'data.json')),
    schema: readJson(join(dir, 'schema.json')),
  };
}

/** Writes a new release record into `dir`, replacing the last one. */
export function writeRelease(dir: string, record: ReleaseRecord): void {
  mkdirSync(dir, { recursive: true });
  const { data, schema, ...info } = record;
  const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
  writeFileSync(join(dir, 'data.json'), json(data));
  writeFileSync(join(dir, 'schema.json'), json(schema));
  writeFileSync(join(dir, 'release.json'), json(info));
}

/**
 * What `pnpm sources:fetch [--source <id>] [--from <page.html>] [--force]` does: downloads each
 * source's web page from the URL in its record, extracts the essay's text, and stores it where the
 * package's lookup finds it (`POLICY_SOURCES_DIR`, else the clone's `.sources/`). The text is kept
 * even when its SHA-256 differs from the recorded one, so that `policy verify` can say how many
 * citations still hold; the command then exits 1. scripts/sources/fetch.ts runs it.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { sourceDigest } from '../../src/provenance/source-check.js';
import { findSourceText, sourceCacheFolder } from '../../src/provenance/source-files.js';
import { type EssaySource, Source } from '../../src/schema/source.js';
import { locations } from '../paths.js';
import { extractArticleText } from './extract.js';

const USAGE = 'usage: pnpm sources:fetch [--source <id>] [--from <saved page.html>] [--force]';
const TIMEOUT_MS = 30_000;

/** A failure that ends the command with one line (every error does; this one is expected). */
class FetchError extends Error {}

/** Where the command writes and what it reads of its process; tests pass their own. */
export interface FetchIo {
  readonly log: (line: string) => void;
  readonly error: (line: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
}

const processIo: FetchIo = {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
  env: process.env,
};

/**
 * The essays among the source records of the data folder (a report has no text to fetch: its quotes
 * were checked against a stored copy), read on their own so a broken record elsewhere cannot stop a fetch.
 */
function readEssays(dataDir: string): EssaySource[] {
  const dir = join(dataDir, 'sources');
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const parsed = Source.safeParse(parse(readFileSync(join(dir, name), 'utf8')));
      if (!parsed.success)
        throw new FetchError(`${join(dir, name)} is not a valid source record; run the build to see why`);
      return parsed.data;
    })
    .filter((source): source is EssaySource => source.kind === 'essay');
}

/** The page's HTML: from a saved file, or downloaded from the source's URL. */
async function pageOf(source: EssaySource, from: string | undefined, io: FetchIo): Promise<string> {
  if (from !== undefined) {
    try {
      // A path is relative to where `pnpm sources:fetch` was typed, not to this package.
      return readFileSync(resolve(io.env.INIT_CWD ?? process.cwd(), from), 'utf8');
    } catch (error) {
      throw new FetchError(`cannot read ${from}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  let response: Response;
  try {
    response = await fetch(source.url, {
      headers: { accept: 'text/html', 'user-agent': 'policy-pakistan-2024 sources:fetch' },
      redirect: 'follow',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new FetchError(
      `cannot download ${source.url}: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
    );
  }
  if (!response.ok) throw new FetchError(`cannot download ${source.url}: HTTP ${response.status}`);
  return response.text();
}

/** Fetches one source; returns false when the text was kept but differs from the recorded one. */
async function fetchSource(
  source: EssaySource,
  folder: string,
  opts: { root: string; from?: string; force: boolean },
  io: FetchIo,
): Promise<boolean> {
  // Paths inside the clone are shown from its root, where the command is run.
  const show = (file: string) =>
    relative(opts.root, file).startsWith('..') ? file : relative(opts.root, file);
  const have = findSourceText(source.id, { cwd: opts.root, env: io.env });
  if (have && !opts.force && opts.from === undefined && sourceDigest(have.text) === source.sha256) {
    io.log(
      `sources:fetch: ${source.id}: already at ${show(have.file)}, and its SHA-256 matches; nothing to do`,
    );
    return true;
  }
  const text = extractArticleText(await pageOf(source, opts.from, io));
  if (!text) throw new FetchError(`${source.id}: found no headings or paragraphs in the page`);
  const file = join(folder, `${source.id}.txt`);
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, text);
  } catch (error) {
    throw new FetchError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const digest = sourceDigest(text);
  if (digest === source.sha256) {
    io.log(`sources:fetch: ${source.id}: saved to ${show(file)}; its SHA-256 matches the source record`);
    return true;
  }
  io.error(
    `sources:fetch: ${source.id}: the text differs from the one the dataset was checked against (SHA-256 ${digest.slice(0, 12)}…, recorded ${source.sha256.slice(0, 12)}…); kept it in ${show(file)}: run \`policy verify\` to see how many citations still hold`,
  );
  return false;
}

async function main(argv: string[], io: FetchIo): Promise<number> {
  const { values } = parseArgs({
    args: argv.filter((a) => a !== '--'),
    options: {
      source: { type: 'string' },
      from: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const at = locations();
  const sources = readEssays(at.data);
  const chosen = values.source === undefined ? sources : sources.filter((s) => s.id === values.source);
  if (chosen.length === 0)
    throw new FetchError(
      `no essay "${values.source}" to fetch (a report's quotes were checked against a stored copy and have no text here); the essays are ${sources.map((s) => s.id).join(', ')}`,
    );
  if (values.from !== undefined && chosen.length > 1)
    throw new FetchError('--from reads one saved page: name its source with --source');
  const folder = sourceCacheFolder({ cwd: at.root, env: io.env });
  if (!folder)
    throw new FetchError(
      'not in a clone of the repository: set POLICY_SOURCES_DIR to the folder to write to',
    );
  let ok = true;
  for (const source of chosen)
    ok =
      (await fetchSource(source, folder, { root: at.root, from: values.from, force: values.force }, io)) &&
      ok;
  return ok ? 0 : 1;
}

/** Runs the command on `argv`; returns its exit status (0, 1 for a failure, 2 for bad usage). */
export async function runSourcesFetch(argv: string[], io: FetchIo = processIo): Promise<number> {
  try {
    return await main(argv, io);
  } catch (error) {
    const usage = String((error as { code?: string }).code ?? '').startsWith('ERR_PARSE_ARGS');
    io.error(`sources:fetch: ${(error as Error).message}${usage ? `; ${USAGE}` : ''}`);
    return usage ? 2 : 1;
  }
}

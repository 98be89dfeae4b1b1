/**
 * `pnpm sources:fetch [--source <id>] [--from <page.html>] [--force]`: downloads each source's web
 * page from the URL in its record, extracts the essay's text, and stores it where the package's
 * lookup finds it (`POLICY_SOURCES_DIR`, else the clone's `.sources/`). The text is kept even when
 * its SHA-256 differs from the recorded one, so that `policy verify` can say how many citations
 * still hold; the command then exits 1.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { Source } from '../../src/schema/source.js';
import { sourceDigest } from '../../src/source-check.js';
import { findSourceText, sourceCacheFolder } from '../../src/source-files.js';
import { locations } from '../paths.js';
import { extractArticleText } from './extract.js';

const USAGE = 'usage: pnpm sources:fetch [--source <id>] [--from <saved page.html>] [--force]';
const TIMEOUT_MS = 30_000;

/** A failure that ends the command with one line (every error does; this one is expected). */
class FetchError extends Error {}

/** The source records of the data folder, read on their own so a broken record elsewhere cannot stop a fetch. */
function readSources(dataDir: string): Source[] {
  const dir = join(dataDir, 'sources');
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const parsed = Source.safeParse(parse(readFileSync(join(dir, name), 'utf8')));
      if (!parsed.success)
        throw new FetchError(`${join(dir, name)} is not a valid source record; run the build to see why`);
      return parsed.data;
    });
}

/** The page's HTML: from a saved file, or downloaded from the source's URL. */
async function pageOf(source: Source, from: string | undefined): Promise<string> {
  if (from !== undefined) {
    try {
      // A path is relative to where `pnpm sources:fetch` was typed, not to this package.
      return readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), from), 'utf8');
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
  source: Source,
  folder: string,
  opts: { root: string; from?: string; force: boolean },
): Promise<boolean> {
  // Paths inside the clone are shown from its root, where the command is run.
  const show = (file: string) =>
    relative(opts.root, file).startsWith('..') ? file : relative(opts.root, file);
  const have = findSourceText(source.id, { cwd: opts.root });
  if (have && !opts.force && opts.from === undefined && sourceDigest(have.text) === source.sha256) {
    console.log(
      `sources:fetch: ${source.id}: already at ${show(have.file)}, and its SHA-256 matches; nothing to do`,
    );
    return true;
  }
  const text = extractArticleText(await pageOf(source, opts.from));
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
    console.log(`sources:fetch: ${source.id}: saved to ${show(file)}; its SHA-256 matches the source record`);
    return true;
  }
  console.error(
    `sources:fetch: ${source.id}: the text differs from the one the dataset was checked against (SHA-256 ${digest.slice(0, 12)}…, recorded ${source.sha256.slice(0, 12)}…); kept it in ${show(file)}: run \`policy verify\` to see how many citations still hold`,
  );
  return false;
}

async function main(argv: string[]): Promise<number> {
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
  const sources = readSources(at.data);
  const chosen = values.source === undefined ? sources : sources.filter((s) => s.id === values.source);
  if (chosen.length === 0)
    throw new FetchError(
      `no source "${values.source}"; the sources are ${sources.map((s) => s.id).join(', ')}`,
    );
  if (values.from !== undefined && chosen.length > 1)
    throw new FetchError('--from reads one saved page: name its source with --source');
  const folder = sourceCacheFolder({ cwd: at.root });
  if (!folder)
    throw new FetchError(
      'not in a clone of the repository: set POLICY_SOURCES_DIR to the folder to write to',
    );
  let ok = true;
  for (const source of chosen)
    ok = (await fetchSource(source, folder, { root: at.root, from: values.from, force: values.force })) && ok;
  return ok ? 0 : 1;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const usage = String((error as { code?: string }).code ?? '').startsWith('ERR_PARSE_ARGS');
  console.error(`sources:fetch: ${(error as Error).message}${usage ? `; ${USAGE}` : ''}`);
  process.exitCode = usage ? 2 : 1;
}

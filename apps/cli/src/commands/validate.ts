import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { collectionNames } from '@policy/pakistan-2024/registry';
import { loadPackage } from '../data.js';
import { failure } from '../errors.js';
import { colours as c, kindOf, print, printJson, warn } from '../io.js';

/** The data folder of the installed dataset package, when it ships one (it does in this repository). */
function bundledDataFolder(): string | undefined {
  const root = dirname(createRequire(import.meta.url).resolve('@policy/pakistan-2024/package.json'));
  const dir = join(root, 'data');
  return existsSync(dir) ? dir : undefined;
}

/**
 * `policy validate [dir]`: the contributor check. Compiles a data folder with the package's own
 * compiler (schema, references, order, file names) and, where the source texts can be found
 * (POLICY_SOURCES_DIR, the clone's .sources/, ../shared/sources/), checks every citation's heading
 * path, paragraph and quote, the coverage of the source and copied text. Prints each problem as
 * `file:line:col  rule  message`, and one line for each source whose checks it had to skip.
 */
export async function validate(dir: string | undefined, opts: { json?: boolean }): Promise<void> {
  const folder = dir ?? bundledDataFolder();
  if (folder === undefined) return validateBundledJson(opts);
  const kind = kindOf(folder);
  if (kind === undefined) throw failure(`no such data folder: ${folder}`);
  if (kind === 'file') throw failure(`${folder} is a file; validate takes a data folder (with meta.yaml)`);

  const { checkDataFolder, formatFileIssue } = await import('@policy/pakistan-2024/compile');
  const shown = dir ?? (relative(process.cwd(), folder) || '.');
  const result = checkDataFolder(folder);
  // Paths as the reader gave them (the default folder relative to the working directory).
  const issues = result.issues.map((i) => ({
    ...i,
    file: dir ? i.file : relative(process.cwd(), i.file) || i.file,
  }));
  const records = result.dataset
    ? collectionNames.reduce((n, name) => n + (result.dataset?.[name].length ?? 0), 0)
    : null;
  const against = result.checked.map((s) => s.file);

  if (opts.json)
    printJson({
      valid: issues.length === 0,
      dir: shown,
      records,
      checkedAgainst: against,
      skipped: result.skipped,
      issues,
    });
  else if (issues.length === 0)
    print(
      `${c.green('✓')} ${shown}: ${records} records, no problems${against.length ? `; citations, coverage and copied text checked against ${against.map((f) => relative(process.cwd(), f) || f).join(', ')}` : ''}`,
    );
  else for (const issue of issues) print(formatFileIssue(issue));
  if (!opts.json) for (const line of result.skipped) warn(`policy: ${line}`);
  if (issues.length) {
    if (!opts.json) warn(`policy: ${issues.length} problem${issues.length === 1 ? '' : 's'} in ${shown}`);
    process.exitCode = 1;
  }
}

/** Without a data folder (an installed package ships none): validate the bundled data.json with the schema. */
async function validateBundledJson(opts: { json?: boolean }): Promise<void> {
  const [{ dataset }, { validate: check, formatIssue }] = await Promise.all([
    loadPackage(),
    import('@policy/pakistan-2024/schema'),
  ]);
  const result = check(dataset);
  const records = collectionNames.reduce((n, name) => n + dataset[name].length, 0);
  if (opts.json)
    printJson({
      valid: result.success,
      dir: null,
      records,
      checkedAgainst: [],
      skipped: [],
      issues: result.issues,
    });
  else if (result.success) print(`${c.green('✓')} bundled data.json: ${records} records, no problems`);
  else for (const issue of result.issues) print(`data.json  ${formatIssue(issue)}`);
  if (!result.success) process.exitCode = 1;
}

/**
 * `pnpm new:record <collection> <id> [--partner <actor id>]`: writes a skeleton record into
 * data/<collection>/<id>.yaml that validates as written, with "FILL IN" where your words go.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { templates } from './new-record-templates.js';
import { locations } from './paths.js';
import { readRelease } from './release/record.js';

const USAGE = `usage: pnpm new:record <collection> <id> [--partner <actor id>]  (collections: ${Object.keys(templates).join(', ')})`;

/** Every id in use in the data folder, with its collection. */
function idsInUse(data: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const entry of readdirSync(data, { withFileTypes: true }))
    if (entry.isDirectory())
      for (const name of readdirSync(join(data, entry.name)))
        if (/\.ya?ml$/.test(name)) ids.set(name.replace(/\.ya?ml$/, ''), entry.name);
  return ids;
}

function main(argv: string[]): number {
  const at = locations();
  const args = argv.filter((a) => a !== '--');
  const partnerAt = args.indexOf('--partner');
  const partnerArg = partnerAt >= 0 ? args.splice(partnerAt, 2)[1] : undefined;
  const [collection, id, ...rest] = args;
  const fail = (message: string) => {
    console.error(`new:record: ${message}`);
    return 1;
  };
  if (!collection || !id || rest.length) return fail(USAGE);
  const template = templates[collection];
  if (!template) return fail(`"${collection}" is not a collection you can add to; ${USAGE}`);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
    return fail(`"${id}" is not a valid id: use lower-case kebab-case, e.g. pakistan-iran`);

  const inUse = idsInUse(at.data);
  if (inUse.has(id))
    return fail(`id "${id}" is already used in ${inUse.get(id)}; ids are unique across the dataset`);
  const released = readRelease(at.release)?.data;
  for (const [name, records] of Object.entries(released ?? {}))
    if (Array.isArray(records) && records.some((r) => (r as { id?: unknown }).id === id))
      return fail(
        `id "${id}" was used by ${name}/${id} in the last release; ids are never reused: choose another`,
      );

  // The essay is cited by default; an event of the chronology cites a report instead.
  const kindOf = (name: string) =>
    (parse(readFileSync(join(at.data, 'sources', name), 'utf8')) as { kind?: string })?.kind;
  const sourceFiles = readdirSync(join(at.data, 'sources'))
    .filter((n) => /\.ya?ml$/.test(n))
    .sort();
  const first = (kind: string) => sourceFiles.find((n) => kindOf(n) === kind)?.replace(/\.ya?ml$/, '');
  const source = first('essay');
  if (!source) return fail('data/sources holds no essay to cite');
  const report = first('report');
  if (collection === 'chronology' && !report)
    return fail('data/sources holds no report for the event to cite');

  let partner: { id: string; name: string } | undefined;
  if (collection === 'relationships') {
    const partnerId = partnerArg ?? id.replace(/^pakistan-/, '');
    const file = join(at.data, 'actors', `${partnerId}.yaml`);
    if (!existsSync(file))
      return fail(
        `no actor "${partnerId}" to be the partner; add it first (pnpm new:record actors ${partnerId}) or pass --partner <actor id>`,
      );
    const actor = parse(readFileSync(file, 'utf8')) as { name?: string; shortName?: string };
    partner = { id: partnerId, name: actor.shortName ?? actor.name ?? partnerId };
  }

  const file = join(at.data, collection, `${id}.yaml`);
  writeFileSync(
    file,
    template({ id, source, ...(report ? { report } : {}), ...(partner ? { partner } : {}) }),
  );
  console.log(`new:record: wrote ${relative(process.env.INIT_CWD ?? at.root, file)}`);
  console.log(
    'new:record: replace every "FILL IN", then run `pnpm check` and `pnpm changeset` (a new record is a minor change).',
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));

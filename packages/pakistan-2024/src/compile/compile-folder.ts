/**
 * Reads a data folder of YAML files (one record per file), validates it with the package's own
 * rules, and reports every problem with file, line and column. Each record is checked on its
 * own, so one broken record is reported once and the rest of the folder is still checked.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { type Document, isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';
import { lintDataset } from '../check/lint.js';
import { byCodeUnits, orderedById, orderKey } from '../records/record-order.js';
import { type CollectionName, collectionNames, isCollectionName } from '../registry/collections.js';
import type { DataIssue, DataPath } from '../rules/issue.js';
import type { RuleId } from '../rules/rules.js';
import { collectionSchemas, type Dataset, Meta } from '../schema/index.js';
import { schemaIssues } from './schema-issues.js';

/** A data issue placed in a file: what `policy validate` prints as `file:line:col  rule  message`. */
export interface FileIssue extends DataIssue {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** The result of compiling a data folder: the dataset when it is valid, and every issue. */
export interface CompileResult {
  readonly dataset?: Dataset;
  readonly issues: readonly FileIssue[];
}

/** Options for `compileDataFolder`. */
export interface CompileOptions {
  /** The version written into `meta.version` (normally the package's version). */
  readonly version?: string;
  /** The release date written into `meta.released` (normally the release record's, for that version). */
  readonly released?: string;
}

/** A compiled folder with what the checks that follow the compiler need (see data-check.ts). */
export interface CompiledFolder extends CompileResult {
  /** The records that passed the schema (all of them when `dataset` is set), in dataset order. */
  readonly partial?: Dataset;
  /** True when every file loaded and every record passed the schema. */
  readonly complete: boolean;
  /** Places an issue about `partial` (a dataset path) at its file, line and column. */
  readonly place: (issue: DataIssue) => FileIssue;
}

interface Loaded {
  readonly file: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
  /** The file's mapping as plain JavaScript. */
  readonly value: Record<string, unknown>;
}

const META_FILE = 'meta.yaml';

/** Compiles and validates the YAML data folder at `dir`. Never throws on bad data; reports it. */
export function compileDataFolder(dir: string, options: CompileOptions = {}): CompileResult {
  const { dataset, issues } = compileFolder(dir, options);
  return dataset ? { dataset, issues } : { issues };
}

/** Compiles the folder and keeps what the later checks need: the valid records and their places. */
export function compileFolder(dir: string, options: CompileOptions = {}): CompiledFolder {
  const nowhere = (issue: DataIssue): FileIssue => ({ ...issue, file: dir, line: 1, column: 1 });
  if (!isDirectory(dir))
    return {
      complete: false,
      place: nowhere,
      issues: [nowhere({ rule: 'data-folder', path: [], message: 'no such data folder' })],
    };

  const issues: FileIssue[] = [];
  const at = (file: string, rule: RuleId, message: string): FileIssue => ({
    file,
    line: 1,
    column: 1,
    rule,
    path: [],
    message,
  });
  const records = new Map<CollectionName, Loaded[]>(collectionNames.map((c) => [c, []]));
  // Records that are there but could not be read or validated: their ids still resolve.
  const otherIds = new Map<CollectionName, string[]>(collectionNames.map((c) => [c, []]));
  let meta: Loaded | undefined;
  let complete = true;

  const metaFile = join(dir, META_FILE);
  if (existsSync(metaFile)) meta = load(metaFile, issues);
  else issues.push(at(metaFile, 'data-folder', `missing ${META_FILE}, the dataset's metadata`));

  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (entry === META_FILE || entry.startsWith('.') || /^readme\.md$/i.test(entry)) continue;
    if (!isDirectory(full)) {
      issues.push(
        at(
          full,
          'data-folder',
          `unexpected file; records go in one of the folders ${collectionNames.join(', ')}`,
        ),
      );
      continue;
    }
    if (!isCollectionName(entry)) {
      issues.push(
        at(
          full,
          'data-folder',
          `"${entry}" is not a collection; expected one of ${collectionNames.join(', ')}`,
        ),
      );
      continue;
    }
    // Sort by the name without its extension, which is the id: "water.yaml" before "water-talks.yaml".
    const id = (file: string) => file.replace(/\.ya?ml$/, '');
    for (const name of readdirSync(full).sort((a, b) => byCodeUnits(id(a), id(b)))) {
      const file = join(full, name);
      if (name.startsWith('.')) continue;
      if (!/\.ya?ml$/.test(name)) {
        issues.push(at(file, 'data-folder', 'only .yaml files belong in a collection folder'));
        continue;
      }
      const loaded = load(file, issues);
      if (loaded) records.get(entry)?.push(loaded);
      else otherIds.get(entry)?.push(id(name));
    }
  }
  if (issues.length) complete = false;

  // Each record against its collection's schema; the valid ones make the dataset the linter sees.
  const origin = new Map<string, Loaded>();
  const metaInput = {
    ...meta?.value,
    version: options.version ?? '0.0.0',
    ...(options.released ? { released: options.released } : {}),
  };
  const metaParsed = meta ? parseRecord(Meta, metaInput, ['meta'], meta, issues) : undefined;
  if (!metaParsed) complete = false;
  const partial: Record<string, unknown> = {
    meta: metaParsed ?? { ...metaInput, sources: [] },
  };
  for (const name of collectionNames) {
    const loaded = records.get(name) ?? [];
    // Files are read in id order; a collection kept in another order (events: by date) is sorted by its key.
    if (!orderedById(name))
      loaded.sort((a, b) => byCodeUnits(orderKey(name, a.value), orderKey(name, b.value)));
    const valid: unknown[] = [];
    loaded.forEach((l, i) => {
      const record = parseRecord(collectionSchemas[name], l.value, [name, i], l, issues);
      if (record === undefined) {
        complete = false;
        const raw = l.value.id;
        otherIds.get(name)?.push(typeof raw === 'string' ? raw : basename(l.file, extname(l.file)));
        return;
      }
      origin.set(`${name}/${valid.length}`, l);
      valid.push(record);
    });
    partial[name] = valid;
  }
  const data = partial as Dataset;

  const place = (issue: DataIssue): FileIssue => {
    const [head, index, ...rest] = issue.path;
    const loaded = head === 'meta' ? meta : origin.get(`${String(head)}/${String(index)}`);
    if (!loaded) return { ...issue, file: dir, line: 1, column: 1 };
    const inner = head === 'meta' ? issue.path.slice(1) : rest;
    return { ...issue, file: loaded.file, ...locate(loaded, inner) };
  };

  for (const name of collectionNames)
    data[name].forEach((record, i) => {
      const loaded = origin.get(`${name}/${i}`);
      if (loaded && basename(loaded.file, extname(loaded.file)) !== record.id)
        issues.push(
          place({
            rule: 'file-name',
            path: [name, i, 'id'],
            message: `the file of record "${record.id}" must be named ${record.id}.yaml`,
          }),
        );
    });
  issues.push(...lintDataset(data, { otherIds }).map(place));
  const done = complete && !issues.length;
  return { ...(done ? { dataset: data } : {}), partial: data, complete, issues: byPlace(issues), place };
}

/** Issues grouped by file, in line and column order, as an editor shows them. */
export function byPlace(issues: readonly FileIssue[]): FileIssue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort(
      (a, b) =>
        byCodeUnits(a.issue.file, b.issue.file) ||
        a.issue.line - b.issue.line ||
        a.issue.column - b.issue.column ||
        a.i - b.i,
    )
    .map((x) => x.issue);
}

/** Formats an issue as `file:line:col  rule  message`. */
export function formatFileIssue(issue: FileIssue): string {
  return `${issue.file}:${issue.line}:${issue.column}  ${issue.rule}  ${issue.message}`;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Parses one record (or meta) with its schema; on failure, places each problem in its file. */
function parseRecord(
  schema: z.ZodType,
  value: unknown,
  at: DataPath,
  loaded: Loaded,
  issues: FileIssue[],
): unknown {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of schemaIssues(parsed.error, { schema, input: value, at }))
    issues.push({ ...issue, file: loaded.file, ...locate(loaded, issue.path.slice(at.length)) });
  return undefined;
}

function load(file: string, issues: FileIssue[]): Loaded | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const message = e.code === 'EISDIR' ? 'a folder stands where a data file should be' : e.message;
    issues.push({ file, line: 1, column: 1, rule: 'read', path: [], message });
    return undefined;
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  // The first syntax error only: the parser's later ones are mostly the same mistake seen again.
  const [error] = doc.errors;
  if (error) {
    const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
    const message = error.message.split('\n')[0] ?? error.message;
    issues.push({
      file,
      line: pos.line,
      column: pos.col,
      rule: 'yaml-syntax',
      path: [],
      message: message.replace(/ at line \d+, column \d+:?$/, ''),
    });
    return undefined;
  }
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (error) {
    // The YAML library refuses documents that expand too far (an alias bomb), for one.
    issues.push({
      file,
      line: 1,
      column: 1,
      rule: 'yaml-syntax',
      path: [],
      message: (error as Error).message,
    });
    return undefined;
  }
  if (!isMap(doc.contents) || value === null || typeof value !== 'object' || Array.isArray(value)) {
    issues.push({
      file,
      line: 1,
      column: 1,
      rule: 'yaml-syntax',
      path: [],
      message: doc.contents
        ? 'a data file holds one mapping (key: value pairs)'
        : 'the file is empty; a data file holds one mapping (key: value pairs)',
    });
    return undefined;
  }
  return { file, doc, lines, value: value as Record<string, unknown> };
}

/** Finds the line and column of the deepest existing node on `path`, preferring a key to its value. */
function locate(loaded: Loaded, path: DataPath): { line: number; column: number } {
  let node: unknown = loaded.doc.contents;
  let offset = (loaded.doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  const { line, col } = loaded.lines.linePos(offset);
  return { line, column: col };
}

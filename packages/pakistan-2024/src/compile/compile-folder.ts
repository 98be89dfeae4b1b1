/**
 * Reads a data folder of YAML files (one record per file), validates it with the package's own
 * rules, and reports every problem with file, line and column. Each record is checked on its
 * own, so one broken record is reported once and the rest of the folder is still checked.
 */
import { isUtf8 } from 'node:buffer';
import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  realpathSync,
  type Stats,
  statSync,
} from 'node:fs';
import { basename, extname, join, sep } from 'node:path';
import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import { lintDataset } from '../check/lint.js';
import { byCodeUnits, orderedById, orderKey } from '../records/record-order.js';
import { type CollectionName, collectionNames, isCollectionName } from '../registry/collections.js';
import type { DataIssue, DataPath } from '../rules/issue.js';
import type { RuleId } from '../rules/rules.js';
import { collectionSchemas, type Dataset, Meta } from '../schema/index.js';
import { counted, MAX_FILE_BYTES, MAX_ISSUES_PER_FILE, MAX_STRING_LENGTH } from './input-limits.js';
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
  // Collection folders that could not be read: one problem each, not one per reference into them.
  const unreadable = new Set<CollectionName>();
  let meta: Loaded | undefined;
  let complete = true;

  // Files and folders may be symbolic links, but only to places inside the data folder.
  const inside = insideFolder(dir);
  const metaFile = join(dir, META_FILE);
  if (existsSync(metaFile) || isLink(metaFile)) meta = load(metaFile, issues, inside);
  else issues.push(at(metaFile, 'data-folder', `missing ${META_FILE}, the dataset's metadata`));

  for (const entry of listFolder(dir, issues) ?? []) {
    const full = join(dir, entry);
    if (entry === META_FILE || entry.startsWith('.') || /^readme\.md$/i.test(entry)) continue;
    const refused = refusedLink(full, inside);
    if (refused) {
      issues.push(at(full, 'read', refused));
      if (isCollectionName(entry)) unreadable.add(entry);
      continue;
    }
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
    const names = listFolder(full, issues);
    if (names === undefined) unreadable.add(entry);
    for (const name of (names ?? []).sort((a, b) => byCodeUnits(id(a), id(b)))) {
      const file = join(full, name);
      if (name.startsWith('.')) continue;
      if (!/\.ya?ml$/.test(name)) {
        issues.push(at(file, 'data-folder', 'only .yaml files belong in a collection folder'));
        continue;
      }
      const loaded = load(file, issues, inside);
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
  issues.push(...lintDataset(data, { otherIds, unreadable }).map(place));
  const done = complete && !issues.length;
  return {
    ...(done ? { dataset: data } : {}),
    partial: data,
    complete,
    issues: capPerFile(byPlace(issues)),
    place,
  };
}

/** At most MAX_ISSUES_PER_FILE issues of each file, and one line saying how many more it has. */
export function capPerFile(issues: readonly FileIssue[]): FileIssue[] {
  const seen = new Map<string, number>();
  const kept: FileIssue[] = [];
  for (const issue of issues) {
    const n = (seen.get(issue.file) ?? 0) + 1;
    seen.set(issue.file, n);
    if (n <= MAX_ISSUES_PER_FILE) kept.push(issue);
  }
  for (const [file, n] of seen)
    if (n > MAX_ISSUES_PER_FILE) {
      let last = kept.length - 1;
      while (last >= 0 && kept[last]?.file !== file) last--;
      const more = n - MAX_ISSUES_PER_FILE;
      kept.splice(last + 1, 0, {
        file,
        line: 1,
        column: 1,
        rule: 'input-limit',
        path: [],
        message: `${counted(more)} more problem(s) in this file not shown; at most ${MAX_ISSUES_PER_FILE} are reported per file`,
      });
    }
  return kept;
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

/** The names in a folder, sorted; a folder that cannot be read is a problem of the `read` rule (undefined). */
function listFolder(dir: string, issues: FileIssue[]): string[] | undefined {
  try {
    return readdirSync(dir).sort();
  } catch (error) {
    issues.push({ file: dir, line: 1, column: 1, rule: 'read', path: [], message: readReason(error) });
    return undefined;
  }
}

/** Why a file or folder could not be read, in words (the system's code kept for searching). */
function readReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
      return `cannot be read: permission denied (${e.code})`;
    case 'EISDIR':
      return 'a folder stands where a data file should be';
    case 'ENOENT':
      return 'cannot be read: it is gone, or a link to nothing (ENOENT)';
    case 'ELOOP':
      return 'cannot be read: a loop of symbolic links (ELOOP)';
    default:
      return `cannot be read (${e.code ?? 'error'})`;
  }
}

/** A test of whether a real path lies inside the data folder `dir` (itself resolved first). */
function insideFolder(dir: string): (path: string) => boolean {
  let root: string;
  try {
    root = realpathSync(dir);
  } catch {
    root = dir;
  }
  return (path) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Why a symbolic link at `path` is refused (it leads out of the data folder, or nowhere), or undefined. */
function refusedLink(path: string, inside: (path: string) => boolean): string | undefined {
  if (!isLink(path)) return undefined;
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    return readReason(error);
  }
  return inside(real)
    ? undefined
    : 'a symbolic link to a place outside the data folder; data files live in it';
}

/** Why `stats` is not a data file the compiler reads (a FIFO, device, socket or folder), or undefined. */
function notRegular(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'a folder stands where a data file should be';
  if (stats.isFIFO()) return 'a named pipe (FIFO), not a data file; data files are plain files';
  if (stats.isCharacterDevice() || stats.isBlockDevice())
    return 'a device, not a data file; data files are plain files';
  return 'not a plain file (a socket?); data files are plain files';
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
  // Only the problems that will be shown are located (locating is a search of the mapping): 50,000
  // unknown keys are counted, not each looked for among 50,000 others.
  schemaIssues(parsed.error, { schema, input: value, at }).forEach((issue, i) => {
    const place =
      i < MAX_ISSUES_PER_FILE ? locate(loaded, issue.path.slice(at.length)) : { line: 1, column: 1 };
    issues.push({ ...issue, file: loaded.file, ...place });
  });
  return undefined;
}

function load(file: string, issues: FileIssue[], inside: (path: string) => boolean): Loaded | undefined {
  const problem = (rule: RuleId, message: string, line = 1, column = 1) => {
    issues.push({ file, line, column, rule, path: [], message });
    return undefined;
  };
  // What the path is, before anything is read: a FIFO would block, a device never end, a link lead out.
  const link = refusedLink(file, inside);
  if (link) return problem('read', link);
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (error) {
    return problem('read', readReason(error));
  }
  const special = notRegular(stats);
  if (special) return problem('read', special);
  if (stats.size > MAX_FILE_BYTES)
    return problem(
      'input-limit',
      `the file is ${counted(stats.size)} bytes; a data file is at most ${counted(MAX_FILE_BYTES)} bytes`,
    );
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return problem('read', readReason(error));
  }
  if (bytes.length > MAX_FILE_BYTES)
    return problem('input-limit', `the file grew past ${counted(MAX_FILE_BYTES)} bytes while it was read`);
  const text = bytes.toString('utf8');
  // A byte that is not UTF-8 would become U+FFFD unseen; say where it is instead.
  if (text.includes('\uFFFD') && !isUtf8(bytes)) {
    const before = text.slice(0, text.indexOf('\uFFFD'));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return problem('read', 'the file is not UTF-8: a byte here is not UTF-8 text', line, column);
  }
  const lines = new LineCounter();
  // The parser's own unique-key check compares each key with every key before it (quadratic time);
  // repeated keys are found below with one set per mapping instead.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: false });
  // The first syntax error only: the parser's later ones are mostly the same mistake seen again.
  // A warning (an unknown tag such as !!js/function, which would be dropped) is an error here.
  const [error] = [...doc.errors, ...doc.warnings];
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
  const shape = shapeProblem(doc, lines);
  if (shape) return problem(shape.rule, shape.message, shape.line, shape.column);
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

/** The first repeated key of a mapping, or the first string past MAX_STRING_LENGTH; one pass over the nodes. */
function shapeProblem(
  doc: Document.Parsed,
  lines: LineCounter,
): { rule: RuleId; message: string; line: number; column: number } | undefined {
  let found: { rule: RuleId; message: string; offset: number } | undefined;
  visit(doc, {
    Map(_, map) {
      const keys = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (keys.has(key)) {
          found = {
            rule: 'yaml-syntax',
            message: `Map keys must be unique; "${String(key).slice(0, 80)}" is repeated`,
            offset: (pair.key as Node | null)?.range?.[0] ?? 0,
          };
          return visit.BREAK;
        }
        keys.add(key);
      }
      return undefined;
    },
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && scalar.value.length > MAX_STRING_LENGTH) {
        found = {
          rule: 'input-limit',
          message: `a string of ${counted(scalar.value.length)} characters; a string is at most ${counted(MAX_STRING_LENGTH)}`,
          offset: scalar.range?.[0] ?? 0,
        };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (!found) return undefined;
  const { line, col } = lines.linePos(found.offset);
  return { rule: found.rule, message: found.message, line, column: col };
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

/**
 * Reads a data folder of YAML files (one record per file), validates it with the package's own
 * rules, and reports every problem with file, line and column.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { type Document, isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { DataIssue, DataPath } from './issue.js';
import { lintDataset } from './lint.js';
import { byCodeUnits, orderedById, orderKey } from './record-order.js';
import { type CollectionName, collectionNames, isCollectionName } from './registry/collections.js';
import { Dataset } from './schema/index.js';
import { schemaIssues } from './validate.js';

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

interface Loaded {
  readonly file: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

const META_FILE = 'meta.yaml';

/** Compiles and validates the YAML data folder at `dir`. Never throws on bad data; reports it. */
export function compileDataFolder(dir: string, options: CompileOptions = {}): CompileResult {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    return {
      issues: [
        { file: dir, line: 1, column: 1, rule: 'data-folder', path: [], message: 'no such data folder' },
      ],
    };

  const issues: FileIssue[] = [];
  const at = (file: string, rule: string, message: string): FileIssue => ({
    file,
    line: 1,
    column: 1,
    rule,
    path: [],
    message,
  });
  const records = new Map<CollectionName, Loaded[]>(collectionNames.map((c) => [c, []]));
  let meta: Loaded | undefined;

  const metaFile = join(dir, META_FILE);
  if (existsSync(metaFile)) meta = load(metaFile, issues);
  else issues.push(at(metaFile, 'data-folder', `missing ${META_FILE}, the dataset's metadata`));

  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (entry === META_FILE || entry.startsWith('.') || /^readme\.md$/i.test(entry)) continue;
    if (!statSync(full).isDirectory()) {
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
      if (!/\.ya?ml$/.test(name)) {
        issues.push(at(file, 'data-folder', 'only .yaml files belong in a collection folder'));
        continue;
      }
      const loaded = load(file, issues);
      if (loaded) records.get(entry)?.push(loaded);
    }
  }
  if (issues.some((i) => i.rule === 'yaml-syntax' || i.rule === 'data-folder')) return { issues };

  // Assemble the dataset object, remembering which file each record came from.
  const origin = new Map<string, Loaded>();
  const raw: Record<string, unknown> = {};
  const metaValue = (meta?.doc.toJS() ?? {}) as Record<string, unknown>;
  raw.meta = {
    ...metaValue,
    version: options.version ?? '0.0.0',
    ...(options.released ? { released: options.released } : {}),
  };
  if (meta) origin.set('meta', meta);
  for (const name of collectionNames) {
    const loaded = records.get(name) ?? [];
    // Files are read in id order; a collection kept in another order (events: by date) is sorted by its key.
    if (!orderedById(name))
      loaded.sort((a, b) => byCodeUnits(orderKey(name, a.doc.toJS()), orderKey(name, b.doc.toJS())));
    raw[name] = loaded.map((l, i) => {
      origin.set(`${name}/${i}`, l);
      return l.doc.toJS();
    });
  }

  const place = (issue: DataIssue): FileIssue => {
    const [head, index, ...rest] = issue.path;
    const loaded = head === 'meta' ? meta : origin.get(`${String(head)}/${String(index)}`);
    if (!loaded) return { ...issue, file: dir, line: 1, column: 1 };
    const inner = head === 'meta' ? issue.path.slice(1) : rest;
    const pos = locate(loaded, inner);
    return { ...issue, file: loaded.file, ...pos };
  };

  const parsed = Dataset.safeParse(raw);
  if (!parsed.success) return { issues: schemaIssues(parsed.error).map(place) };

  for (const name of collectionNames)
    parsed.data[name].forEach((record, i) => {
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
  issues.push(...lintDataset(parsed.data).map(place));
  return issues.length ? { issues } : { dataset: parsed.data, issues: [] };
}

/** Formats an issue as `file:line:col  rule  message`. */
export function formatFileIssue(issue: FileIssue): string {
  return `${issue.file}:${issue.line}:${issue.column}  ${issue.rule}  ${issue.message}`;
}

function load(file: string, issues: FileIssue[]): Loaded | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    issues.push({ file, line: 1, column: 1, rule: 'read', path: [], message: (error as Error).message });
    return undefined;
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    for (const error of doc.errors) {
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
    }
    return undefined;
  }
  if (!isMap(doc.contents)) {
    issues.push({
      file,
      line: 1,
      column: 1,
      rule: 'yaml-syntax',
      path: [],
      message: 'a data file holds one mapping (key: value pairs)',
    });
    return undefined;
  }
  return { file, doc, lines };
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

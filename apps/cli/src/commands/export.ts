import { extname } from 'node:path';
import {
  type CollectionName,
  collectionNames,
  isCollectionName,
  nestedTables,
} from '@policy/pakistan-2024/registry';
import type { ExportFormat as Format } from '../choices.js';
import { loadPackage } from '../data.js';
import { usageError } from '../errors.js';
import { warn, write, writeText } from '../io.js';

const BY_EXTENSION: Record<string, Format> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.csv': 'csv',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.md': 'md',
  '.markdown': 'md',
};

/** `policy export`: the dataset, or one collection, in one of five formats, to stdout or a file. */
export async function exportData(opts: {
  format?: Format;
  collection?: string;
  out?: string;
}): Promise<void> {
  const format = opts.format ?? (opts.out && BY_EXTENSION[extname(opts.out).toLowerCase()]) ?? 'json';
  const only = opts.collection;
  const isCollection = only === undefined || isCollectionName(only);
  if (!isCollection && format !== 'csv')
    throw usageError(
      `"${only}" is a CSV table; with --format ${format} choose a collection (${collectionNames.join(', ')})`,
    );
  if (format === 'csv' && only === undefined)
    throw usageError(
      `a CSV file holds one table: choose it with --collection (a collection, or ${nestedTables.map((t) => t.name).join(', ')})`,
    );

  const pkg = await loadPackage();
  const collection = only as CollectionName | undefined;
  const value = collection ? pkg.dataset[collection] : pkg.dataset;
  let text: string;
  switch (format) {
    case 'json':
      text = `${JSON.stringify(value, null, 2)}\n`;
      break;
    case 'ndjson': {
      const lines: string[] = [];
      for (const name of collection ? [collection] : pkg.collectionNames)
        for (const record of pkg.dataset[name])
          lines.push(JSON.stringify({ collection: name, id: record.id, record }));
      text = lines.length ? `${lines.join('\n')}\n` : '';
      break;
    }
    case 'yaml': {
      const { stringify } = await import('yaml');
      // Written with YAML 1.1's rules, which quote every string a YAML 1.1 loader (PyYAML, js-yaml)
      // would read as something else (1951-05-21, yes, on, n); YAML 1.2 loaders read it the same.
      text = stringify(value, { lineWidth: 0, version: '1.1' });
      break;
    }
    case 'csv': {
      const { toTables, toCSV } = await import('@policy/pakistan-2024/tables');
      const table = toTables(pkg.dataset).find((t) => t.name === only);
      if (!table) throw usageError(`no table "${only}"`);
      text = toCSV(table);
      break;
    }
    case 'md': {
      const { markdownReport } = await import('../report.js');
      text = markdownReport(pkg, collection);
      break;
    }
    default:
      throw usageError(`unknown format "${String(format)}"`);
  }
  if (!opts.out) return write(text);
  writeText(opts.out, text);
  warn(`Wrote ${opts.out} (${format}, ${Buffer.byteLength(text)} bytes)`);
}

/** Writes a dataset out as a data folder: `meta.yaml` and one `<collection>/<id>.yaml` per record. Node only. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { collectionNames } from '../registry/collections.js';
import type { Dataset } from '../schema/index.js';

/**
 * Writes `data` as a data folder at `dir` that `compileDataFolder` reads back into the same
 * dataset (`meta.version` is left out: the build takes it from package.json).
 */
export function writeDataFolder(data: Dataset, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const { version: _version, ...meta } = data.meta;
  writeFileSync(join(dir, 'meta.yaml'), stringify(meta, { lineWidth: 0 }));
  for (const name of collectionNames) {
    const records: readonly { id: string }[] = data[name] ?? [];
    if (!records.length) continue;
    mkdirSync(join(dir, name), { recursive: true });
    for (const record of records)
      writeFileSync(join(dir, name, `${record.id}.yaml`), stringify(record, { lineWidth: 0 }));
  }
}

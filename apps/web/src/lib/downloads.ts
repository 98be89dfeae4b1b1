/** One file offered on the data page. */
export interface Download {
  /** File name under /downloads/, carrying the dataset's version. */
  readonly file: string;
  /** Path of the file inside the npm package, e.g. `csv/actors.csv`. */
  readonly packagePath: string;
  readonly format: 'json' | 'csv';
  readonly title: string;
  readonly bytes: number;
}

/** The folder of the site that holds the downloads. */
export const downloadsPath = '/downloads';

/**
 * The versioned file name of a package file: `data.json` → `pakistan-2024-1.2.0-data.json`,
 * `csv/actors.csv` → `pakistan-2024-1.2.0-actors.csv`.
 */
export function downloadName(version: string, packagePath: string): string {
  const base = packagePath.split('/').pop() ?? packagePath;
  return `pakistan-2024-${version}-${base}`;
}

/** A Frictionless resource as the descriptor lists it (only the fields used here). */
export interface Resource {
  readonly name: string;
  readonly path: string;
  readonly title?: string;
  readonly description?: string;
  readonly [key: string]: unknown;
}

/**
 * The descriptor with each resource pointing at its versioned download, so that the descriptor
 * stays valid next to the files it describes once they are saved together.
 */
export function rewriteDescriptor<T extends { resources: readonly Resource[] }>(
  descriptor: T,
  version: string,
): T {
  return {
    ...descriptor,
    resources: descriptor.resources.map((r) => ({ ...r, path: downloadName(version, r.path) })),
  };
}

/** Human size: 1234 → "1.2 kB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

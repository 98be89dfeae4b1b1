import files from '@/generated/package-files.json';
import type { Download } from './downloads';

/** What scripts/prepare.ts read from the dataset package: version, documents and the downloads. */
export interface PackageFiles {
  readonly version: string;
  readonly changelog: string | null;
  readonly methodology: string | null;
  readonly downloads: readonly Download[];
  /** Site paths of the bundled browser scripts (src/browser), by name. */
  readonly scripts: { readonly search: string; readonly copy: string };
}

export const packageFiles = files as PackageFiles;

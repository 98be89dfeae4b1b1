import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** The browser scripts of the site, by name: the only JavaScript it ships. */
export const browserEntries = { search: 'src/browser/search.ts', copy: 'src/browser/copy.ts' } as const;
export type BrowserScript = keyof typeof browserEntries;

/** A file name that changes whenever the content does, so it can be cached for ever. */
export function hashedName(name: string, content: Uint8Array): string {
  return `${name}.${createHash('sha256').update(content).digest('hex').slice(0, 10)}.js`;
}

/**
 * Bundles each browser script (minified ES module, tree-shaken) into `public/assets/` under a
 * content-hashed name and returns the site path of each.
 */
export async function bundleBrowserScripts(root: string): Promise<Record<BrowserScript, string>> {
  const dir = join(root, 'public', 'assets');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const paths = {} as Record<BrowserScript, string>;
  for (const [name, entry] of Object.entries(browserEntries) as [BrowserScript, string][]) {
    const result = await build({
      entryPoints: [join(root, entry)],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      platform: 'browser',
      write: false,
      legalComments: 'none',
      logLevel: 'error',
    });
    const content = result.outputFiles[0]?.contents ?? new Uint8Array();
    const file = hashedName(name, content);
    writeFileSync(join(dir, file), content);
    paths[name] = `/assets/${file}`;
  }
  return paths;
}

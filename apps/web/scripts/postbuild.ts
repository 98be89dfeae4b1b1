/**
 * After `next build`, on out/:
 * 1. pages without a client component lose React's hydration scripts: they are complete HTML with
 *    plain links, and the site's own small scripts (/assets/, for search and copy buttons) stay;
 * 2. the main navigation marks the current page or section (aria-current);
 * 3. text files get .br and .gz siblings, which the static server (and most hosts) serve as is.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressed, isCompressible } from '../src/build/compress';
import { markCurrentNav, pagePath } from '../src/build/current-nav';
import { needsJavaScript, sharedChunks, stripScripts } from '../src/build/hydration';
import { basePathOf } from '../src/lib/base-path';

// The export folder: out/, or EXPORT_DIR when a second export is built beside it (the tests do).
const out = join(dirname(fileURLToPath(import.meta.url)), '..', process.env.EXPORT_DIR ?? 'out');
const base = basePathOf(process.env.SITE_URL);

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );

const all = filesUnder(out).filter((f) => !/\.(br|gz)$/.test(f));
const htmlFiles = all.filter((f) => f.endsWith('.html'));
const pages = htmlFiles.map((f) => readFileSync(f, 'utf8'));
const shared = sharedChunks(pages);
const kept: string[] = [];
htmlFiles.forEach((file, i) => {
  const html = markCurrentNav(pages[i] ?? '', pagePath(relative(out, file)), base);
  const scripted = needsJavaScript(html, shared);
  if (scripted) kept.push(relative(out, file));
  writeFileSync(file, scripted ? html : stripScripts(html));
});
console.log(
  `postbuild: removed Next's hydration scripts from ${htmlFiles.length - kept.length} of ${htmlFiles.length} pages${
    kept.length ? `; kept on ${kept.join(', ')} (client components)` : ''
  }`,
);

let count = 0;
for (const file of all) {
  const { size } = statSync(file);
  if (!isCompressible(file, size)) continue;
  const { br, gz } = compressed(readFileSync(file));
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gz);
  count++;
}
console.log(`postbuild: precompressed ${count} files (.br, .gz)`);

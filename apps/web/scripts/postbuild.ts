/**
 * After `next build`, on out/:
 * 1. pages without a client component lose React's hydration scripts: they are complete HTML with
 *    plain links, and the site's own small scripts (/assets/, for search and copy buttons) stay;
 * 2. the main navigation marks the current page or section (aria-current);
 * 3. every page gets its Content-Security-Policy and referrer policy as <meta> elements (the hashes of
 *    the inline scripts it keeps: Next's, on pages with client components), and out/.csp.json maps
 *    each page's path to its policy for the static server's header (src/build/csp.ts);
 * 4. text files get .br and .gz siblings, which the static server (and most hosts) serve as is.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressed, isCompressible } from '../src/build/compress';
import { allowedScriptHashes, contentSecurityPolicy, withPolicyMeta } from '../src/build/csp';
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
// Request paths (without the base path) → the policy of the page served there; '*' for any other file.
const policies: Record<string, string> = { '*': contentSecurityPolicy() };
htmlFiles.forEach((file, i) => {
  const marked = markCurrentNav(pages[i] ?? '', pagePath(relative(out, file)), base);
  const scripted = needsJavaScript(marked, shared);
  if (scripted) kept.push(relative(out, file));
  const html = scripted ? marked : stripScripts(marked);
  const policy = contentSecurityPolicy(allowedScriptHashes(html));
  const name = relative(out, file).split(sep).join('/');
  const page = `/${name.replace(/(?:^|\/)index\.html$/, '').replace(/\.html$/, '')}`;
  for (const path of new Set([`/${name}`, page, page === '/' ? page : `${page}/`])) policies[path] = policy;
  writeFileSync(file, withPolicyMeta(html, policy));
});
writeFileSync(join(out, '.csp.json'), `${JSON.stringify(policies, null, 1)}\n`);
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

/**
 * A small static server for the export in out/: the file for a path (`/about` → about.html),
 * precompressed .br/.gz variants when the client accepts them, and the export's 404.html with
 * status 404 for anything else. `next start` refuses static exports, so `pnpm start` uses this.
 * Every response carries the page's Content-Security-Policy as a header (the one its <meta> holds,
 * from the post-build step's out/.csp.json, plus `frame-ancestors`, which only a header can set)
 * and the referrer policy.
 *
 * Usage: node scripts/serve.mjs [--port 3000] [--root out] [--base /pakistan-2024]
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sirv from 'sirv';

const here = dirname(fileURLToPath(import.meta.url));
export const defaultRoot = resolve(here, '..', 'out');

// For an export without .csp.json (an old one): the strictest policy, no inline script at all.
const FALLBACK_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

/** The request path → policy map the post-build step writes, or one that gives the fallback for all. */
function readPolicies(root) {
  const file = join(root, '.csp.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { '*': FALLBACK_POLICY };
}

/** Sets the security headers of a response for the request path `pathname` (base path removed). */
function securityHeaders(res, policies, pathname) {
  const policy = policies[pathname] ?? policies['*'] ?? FALLBACK_POLICY;
  res.setHeader('Content-Security-Policy', `${policy}; frame-ancestors 'none'`);
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Content-Type-Options', 'nosniff');
}

/**
 * An http.Server serving the static export at `root`, under the path `base` when the export was
 * built for one (SITE_URL=https://example.org/pakistan-2024 → base '/pakistan-2024'), as a host
 * such as GitHub Pages serves it; anything outside `base` is not found.
 */
export function createStaticServer(root = defaultRoot, { base = '' } = {}) {
  const notFoundFile = join(root, '404.html');
  if (!existsSync(notFoundFile))
    throw new Error(`no static export at ${root} (missing 404.html); run: pnpm build`);
  const notFound = readFileSync(notFoundFile);
  const policies = readPolicies(root);
  const assets = sirv(root, {
    dev: false,
    etag: true,
    gzip: true,
    brotli: true,
    extensions: ['html'],
    setHeaders(res, pathname) {
      securityHeaders(res, policies, pathname);
      // Next names generated share images without an extension.
      if (/\/(opengraph|twitter)-image$/.test(pathname)) res.setHeader('Content-Type', 'image/png');
      if (pathname.startsWith('/_next/static/'))
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      else res.setHeader('Cache-Control', 'no-cache');
    },
    onNoMatch(_req, res) {
      securityHeaders(res, policies, '/404.html');
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFound);
    },
  });
  const prefix = base.replace(/\/+$/, '');
  return createServer((req, res) => {
    if (prefix) {
      const url = req.url ?? '/';
      const rest = url.slice(prefix.length);
      if (!url.startsWith(prefix) || (rest !== '' && !/^[/?#]/.test(rest))) {
        securityHeaders(res, policies, '/404.html');
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        return res.end(notFound);
      }
      req.url = rest.startsWith('/') ? rest : `/${rest}`;
    }
    return assets(req, res);
  });
}

/** Starts the server on `port` (0 picks a free one) and resolves with its address. */
export function listen(server, port = 3000, host = '127.0.0.1') {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolveListen({
        port: address.port,
        url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}`,
      });
    });
  });
}

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(option('port', process.env.PORT ?? '3000'));
  const root = resolve(option('root', defaultRoot));
  const base = option('base', '');
  try {
    const { url } = await listen(createStaticServer(root, { base }), port, process.env.HOST ?? 'localhost');
    console.log(`Serving ${root} on ${url.replace('127.0.0.1', 'localhost')}${base}/  (Ctrl+C to stop)`);
  } catch (error) {
    const message =
      error.code === 'EADDRINUSE' ? `port ${port} is in use; try --port ${port + 1}` : error.message;
    console.error(`serve: ${message}`);
    process.exit(1);
  }
}

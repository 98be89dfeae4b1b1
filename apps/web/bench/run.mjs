/**
 * `pnpm --filter @policy/web bench`: what a reader downloads, and what Lighthouse thinks of it.
 *
 * 1. Bytes per page, from the export in out/: the HTML and the CSS and JavaScript it loads, raw and
 *    brotli-compressed (as the server sends them), with the JavaScript split into the framework
 *    (shared) and the page's own. Each total is also given as a ratio to the 404 page, the
 *    smallest page with the same frame, measured in the same run.
 * 2. Lighthouse 12.8.2, mobile preset (its default), on the home page, one relationship page, an
 *    event page, the timeline and search (or the paths given as arguments), with the 404 page as the
 *    baseline: the four category scores and LCP, TBT and CLS; BENCH_RUNS=n takes the median of n runs.
 *
 * Benchmarks report numbers; they assert nothing. Needs a build (pnpm build) and, for Lighthouse,
 * Chromium at $CHROME_PATH or /usr/bin/chromium.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromiumArgs, findChromium } from '@policy/test-support/chromium';
import { createStaticServer, defaultRoot, listen } from '../scripts/serve.mjs';

const out = defaultRoot;
if (!existsSync(join(out, 'index.html'))) {
  console.error('bench: no static export in apps/web/out; run: pnpm --filter @policy/web build');
  process.exit(1);
}

const kb = (n) => `${(n / 1024).toFixed(1)}`;
const size = (file) => (existsSync(file) ? statSync(file).size : 0);
const brSize = (file) => (existsSync(`${file}.br`) ? statSync(`${file}.br`).size : size(file));
const assetsOf = (html, pattern) => [...new Set([...html.matchAll(pattern)].map((m) => m[1]))];

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === '_next' || e.name === 'downloads'
        ? []
        : htmlFiles(join(dir, e.name))
      : e.name.endsWith('.html') && e.name !== '_not-found.html' // Next's copy of 404.html
        ? [join(dir, e.name)]
        : [],
  );
}

// ---------- 1. bytes per page ----------
const pages = htmlFiles(out).map((file) => {
  const html = readFileSync(file, 'utf8');
  const js = assetsOf(html, /<script[^>]+src="([^"]+\.js)"/g);
  const css = assetsOf(html, /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const path = `/${relative(out, file)
    .replace(/\.html$/, '')
    .replace(/(^|\/)index$/, '')}`;
  return { path, file, js, css };
});
const withJs = pages.filter((p) => p.js.length);
const framework = new Set(
  withJs.length ? withJs[0].js.filter((c) => withJs.every((p) => p.js.includes(c))) : [],
);
const rows = pages
  .map((p) => {
    const own = p.js.filter((c) => !framework.has(c));
    const sum = (list, f) => list.reduce((n, a) => n + f(join(out, a)), 0);
    const raw = { html: size(p.file), css: sum(p.css, size), js: sum(p.js, size), ownJs: sum(own, size) };
    const br = {
      html: brSize(p.file),
      css: sum(p.css, brSize),
      js: sum(p.js, brSize),
      ownJs: sum(own, brSize),
    };
    return { path: p.path, raw, br, total: raw.html + raw.css + raw.js, totalBr: br.html + br.css + br.js };
  })
  .sort((a, b) => a.path.localeCompare(b.path));

const baseline = rows.find((r) => r.path === '/404');
console.log('\nBytes per page (KiB; br = brotli as served; ratio = total br ÷ the 404 page’s total br)');
console.log(
  ['page', 'HTML', 'HTML br', 'CSS br', 'JS', 'JS br', 'own JS br', 'total', 'total br', 'ratio']
    .map((h, i) => (i === 0 ? h.padEnd(44) : h.padStart(10)))
    .join(''),
);
for (const r of rows)
  console.log(
    [
      r.path.padEnd(44),
      kb(r.raw.html),
      kb(r.br.html),
      kb(r.br.css),
      kb(r.raw.js),
      kb(r.br.js),
      kb(r.br.ownJs),
      kb(r.total),
      kb(r.totalBr),
      baseline ? `${(r.totalBr / baseline.totalBr).toFixed(2)}×` : '–',
    ]
      .map((c, i) => (i === 0 ? c : c.padStart(10)))
      .join(''),
  );
const noJs = rows.filter((r) => r.raw.js === 0).length;
const ownJs = rows.filter((r) => r.raw.ownJs > 0).map((r) => `${r.path} (${kb(r.br.ownJs)} KiB br)`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const frameworkBr = [...framework].reduce((n, c) => n + brSize(join(out, c)), 0);
console.log(
  `\n${rows.length} pages: ${noJs} ship no JavaScript at all; ${
    framework.size ? `shared framework JS ${kb(frameworkBr)} KiB br` : 'no framework JavaScript on any page'
  }; page-specific JS on: ${ownJs.join(', ') || 'none'}.`,
);
console.log(
  `median page ${kb(median(rows.map((r) => r.totalBr)))} KiB br, largest ${kb(Math.max(...rows.map((r) => r.totalBr)))} KiB br (${
    rows.reduce((a, b) => (b.totalBr > a.totalBr ? b : a)).path
  })`,
);

// ---------- 2. Lighthouse ----------
const chrome = findChromium();
if (!chrome) {
  console.log(
    '\nLighthouse skipped: no Chromium at $CHROME_PATH or /usr/bin/chromium (sudo apt-get install -y chromium)',
  );
  process.exit(0);
}
const { default: lighthouse } = await import('lighthouse');
const chromeLauncher = await import('chrome-launcher');
const server = createStaticServer(out);
// Port 3000 when free, so that canonical URLs (built for localhost:3000) match the page's origin.
const { url: base } = await listen(server, Number(process.env.BENCH_PORT ?? 3000), 'localhost').catch(() =>
  listen(server, 0, 'localhost'),
);
const relationship = rows.find((r) => r.path.startsWith('/relationships/'))?.path ?? '/relationships';
const event = rows.find((r) => r.path.startsWith('/chronology/'))?.path;
// Search twice: empty, and with results rendered (the results must not move the footer).
// Paths given on the command line replace these (the 404 baseline stays): e.g. every relationship
// page, `node bench/run.mjs $(ls out/relationships/*.html | sed 's/^out//;s/\.html$//')`.
const asked = process.argv.slice(2).filter((a) => a.startsWith('/'));
const targets = [
  '/404',
  ...(asked.length
    ? asked
    : ['/', relationship, ...(event ? [event] : []), '/timeline', '/search', '/search?q=cpec']),
];
// Total blocking time moves with the machine's load: BENCH_RUNS=3 runs Lighthouse three times on
// each page and reports each figure's median, with the range of performance and TBT.
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
const range = (xs) => (xs.length > 1 ? `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))}` : '');
const launched = await chromeLauncher.launch({
  chromePath: chrome,
  chromeFlags: chromiumArgs,
});
const results = [];
try {
  for (const path of targets) {
    const lhrs = [];
    for (let i = 0; i < runs; i++)
      lhrs.push(
        (await lighthouse(`${base}${path}`, { port: launched.port, output: 'json', logLevel: 'error' })).lhr,
      );
    const scores = (c) => lhrs.map((lhr) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    const metrics = (a) => lhrs.map((lhr) => lhr.audits[a]?.numericValue ?? Number.NaN);
    const score = (c) => median(scores(c));
    const metric = (a) => median(metrics(a));
    const failed = [
      ...new Set(
        lhrs.flatMap((lhr) =>
          Object.values(lhr.audits)
            .filter(
              (a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode),
            )
            .filter(
              (a) =>
                ![
                  'largest-contentful-paint',
                  'first-contentful-paint',
                  'speed-index',
                  'interactive',
                  'total-blocking-time',
                  'max-potential-fid',
                  'cumulative-layout-shift',
                ].includes(a.id),
            )
            .map((a) => a.id),
        ),
      ),
    ];
    results.push({
      path: path === '/404' ? '/404 (baseline)' : path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      perfRange: range(scores('performance')),
      tbtRange: range(metrics('total-blocking-time')),
      failed,
    });
  }
} finally {
  await launched.kill();
  server.close();
}
const base404 = results[0];
console.log(
  `\nLighthouse 12.8.2, mobile preset (simulated slow 4G, 4× CPU slowdown); LCP ratio to the 404 page${
    runs > 1 ? `; median of ${runs} runs, the range of performance and TBT beside them` : ''
  }`,
);
console.log(
  [
    'page',
    'perf',
    ...(runs > 1 ? ['range'] : []),
    'a11y',
    'best pr.',
    'SEO',
    'LCP ms',
    'LCP ×',
    'TBT ms',
    ...(runs > 1 ? ['range'] : []),
    'CLS',
  ]
    .map((h, i) => (i === 0 ? h.padEnd(44) : h.padStart(10)))
    .join(''),
);
for (const r of results)
  console.log(
    [
      r.path.padEnd(44),
      r.performance,
      ...(runs > 1 ? [r.perfRange] : []),
      r.accessibility,
      r.bestPractices,
      r.seo,
      Math.round(r.lcp),
      `${(r.lcp / base404.lcp).toFixed(2)}×`,
      Math.round(r.tbt),
      ...(runs > 1 ? [r.tbtRange] : []),
      r.cls.toFixed(3),
    ]
      .map((c, i) => (i === 0 ? c : String(c).padStart(10)))
      .join(''),
  );
for (const r of results)
  if (r.failed.length) console.log(`  ${r.path}: audits below 100: ${r.failed.join(', ')}`);

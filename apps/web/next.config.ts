import type { NextConfig } from 'next';
import { basePathOf } from './src/lib/base-path';

/**
 * A static export: every page is rendered at build time into `out/` (or `EXPORT_DIR`), servable by
 * any file server, under the path of `SITE_URL` when it has one.
 */
const config: NextConfig = {
  output: 'export',
  basePath: basePathOf(process.env.SITE_URL),
  ...(process.env.EXPORT_DIR ? { distDir: process.env.EXPORT_DIR } : {}),
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
};

export default config;

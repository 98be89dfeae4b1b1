import type { NextConfig } from 'next';

/** A static export: every page is rendered at build time into `out/`, servable by any file server. */
const config: NextConfig = {
  output: 'export',
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
};

export default config;

import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Files worth precompressing: text formats of at least 1 kB. */
export function isCompressible(path: string, bytes: number): boolean {
  return bytes >= 1024 && /\.(html|css|js|json|csv|txt|xml|svg|md)$/.test(path);
}

/** The brotli (best quality) and gzip encodings of a file, as a static server can serve them. */
export function compressed(content: Buffer): { br: Buffer; gz: Buffer } {
  return {
    br: brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    gz: gzipSync(content, { level: 9 }),
  };
}

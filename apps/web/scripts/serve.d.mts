import type { Server } from 'node:http';

/** The export folder served by default (apps/web/out). */
export const defaultRoot: string;
/** An http.Server serving the static export at `root` (under `base`, if given), with its 404.html for unknown paths. */
export function createStaticServer(root?: string, options?: { base?: string }): Server;
/** Starts the server on `port` (0 picks a free one). */
export function listen(server: Server, port?: number, host?: string): Promise<{ port: number; url: string }>;

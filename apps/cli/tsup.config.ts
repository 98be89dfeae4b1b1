import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// One file, ESM, with the argument parser and colours bundled in (fewer modules to resolve at
// start-up). The dataset package stays external and is reached only through its public entry
// points; each command imports what it needs when it runs.
export default defineConfig({
  entry: { policy: 'src/main.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  splitting: false,
  treeshake: true,
  clean: true,
  sourcemap: false,
  minify: false,
  dts: false,
  noExternal: ['commander', 'picocolors'],
  external: ['@policy/pakistan-2024', 'yaml'],
  define: { __CLI_VERSION__: JSON.stringify(version) },
  banner: {
    // commander and picocolors are CommonJS and call require() for Node built-ins.
    js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
});

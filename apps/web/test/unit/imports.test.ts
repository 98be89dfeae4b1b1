import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import madge from 'madge';
import { describe, expect, it } from 'vitest';

const webRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// The import graph of src/, type-only imports included, with the `@/` alias resolved through tsconfig.
describe('the modules of src/', () => {
  it('import one another without a cycle, and every local import resolves', async () => {
    const graph = await madge(join(webRoot, 'src'), {
      fileExtensions: ['ts', 'tsx'],
      tsConfig: join(webRoot, 'tsconfig.json'),
    });
    expect(graph.obj()['components/Links.tsx']).toContain('lib/routes.ts');
    expect(graph.warnings().skipped.filter((s) => s.startsWith('.') || s.startsWith('@/'))).toEqual([]);
    expect(graph.circular()).toEqual([]);
    // madge parses every module with TypeScript: 10–15 s on a loaded 2-core machine.
  }, 60_000);
});

import { join } from 'node:path';
import madge from 'madge';
import { describe, expect, it } from 'vitest';
import { cliRoot } from './helpers.js';

// The import graph of src/, type-only and lazy (`import()`) imports included.
describe('the modules of src/', () => {
  it('import one another without a cycle, and every relative import resolves', async () => {
    const graph = await madge(join(cliRoot, 'src'), {
      fileExtensions: ['ts'],
      tsConfig: join(cliRoot, 'tsconfig.json'),
    });
    expect(Object.keys(graph.obj())).toContain('commands/completion.ts');
    expect(graph.warnings().skipped.filter((s) => s.startsWith('.'))).toEqual([]);
    expect(graph.circular()).toEqual([]);
  });
});

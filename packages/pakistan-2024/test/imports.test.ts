import { join } from 'node:path';
import madge from 'madge';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from './helpers.js';

// The import graph of src/, type-only imports included: an import cycle makes the order modules
// load in matter, and a module that imports an entry point drags that whole entry point along.
let graph: Awaited<ReturnType<typeof madge>>;
beforeAll(async () => {
  graph = await madge(join(packageRoot, 'src'), {
    fileExtensions: ['ts'],
    tsConfig: join(packageRoot, 'tsconfig.json'),
  });
});

describe('the modules of src/', () => {
  it('import one another without a cycle', () => {
    expect(graph.circular()).toEqual([]);
  });

  it('never import an entry point (src/entries/ re-exports them; nothing imports those)', () => {
    const imports = Object.entries(graph.obj()).flatMap(([from, deps]) =>
      deps.filter((to) => to.startsWith('entries/')).map((to) => `${from} → ${to}`),
    );
    expect(imports).toEqual([]);
  });

  it('resolve every relative import, so the graph above is complete', () => {
    expect(Object.keys(graph.obj())).toContain('registry/collections.ts');
    expect(graph.warnings().skipped.filter((s) => s.startsWith('.'))).toEqual([]);
  });
});

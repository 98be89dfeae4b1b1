import { readdirSync, readFileSync, statSync } from 'node:fs';
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

// Each folder of src/ owns one concern; its README says which folders it may import, and this
// holds the code to what the READMEs say, so the layers a newcomer reads are the layers there are.
describe('the folders of src/', () => {
  const src = join(packageRoot, 'src');
  const folders = readdirSync(src).filter((name) => statSync(join(src, name)).isDirectory());

  it('hold every module: no file sits loose in src/', () => {
    expect(readdirSync(src).filter((name) => !folders.includes(name) && name !== 'README.md')).toEqual([]);
  });

  it('each say in a README what they own and which folders they may import', () => {
    for (const folder of folders) {
      const readme = readFileSync(join(src, folder, 'README.md'), 'utf8');
      expect(readme, folder).toMatch(/^May import: .+\.$/m);
    }
  });

  it('import only the folders their README allows', () => {
    const allowed = new Map(
      folders.map((folder) => {
        const line =
          /^May import: (.+)\.$/m.exec(readFileSync(join(src, folder, 'README.md'), 'utf8'))?.[1] ?? '';
        if (line === 'any folder of src/') return [folder, new Set(folders)];
        if (line === 'nothing else in src/') return [folder, new Set<string>()];
        return [folder, new Set(line.split(', '))];
      }),
    );
    const outside = Object.entries(graph.obj()).flatMap(([from, deps]) => {
      const own = from.split('/')[0] ?? '';
      return deps
        .map((to) => to.split('/')[0] ?? '')
        .filter((to) => to !== own && to !== '..' && !allowed.get(own)?.has(to))
        .map((to) => `${from} → ${to}/`);
    });
    expect(outside).toEqual([]);
  });
});

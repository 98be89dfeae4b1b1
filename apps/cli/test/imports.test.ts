import { readFileSync } from 'node:fs';
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

// What a command loads: the built files, read as text.
describe('the built bundles', () => {
  const read = (file: string) => readFileSync(join(cliRoot, 'dist', file), 'utf8');
  // A string only MiniSearch's own code holds (its error for an index of another version).
  const engine = 'cannot deserialize an index created with an incompatible version';

  it('leave the search engine out of the dataset every other command loads', () => {
    expect(read('search.cjs')).toContain(engine);
    expect(read('dataset.cjs')).not.toContain(engine);
    expect(read('dataset.cjs')).toContain('"relationships":[');
  });

  it('keep the data out of the command and the executable, which even --help loads', () => {
    for (const file of ['main.cjs', 'policy.cjs']) {
      const command = read(file);
      expect(command).not.toContain('"relationships":[');
      expect(command).not.toContain(engine);
      expect(command).not.toMatch(/require\(['"]@policy\/pakistan-2024['"]\)/);
    }
    // The executable only loads the command: the argument parser is not in it.
    expect(read('policy.cjs').length).toBeLessThan(read('main.cjs').length / 10);
  });
});

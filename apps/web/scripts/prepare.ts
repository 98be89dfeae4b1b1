/**
 * Before `next build` / `next dev`: copies the dataset's plain files into public/downloads under
 * versioned names, bundles the browser scripts into public/assets, and writes
 * src/generated/package-files.json (version, changelog, methodology, the downloads and the script
 * paths) for the pages. The dataset is read through the package's public exports only.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleBrowserScripts } from '../src/build/assets';
import { type Download, downloadName, type Resource, rewriteDescriptor } from '../src/lib/downloads';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const pkg = '@policy/pakistan-2024';
const resolve = (path: string) => require.resolve(`${pkg}/${path}`);
const read = (path: string) => readFileSync(resolve(path), 'utf8');
const readOptional = (path: string): string | null => {
  try {
    return read(path);
  } catch {
    return null;
  }
};

try {
  const { version } = JSON.parse(read('package.json')) as { version: string };
  const descriptor = JSON.parse(read('datapackage.json')) as { resources: Resource[] };

  const out = join(root, 'public', 'downloads');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  const downloads: Download[] = [];
  const copy = (packagePath: string, title: string, content?: string) => {
    const file = downloadName(version, packagePath);
    writeFileSync(join(out, file), content ?? readFileSync(resolve(packagePath)));
    downloads.push({
      file,
      packagePath,
      format: packagePath.endsWith('.csv') ? 'csv' : 'json',
      title,
      bytes: statSync(join(out, file)).size,
    });
  };
  copy('data.json', 'The whole dataset (JSON)');
  copy('schema.json', 'JSON Schema 2020-12 of data.json');
  copy(
    'datapackage.json',
    'Frictionless Data Package descriptor',
    `${JSON.stringify(rewriteDescriptor(descriptor, version), null, 2)}\n`,
  );
  for (const r of descriptor.resources)
    if (r.path.endsWith('.csv')) copy(r.path, `${r.name}.csv: ${r.description ?? r.title ?? 'a table'}`);

  const generated = join(root, 'src', 'generated');
  mkdirSync(generated, { recursive: true });
  const files = {
    version,
    changelog: readOptional('CHANGELOG.md'),
    methodology: readOptional('docs/methodology.md'),
    downloads,
    scripts: await bundleBrowserScripts(root),
  };
  writeFileSync(join(generated, 'package-files.json'), `${JSON.stringify(files, null, 2)}\n`);
  console.log(`prepared ${downloads.length} downloads of ${pkg}@${version}`);
} catch (error) {
  console.error(
    `prepare: cannot read ${pkg} (${(error as Error).message.split('\n')[0]}); build it first: pnpm --filter ${pkg} build`,
  );
  process.exit(1);
}

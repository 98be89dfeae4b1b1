/**
 * The dataset as the CLI ships it: the package's `.` entry point bundled into `dist/dataset.cjs`,
 * which `loadPackage` requires by its path. A bare `require('@policy/pakistan-2024')` pays for
 * Node's resolution of the package's `exports` map on every cold start (about 8 M instructions,
 * most of it compiling the map's path-checking pattern), more than a command's own lookup.
 */
export * from '@policy/pakistan-2024';

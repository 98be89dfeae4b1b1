/**
 * `@policy/pakistan-2024/registry`: the collections of the dataset and what each holds, the
 * flat tables, the citation formats and search's narrowing choices. No data and no other package: cheap enough for a
 * command line's start-up or a browser bundle.
 */
export * from '../registry/citation-formats.js';
export * from '../registry/collections.js';
export * from '../registry/search.js';
export * from '../registry/tables.js';

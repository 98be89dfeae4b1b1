/**
 * `@policy/pakistan-2024/provenance`: checks the dataset's citations against a copy of a source
 * text (`checkSource`), and the parser of source texts the checks use. Node only (hashing).
 */
export { type Coverage, checkSource, type SourceCheck, sourceDigest } from '../source-check.js';
export * from '../source-files.js';
export * from '../source-text.js';

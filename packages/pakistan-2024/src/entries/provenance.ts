/**
 * `@policy/pakistan-2024/provenance`: checks the dataset's citations against a copy of a source
 * text (`checkSource`), the parser of source texts the checks use, and the lookup that finds a
 * source's text on disk. Node only (hashing, files). Only the essay has a text to check: a
 * report's quotes were checked against its stored copy on the day accessed.
 */
export { type Coverage, checkSource, type SourceCheck, sourceDigest } from '../provenance/source-check.js';
export * from '../provenance/source-files.js';
export * from '../provenance/source-text.js';

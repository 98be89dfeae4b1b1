/**
 * `@policy/pakistan-2024/registry`: the collections of the dataset and what each holds, the
 * flat tables, the citation formats, search's narrowing choices, and how text is made safe for a
 * terminal, a spreadsheet and BibTeX. No data and no other package: cheap enough for a command
 * line's start-up or a browser bundle.
 */
export { bibText, bibUrl } from '../escape/bibtex.js';
export { neutraliseCell } from '../escape/csv-cell.js';
export { terminalText } from '../escape/terminal-text.js';
export * from '../registry/citation-formats.js';
export * from '../registry/collections.js';
export * from '../registry/search.js';
export * from '../registry/tables.js';

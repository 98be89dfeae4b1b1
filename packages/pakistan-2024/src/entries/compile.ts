/**
 * `@policy/pakistan-2024/compile`: reads a data folder of YAML files (one record per file),
 * validates it with the package's own rules, and reports every problem with file, line and column.
 */
export {
  type CompileOptions,
  type CompileResult,
  compileDataFolder,
  type FileIssue,
  formatFileIssue,
} from '../compile-folder.js';

/**
 * `@policy/pakistan-2024/compile`: reads a data folder of YAML files (one record per file),
 * validates it with the package's own rules, and reports every problem with file, line and
 * column; `checkDataFolder` adds the checks against the source texts (the contributor check).
 * Node only.
 */
export {
  type CompileOptions,
  type CompileResult,
  compileDataFolder,
  type FileIssue,
  formatFileIssue,
} from '../compile-folder.js';
export {
  copiedText,
  type FoldedWord,
  foldWords,
  MIN_COPIED_WORDS,
  type ReferenceText,
  SharedRuns,
} from '../copied-text.js';
export {
  checkDataFolder,
  type DataCheckOptions,
  type DataCheckResult,
  SOURCE_CHECKS,
} from '../data-check.js';
export { type Checker, checkerCommands, type RuleId, type RuleInfo, ruleIds, rules } from '../rules.js';
export { writeDataFolder } from '../write-folder.js';

/**
 * `@policy/pakistan-2024/compile`: reads a data folder of YAML files (one record per file),
 * validates it with the package's own rules, and reports every problem with file, line and
 * column; `checkDataFolder` adds the checks against the source texts (the contributor check).
 * Node only.
 */

export {
  copiedText,
  type FoldedWord,
  foldWords,
  MIN_COPIED_WORDS,
  type ReferenceText,
  SharedRuns,
} from '../check/copied-text.js';
export {
  type CompileOptions,
  type CompileResult,
  compileDataFolder,
  type FileIssue,
  formatFileIssue,
} from '../compile/compile-folder.js';
export {
  checkDataFolder,
  type DataCheckOptions,
  type DataCheckResult,
  SOURCE_CHECKS,
} from '../compile/data-check.js';
export { writeDataFolder } from '../compile/write-folder.js';
export { type Checker, checkerCommands, type RuleId, type RuleInfo, ruleIds, rules } from '../rules/rules.js';

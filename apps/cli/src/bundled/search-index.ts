/** The prebuilt search index as the CLI ships it (`dist/search-index.cjs`): loaded by `policy search` only. */
export { searchIndexJson } from '@policy/pakistan-2024/search-index';

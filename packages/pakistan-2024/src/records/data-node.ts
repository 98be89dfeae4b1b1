/**
 * The dataset for the build Node loads (`dist/index.node.js`): read from `dist/data.min.json`, the
 * compiled data as compact JSON in ASCII, which the build writes beside it. Reading and parsing the
 * file costs Node less than scanning the same text as a string in the module's source, which is
 * how the other builds carry it (`generated/data.ts`).
 */
export default JSON.parse(
  process.getBuiltinModule('node:fs').readFileSync(`${import.meta.dirname}/data.min.json`, 'latin1'),
) as unknown;

/**
 * The dataset package's entry points, imported on first use so that a command loads only what
 * it needs: `policy show cn` never loads the schema library, `policy --help` not even the data.
 */
export type Pkg = typeof import('@policy/pakistan-2024');

let pkg: Promise<Pkg> | undefined;

/** The main entry point: the bundled dataset, lookup, search, vocabularies, citation formats. */
export function loadPackage(): Promise<Pkg> {
  pkg ??= import('@policy/pakistan-2024');
  return pkg;
}

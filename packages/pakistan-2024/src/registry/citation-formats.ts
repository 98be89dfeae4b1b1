/** The citation formats the dataset can be cited in, with a label for menus and help text. */
export const citationFormats = [
  { value: 'apa', label: 'APA, 7th edition' },
  { value: 'mla', label: 'MLA, 9th edition' },
  { value: 'chicago', label: 'Chicago, 17th edition (bibliography)' },
  { value: 'bibtex', label: 'BibTeX' },
  { value: 'csl-json', label: 'CSL-JSON' },
] as const;

/** One citation format: `apa`, `mla`, `chicago`, `bibtex` or `csl-json`. */
export type CitationFormat = (typeof citationFormats)[number]['value'];

/** The values of the citation formats, in order. */
export const citationFormatNames: readonly CitationFormat[] = citationFormats.map((f) => f.value);

/** True when `value` names a citation format. */
export function isCitationFormat(value: string): value is CitationFormat {
  return citationFormats.some((f) => f.value === value);
}

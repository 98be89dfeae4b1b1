/**
 * BibTeX values that cannot end early. BibTeX counts braces whatever stands before them (a `\}`
 * still closes a group), so a lone brace in a title or a URL could close the field and start new
 * ones: in text each brace and backslash becomes a LaTeX command, and in a URL it is percent-encoded.
 */

/** A text value for a braced BibTeX field: braces balanced whatever the text, LaTeX's specials escaped. */
export function bibText(value: string): string {
  return value.replace(/[\\{}&%$#_~^]/g, (c) => LATEX[c] ?? `\\${c}`);
}

const LATEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** A URL for BibTeX's `url` field: braces, backslashes, spaces and controls percent-encoded. */
export function bibUrl(url: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it encodes
  return url.replace(/[{}\\\s\x00-\x1f\x7f]/g, encodeURIComponent);
}

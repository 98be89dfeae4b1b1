/**
 * A text cell a spreadsheet would take for a formula (it starts with =, +, -, @, a tab or a carriage
 * return) gets a leading apostrophe, as OWASP's "CSV Injection" advice asks: Excel, LibreOffice and
 * Google Sheets then show the text as written instead of evaluating it. Numbers are never changed.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The text of a CSV cell, with a leading `'` when a spreadsheet would evaluate it. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

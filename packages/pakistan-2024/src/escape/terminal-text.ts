/**
 * Text for a terminal: nothing in it can move the cursor, clear the screen, set the window title,
 * ring the bell or reverse the text that follows. Control characters (C0 but line feed and tab, DEL,
 * C1) and bidirectional overrides, embeddings and isolates are removed; escape sequences go whole,
 * so no stray `]0;title` is left behind. `keepColour` keeps SGR sequences (colour and weight only).
 */

// A CSI or OSC sequence, or a lone ESC with the character after it; then any other control.
const ESCAPE_SEQUENCE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it removes
  /\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\s\S]?)|\x9b[0-?]*[ -/]*[@-~]?|\x9d[^\x07\x1b]*\x07?/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it removes
const SGR = /^\x1b\[[0-9;]*m$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it removes
const CONTROL = /[\0-\x08\v\f\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

// One pass, so that the ESC of a kept colour sequence is not then removed as a control.
const UNSAFE = new RegExp(`${ESCAPE_SEQUENCE.source}|${CONTROL.source}`, 'g');

/** `text` with every control character and escape sequence removed (SGR colour kept when asked). */
export function terminalText(text: string, { keepColour = false }: { keepColour?: boolean } = {}): string {
  return text.replace(UNSAFE, (found) => (keepColour && SGR.test(found) ? found : ''));
}

/**
 * The one rule for what a string of the dataset may hold: no character that a reader cannot see
 * or that changes how the text around it is shown. Every string field of the schema applies it,
 * so that `pnpm check`, `policy validate` and the build refuse the same text.
 */

/** The longest id: a file name (`<id>.yaml`, the site's `<id>.html`) every file system accepts. */
export const MAX_ID_LENGTH = 100;

// C0 controls (tab and line breaks included), DEL, C1 controls; format characters (Cf: zero-width
// spaces and joiners, bidi marks, embeddings, overrides and isolates, the byte order mark, soft
// hyphen); line and paragraph separators; noncharacters and the replacement character U+FFFD
// (what a byte that is not UTF-8 becomes when the file is read).
const UNSAFE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\u2028\u2029\uFFFD\uFFFE\uFFFF]/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the controls are what the rule refuses
const UNSAFE_BUT_NEWLINE = /[\0-\t\v-\x1f\x7f-\x9f\p{Cf}\p{Co}\p{Cs}\u2028\u2029\uFFFD\uFFFE\uFFFF]/u;

const NAMES: Record<number, string> = {
  0: 'a NUL',
  9: 'a tab',
  10: 'a line break',
  11: 'a vertical tab',
  12: 'a form feed',
  13: 'a carriage return',
  27: 'an escape (ESC)',
  127: 'a delete (DEL)',
  173: 'a soft hyphen',
  8203: 'a zero-width space',
  8238: 'a right-to-left override',
  65279: 'a byte order mark',
  65533: 'U+FFFD, what a byte that is not UTF-8 becomes',
};

/** Where a string holds a character the dataset refuses, and what it is; undefined when it holds none. */
export function unsafeCharacter(
  text: string,
  { multiline = false }: { multiline?: boolean } = {},
): { index: number; description: string } | undefined {
  const match = (multiline ? UNSAFE_BUT_NEWLINE : UNSAFE).exec(text);
  if (!match) return undefined;
  const code = match[0].codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[code];
  return {
    index: match.index,
    description: name?.startsWith('U+') ? name : `${hex}${name ? ` (${name})` : ''}`,
  };
}

/** The message of the schema's text rule for `text`, or undefined when the text is safe. */
export function unsafeTextMessage(text: string, multiline = false): string | undefined {
  const found = unsafeCharacter(text, { multiline });
  if (!found) return undefined;
  return `text holds ${found.description} at character ${found.index + 1}; control, format and invisible characters are not allowed${multiline ? '' : ' (nor line breaks in this field)'}`;
}

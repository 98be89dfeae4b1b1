/**
 * Text from the data made safe for a terminal: a data file is untrusted input, and a control
 * character in it (an escape sequence that moves the cursor or retitles the window) must never
 * reach the screen. Line breaks and tabs become spaces; every other control character is dropped.
 */
export function terminalText(text: string): string {
  // C0 controls, DEL and the C1 range (which holds CSI, 0x9b).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed
  return text.replace(/[\t\n\r]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

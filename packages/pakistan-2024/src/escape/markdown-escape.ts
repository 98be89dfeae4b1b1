/** Escapes Markdown's own characters in plain text, so that a title or message renders as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

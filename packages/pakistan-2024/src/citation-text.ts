import type { Citation } from './schema/index.js';

/** A citation's heading path for reading: "Pakistan-China Relations › All-Weather Strategic Partnership". */
export function sectionLabel(section: readonly string[]): string {
  return section.length ? section.join(' › ') : 'Opening paragraphs';
}

/** A citation in one line: section, paragraph and quoted phrase, e.g. `Historical Context ¶1 "…"`. */
export function formatCitation(citation: Citation, options: { source?: boolean } = {}): string {
  const where = `${sectionLabel(citation.section)} ¶${citation.paragraph}`;
  const quote = citation.quote ? ` “${citation.quote}”` : '';
  return `${options.source ? `${citation.source}: ` : ''}${where}${quote}`;
}

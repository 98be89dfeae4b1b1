import { type Citation, formatCitation, type Source, sectionLabel } from '@policy/pakistan-2024';

/** What a reader sees of one citation, and where its link goes. */
export interface CitationView {
  /** Heading path, e.g. "Pakistan-China Relations › All-Weather Strategic Partnership". */
  readonly section: string;
  readonly paragraph: number;
  readonly quote?: string;
  /** The whole citation on one line, as `policy` prints it. */
  readonly text: string;
  /** The source's address; with a quote, a text fragment that scrolls to the phrase. */
  readonly href?: string;
  readonly sourceTitle?: string;
}

/**
 * A URL text fragment (`#:~:text=`) for a phrase. Besides percent-encoding, the dash, comma
 * and ampersand must be escaped because the fragment syntax gives them meaning.
 */
export function textFragment(phrase: string): string {
  const encoded = encodeURIComponent(phrase.trim().replace(/\s+/g, ' ')).replace(
    /[-,&]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `:~:text=${encoded}`;
}

/** The parts of a citation to show, with a link to the source (and to the quoted phrase in it). */
export function citationView(citation: Citation, source?: Source): CitationView {
  const href = source
    ? citation.quote
      ? `${source.url.split('#')[0]}#${textFragment(citation.quote)}`
      : source.url
    : undefined;
  return {
    section: sectionLabel(citation.section),
    paragraph: citation.paragraph,
    ...(citation.quote ? { quote: citation.quote } : {}),
    text: formatCitation(citation),
    ...(href ? { href } : {}),
    ...(source?.title ? { sourceTitle: source.title } : {}),
  };
}

import { Marked, type Tokens } from 'marked';

/**
 * An anchor id from heading text, as GitHub makes it, so that a document's own links work on the
 * site too: "Coding stance and trajectory" → "coding-stance-and-trajectory", "The year's chronology"
 * → "the-years-chronology".
 */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/['\u2018\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Options of `renderMarkdown`. */
export interface RenderOptions {
  /** Drop the document's first-level heading (the page supplies its own <h1>). */
  readonly dropTitle?: boolean;
  /** Added to every heading level, to nest a document under the page's own headings. */
  readonly headingOffset?: number;
}

/** Text as HTML shows it: the five characters that could open a tag or an attribute escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A link's address, or undefined when it is not one to follow: http(s), mailto, or within the site. */
export function safeHref(href: string): string | undefined {
  const trimmed = href.trim();
  // A scheme is letters before a colon; anything else (a path, a #fragment, ?query) is relative.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a control character in an address is refused
  if (scheme === undefined) return /[\u0000-\u001f\\]/.test(trimmed) ? undefined : trimmed;
  return ['http', 'https', 'mailto'].includes(scheme) ? trimmed : undefined;
}

/**
 * Markdown to HTML at build time, for the package's own documents (methodology, changelog):
 * headings get ids to link to, and wide tables scroll inside a keyboard-focusable region. The
 * changelog is written from changeset summaries, which a pull request carries: raw HTML in the
 * Markdown is shown as text, never passed through, and a link goes only to http(s), mailto or the site.
 */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  const marked = new Marked({ gfm: true, async: false });
  // A heading text used twice (each release's "Data changes") gets -1, -2 … as on GitHub: ids stay unique.
  const used = new Map<string, number>();
  const uniqueSlug = (text: string): string => {
    const base = slug(text);
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    return seen ? `${base}-${seen}` : base;
  };
  marked.use({
    renderer: {
      heading(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Heading) {
        if (options.dropTitle && token.depth === 1) return '';
        const html = this.parser.parseInline(token.tokens);
        const level = Math.min(6, token.depth + (options.headingOffset ?? 0));
        return `<h${level} id="${uniqueSlug(token.text)}">${html}</h${level}>\n`;
      },
      html(token: Tokens.HTML | Tokens.Tag) {
        // Comments such as generator markers are not for readers; any other HTML is shown as text.
        return token.text.trim().startsWith('<!--') ? '' : escapeHtml(token.text);
      },
      link(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Link) {
        const text = this.parser.parseInline(token.tokens);
        const href = safeHref(token.href);
        if (href === undefined) return text;
        const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
        return `<a href="${escapeHtml(href)}"${title}>${text}</a>`;
      },
      image(token: Tokens.Image) {
        // The documents have no images; an image from a changeset would load from anywhere.
        return escapeHtml(token.text);
      },
    },
  });
  // A code block wider than a phone scrolls sideways; keyboards must reach it to scroll it (axe's
  // scrollable-region-focusable).
  const html = (marked.parse(markdown) as string).replace(/<pre>/g, '<pre tabindex="0">');
  return html.replace(
    /<table>([\s\S]*?)<\/table>/g,
    '<div class="table-wrap" role="region" aria-label="Table (scrolls sideways)" tabindex="0"><table>$1</table></div>',
  );
}

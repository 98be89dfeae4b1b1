/**
 * A parser for plain-text sources laid out one paragraph or heading per line, where headings are
 * the short lines without final punctuation. It is the one parser used by the provenance checks,
 * `policy verify` and anyone verifying a citation by hand.
 */

/** One paragraph of a source, located as a citation locates it. */
export interface SourceParagraph {
  /** Heading path, outermost first; `[]` before the first heading. */
  readonly section: readonly string[];
  /** 1-based position under the deepest heading of `section`. */
  readonly paragraph: number;
  /** 1-based line of the text file. */
  readonly line: number;
  readonly text: string;
  /** False for a byline or page footer after the essay's body. */
  readonly body: boolean;
}

/** A heading and the path it opens. */
export interface SourceHeading {
  readonly path: readonly string[];
  readonly line: number;
}

/** A source text split into headings and paragraphs. */
export interface ParsedSource {
  readonly headings: readonly SourceHeading[];
  readonly paragraphs: readonly SourceParagraph[];
  /** Problems with the layout itself, such as an outline heading that is missing. */
  readonly problems: readonly string[];
}

/** What the parser may know about a source beyond its text (both fields of a `Source` record). */
export interface ParseOptions {
  /** Top-level headings in order; plain text cannot otherwise tell a section from a subsection. */
  readonly outline?: readonly string[];
  /** Opening words of the first line after the body (a byline or footer). */
  readonly bodyEndsBefore?: string;
}

const MAX_HEADING_WORDS = 15;

/** True for a line laid out as a heading: short, and not ending as a sentence does. */
export function isHeading(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= MAX_HEADING_WORDS && !/[.!?:;,"”’)\]]$/.test(line);
}

/** Splits a source text into its headings and paragraphs, each with its citation address. */
export function parseSourceText(text: string, options: ParseOptions = {}): ParsedSource {
  const lines = normaliseSourceText(text).split('\n');
  const outline = options.outline ? new Set(options.outline) : undefined;
  const headings: SourceHeading[] = [];
  const paragraphs: SourceParagraph[] = [];
  const problems: string[] = [];
  const counts = new Map<string, number>();
  let path: string[] = [];
  let run: string[] = [];
  let base: string[] = [];
  let body = true;

  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    if (options.bodyEndsBefore && line.startsWith(options.bodyEndsBefore)) body = false;
    if (isHeading(line)) {
      if (outline) {
        path = outline.has(line) || path.length === 0 ? [line] : [path[0] as string, line];
        headings.push({ path, line: index + 1 });
      } else {
        // Without an outline, consecutive headings nest, and a run of k headings after a
        // paragraph replaces the deepest k levels of the path that stood before it.
        if (run.length === 0) base = path;
        run.push(line);
        const prefix = base.slice(0, Math.max(0, base.length - run.length));
        path = [...prefix, ...run];
        headings.push({ path, line: index + 1 });
        const first = headings.length - run.length;
        for (let i = 0; i < run.length - 1; i++) {
          const h = headings[first + i] as SourceHeading;
          headings[first + i] = { line: h.line, path: [...prefix, ...run.slice(0, i + 1)] };
        }
      }
      return;
    }
    run = [];
    const key = path.join('\u0000');
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    paragraphs.push({ section: path, paragraph: n, line: index + 1, text: line, body });
  });

  if (options.outline) {
    let last = -1;
    for (const heading of options.outline) {
      const at = headings.findIndex((h) => h.path.length === 1 && h.path[0] === heading);
      if (at < 0) problems.push(`outline heading "${heading}" is not a heading of the text`);
      else if (at < last) problems.push(`outline heading "${heading}" is out of order`);
      else last = at;
    }
  }
  if (options.bodyEndsBefore && body)
    problems.push(`no line begins with "${options.bodyEndsBefore}", the marker of the end of the body`);
  return { headings, paragraphs, problems };
}

/**
 * The normal form that a source's SHA-256 is taken of: Unicode NFC, LF line endings, no
 * trailing whitespace on any line, no blank lines at the end, and one final newline.
 */
export function normaliseSourceText(text: string): string {
  return `${text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/u, ''))
    .join('\n')
    .replace(/\n+$/, '')}\n`;
}

/** Finds the paragraph a citation points at, or undefined. */
export function findParagraph(
  parsed: ParsedSource,
  section: readonly string[],
  paragraph: number,
): SourceParagraph | undefined {
  return parsed.paragraphs.find(
    (p) =>
      p.paragraph === paragraph &&
      p.section.length === section.length &&
      p.section.every((h, i) => h === section[i]),
  );
}

/** True when the heading path exists in the source. */
export function hasSection(parsed: ParsedSource, section: readonly string[]): boolean {
  if (section.length === 0) return parsed.paragraphs.some((p) => p.section.length === 0);
  return parsed.headings.some(
    (h) => h.path.length === section.length && h.path.every((x, i) => x === section[i]),
  );
}

/** Folds typographic quotes and runs of whitespace so a quote typed with ASCII quotes still matches. */
export function foldQuoteText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `quote` stands word for word in `paragraph`, starting and ending on word boundaries. */
export function quoteStandsIn(quote: string, paragraph: string): boolean {
  const q = foldQuoteText(quote);
  const p = foldQuoteText(paragraph);
  if (!q) return false;
  for (let at = p.indexOf(q); at >= 0; at = p.indexOf(q, at + 1)) {
    const before = p[at - 1];
    const after = p[at + q.length];
    const boundary = (c: string | undefined) => c === undefined || !/[\p{L}\p{N}]/u.test(c);
    if (boundary(before) && boundary(after)) return true;
  }
  return false;
}

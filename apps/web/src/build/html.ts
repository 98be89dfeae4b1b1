/**
 * The post-build step's view of a page: the elements it keeps, removes or hashes, found by an HTML
 * parser (parse5, the WHATWG algorithm browsers follow) rather than by matching tag text, so that
 * what it decides about an element is what a browser will make of it.
 */
import { parse } from 'parse5';

/** One element of a page, with its attributes and its place in the page's text. */
export interface PageElement {
  readonly name: string;
  readonly attrs: ReadonlyMap<string, string>;
  /** Offsets of the whole element (start tag to end tag) in the page's text. */
  readonly start: number;
  readonly end: number;
  /** The raw text between the start and end tags (a script's code, exactly as the browser hashes it). */
  readonly text: string;
}

interface Parse5Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Parse5Node[];
  content?: Parse5Node;
  sourceCodeLocation?: {
    startOffset: number;
    endOffset: number;
    startTag?: { endOffset: number };
    endTag?: { startOffset: number };
  } | null;
}

/** Every element of `names` (lower-case) in `html`, in document order. */
export function elementsOf(html: string, names: readonly string[]): PageElement[] {
  const found: PageElement[] = [];
  const walk = (node: Parse5Node): void => {
    const at = node.sourceCodeLocation;
    if (names.includes(node.nodeName) && at) {
      const inner = at.startTag && at.endTag ? html.slice(at.startTag.endOffset, at.endTag.startOffset) : '';
      found.push({
        name: node.nodeName,
        attrs: new Map((node.attrs ?? []).map((a) => [a.name, a.value])),
        start: at.startOffset,
        end: at.endOffset,
        text: inner,
      });
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(html, { sourceCodeLocationInfo: true }) as unknown as Parse5Node);
  return found;
}

/** `html` without the elements `drop` (non-overlapping, from elementsOf), the rest byte for byte. */
export function without(html: string, drop: readonly PageElement[]): string {
  let result = '';
  let at = 0;
  for (const element of [...drop].sort((a, b) => a.start - b.start)) {
    if (element.start < at) continue;
    result += html.slice(at, element.start);
    at = element.end;
  }
  return result + html.slice(at);
}

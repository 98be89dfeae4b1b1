import { renderMarkdown } from '@/lib/markdown';

/** A document of the package (trusted, rendered at build time) as HTML. */
export function Markdown({
  source,
  dropTitle,
  headingOffset,
}: {
  source: string;
  dropTitle?: boolean;
  headingOffset?: number;
}) {
  return (
    <div
      className="prose"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: the package's own documents, rendered at build time.
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source, { dropTitle, headingOffset }) }}
    />
  );
}

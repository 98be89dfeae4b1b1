import { jsonLdScript } from '@/lib/jsonld';

/** A JSON-LD block for search engines. */
export function JsonLd({ data }: { data: unknown }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD must be raw text; jsonLdScript escapes `<`.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(data) }} />;
}

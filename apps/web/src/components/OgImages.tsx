import { byId, type CollectionName, dataset, type RecordOf } from '@policy/pakistan-2024';
import type { Metadata } from 'next';
import { ImageResponse } from 'next/og';
import { clip } from '@/lib/metadata';
import { OgCard, ogSize } from './OgCard';

const SITE = 'Pakistan’s foreign policy in 2024';

/** What a share image says: the kind of page, its title, a line about it and an optional short fact. */
export interface OgText {
  readonly kind: string;
  readonly title: string;
  readonly line?: string;
  readonly fact?: string;
}

/** A share image for one page, rendered at build time. */
export function ogImage({ kind, title, line, fact }: OgText): ImageResponse {
  return new ImageResponse(
    <OgCard kicker={`${SITE} · ${kind}`} title={clip(title, 80)}>
      {line ? (
        <div style={{ display: 'flex', marginTop: 22, fontSize: 34, lineHeight: 1.35, color: '#eceae4' }}>
          {clip(line, 150)}
        </div>
      ) : null}
      {fact ? (
        <div style={{ display: 'flex', marginTop: 22, fontSize: 30, color: '#b4b6bc' }}>{fact}</div>
      ) : null}
    </OgCard>,
    ogSize,
  );
}

/** The share image of a page that is not a record's: its own title and description, from its metadata. */
export function pageOgImage(kind: string, metadata: Metadata, fact?: string): ImageResponse {
  const title = typeof metadata.title === 'string' ? metadata.title : kind;
  return ogImage({
    kind,
    title,
    ...(metadata.description ? { line: metadata.description } : {}),
    ...(fact ? { fact } : {}),
  });
}

/**
 * The share images of a `/<collection>/[id]` route: one per record, with what `describe` says of
 * it. Next needs `dynamic`, `dynamicParams` and the image's `size` as literal exports of the file.
 */
export function recordOgImage<C extends CollectionName>(
  collection: C,
  describe: (record: RecordOf<C>) => OgText,
) {
  return {
    generateStaticParams: () => (dataset[collection] as readonly RecordOf<C>[]).map((r) => ({ id: r.id })),
    /** The image of the record named by the route's id; 404 for an id the dataset does not have. */
    render: async ({ params }: { params: Promise<{ id: string }> }) => {
      const record = byId(collection, (await params).id);
      return record ? ogImage(describe(record)) : new Response('not found', { status: 404 });
    },
  };
}

import { byId, type CollectionName, dataset, type RecordOf } from '@policy/pakistan-2024';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { clip, pageMetadata } from './metadata';

/** The props Next passes to a `/<collection>/[id]` page. */
export type RecordParams = { params: Promise<{ id: string }> };

/**
 * What every `/<collection>/[id]` page needs from Next: one static page per record, its metadata,
 * and the record itself (404 for an id the dataset does not have).
 */
export function recordRoute<C extends CollectionName>(
  collection: C,
  describe: (record: RecordOf<C>) => { title: string; description: string; image?: string },
) {
  const find = async ({ params }: RecordParams) => byId(collection, (await params).id);
  return {
    generateStaticParams: () => (dataset[collection] as readonly RecordOf<C>[]).map((r) => ({ id: r.id })),
    generateMetadata: async (props: RecordParams): Promise<Metadata> => {
      const record = await find(props);
      if (!record) return {};
      const { title, description, image } = describe(record);
      return pageMetadata({
        title,
        description: clip(description),
        path: `/${collection}/${record.id}`,
        image,
      });
    },
    /** The page's record; renders the 404 page when there is none. */
    record: async (props: RecordParams): Promise<RecordOf<C>> => (await find(props)) ?? notFound(),
  };
}

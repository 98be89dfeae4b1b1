import { getTopic, referencesTo, topics } from '@policy/pakistan-2024';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Citations } from '@/components/Citations';
import { fromCollection, RecordList } from '@/components/Links';
import { clip, pageMetadata } from '@/lib/metadata';

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return topics.map((t) => ({ id: t.id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const t = getTopic((await params).id);
  if (!t) return {};
  return pageMetadata({ title: t.name, description: clip(t.description), path: `/topics/${t.id}` });
}

export default async function TopicPage({ params }: Params) {
  const { id } = await params;
  const t = topics.find((x) => x.id === id);
  if (!t) notFound();
  const links = referencesTo('topics', t.id);
  return (
    <article>
      <Breadcrumbs trail={[{ href: '/topics', label: 'Topics' }, { label: t.name }]} />
      <p className="eyebrow">Topic</p>
      <h1>{t.name}</h1>
      <p className="lede">
        {t.description}
        <Citations provenance={t.provenance} />
      </p>
      {t.aliases.length ? <p>Also called: {t.aliases.join(', ')}</p> : null}
      <RecordList
        title="Relationships"
        collection="relationships"
        ids={fromCollection(links, 'relationships')}
      />
      <RecordList title="Themes" collection="themes" ids={fromCollection(links, 'themes')} />
      <RecordList title="Initiatives" collection="initiatives" ids={fromCollection(links, 'initiatives')} />
      <RecordList title="Prospects" collection="prospects" ids={fromCollection(links, 'prospects')} />
    </article>
  );
}

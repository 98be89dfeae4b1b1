import { getInitiative, initiativeKinds, initiatives, referencesTo } from '@policy/pakistan-2024';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Citations } from '@/components/Citations';
import { fromCollection, RecordLink, RecordList } from '@/components/Links';
import { clip, pageMetadata } from '@/lib/metadata';

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return initiatives.map((i) => ({ id: i.id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const i = getInitiative((await params).id);
  if (!i) return {};
  return pageMetadata({ title: i.name, description: clip(i.description), path: `/initiatives/${i.id}` });
}

export default async function InitiativePage({ params }: Params) {
  const { id } = await params;
  const i = initiatives.find((x) => x.id === id);
  if (!i) notFound();
  const links = referencesTo('initiatives', i.id);
  const kind = initiativeKinds.find((k) => k.value === i.kind);
  const names = [i.shortName, ...i.aliases].filter((n): n is string => Boolean(n));
  return (
    <article>
      <Breadcrumbs
        trail={[{ href: '/initiatives', label: 'Initiatives' }, { label: i.shortName ?? i.name }]}
      />
      <p className="eyebrow">{kind?.label ?? 'Initiative'}</p>
      <h1>{i.name}</h1>
      <p className="lede">
        {i.description}
        <Citations provenance={i.provenance} />
      </p>
      <dl className="facts">
        {names.length ? (
          <>
            <dt>Also called</dt>
            <dd>{names.join(', ')}</dd>
          </>
        ) : null}
        {i.parent ? (
          <>
            <dt>Part of</dt>
            <dd>
              <RecordLink collection="initiatives" id={i.parent} />
            </dd>
          </>
        ) : null}
      </dl>
      <RecordList
        title="Includes"
        collection="initiatives"
        ids={fromCollection(links, 'initiatives', 'parent')}
      />
      <RecordList title="Parties" collection="actors" ids={i.parties} />
      <RecordList
        title="Relationships"
        collection="relationships"
        ids={fromCollection(links, 'relationships')}
      />
      <RecordList title="Topics" collection="topics" ids={i.topics} />
    </article>
  );
}

import { getTheme, referencesTo, themes } from '@policy/pakistan-2024';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Citations, Claims } from '@/components/Citations';
import { fromCollection, RecordList } from '@/components/Links';
import { clip, pageMetadata } from '@/lib/metadata';

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return themes.map((t) => ({ id: t.id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const t = getTheme((await params).id);
  if (!t) return {};
  return pageMetadata({ title: t.title, description: clip(t.summary), path: `/themes/${t.id}` });
}

export default async function ThemePage({ params }: Params) {
  const { id } = await params;
  const t = themes.find((x) => x.id === id);
  if (!t) notFound();
  const links = referencesTo('themes', t.id);
  return (
    <article>
      <Breadcrumbs trail={[{ href: '/themes', label: 'Themes' }, { label: t.title }]} />
      <p className="eyebrow">Theme</p>
      <h1>{t.title}</h1>
      <p className="lede">
        {t.summary}
        <Citations provenance={t.provenance} />
      </p>
      <h2>Points</h2>
      <Claims claims={t.points} />
      <RecordList title="Relationships" collection="relationships" ids={t.relationships} />
      <RecordList title="Actors" collection="actors" ids={t.actors} />
      <RecordList title="Topics" collection="topics" ids={t.topics} />
      <RecordList title="Prospects" collection="prospects" ids={fromCollection(links, 'prospects')} />
    </article>
  );
}

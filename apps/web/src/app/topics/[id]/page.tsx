import { chronologyOf, referencesTo, titleOf } from '@policy/pakistan-2024';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ChronologyList } from '@/components/ChronologyList';
import { Citations } from '@/components/Citations';
import { CiteThis } from '@/components/CiteThis';
import { EssayUpTo } from '@/components/Layers';
import { fromCollection, RecordList } from '@/components/Links';
import { type RecordParams, recordRoute } from '@/lib/record-route';

const route = recordRoute('topics', (t) => ({ title: t.name, description: t.description }));

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function TopicPage(props: RecordParams) {
  const t = await route.record(props);
  const links = referencesTo('topics', t.id);
  const year = chronologyOf({ topic: t.id });
  return (
    <article>
      <Breadcrumbs trail={[{ href: '/topics', label: 'Topics' }, { label: t.name }]} />
      <p className="eyebrow">Topic</p>
      <h1>{t.name}</h1>
      {year.length ? <EssayUpTo anchor="list-chronology" /> : null}
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
      <ChronologyList events={year} about="on this topic" />
      <CiteThis record={{ collection: 'topics', id: t.id, title: titleOf(t) }} />
    </article>
  );
}

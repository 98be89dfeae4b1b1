import { referencesTo, titleOf } from '@policy/pakistan-2024';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Citations, Claims } from '@/components/Citations';
import { CiteThis } from '@/components/CiteThis';
import { fromCollection, RecordList } from '@/components/Links';
import { type RecordParams, recordRoute } from '@/lib/record-route';

const route = recordRoute('themes', (t) => ({ title: t.title, description: t.summary }));

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function ThemePage(props: RecordParams) {
  const t = await route.record(props);
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
      <CiteThis record={{ collection: 'themes', id: t.id, title: titleOf(t) }} />
    </article>
  );
}

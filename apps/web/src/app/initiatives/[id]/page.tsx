import { chronologyOf, initiativeKinds, labelOf, referencesTo, titleOf } from '@policy/pakistan-2024';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ChronologyList } from '@/components/ChronologyList';
import { Citations } from '@/components/Citations';
import { CiteThis } from '@/components/CiteThis';
import { EssayUpTo } from '@/components/Layers';
import { fromCollection, RecordLink, RecordList } from '@/components/Links';
import { type RecordParams, recordRoute } from '@/lib/record-route';

const route = recordRoute('initiatives', (i) => ({ title: i.name, description: i.description }));

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function InitiativePage(props: RecordParams) {
  const i = await route.record(props);
  const links = referencesTo('initiatives', i.id);
  const year = chronologyOf({ initiative: i.id });
  const names = [i.shortName, ...i.aliases].filter((n): n is string => Boolean(n));
  return (
    <article>
      <Breadcrumbs
        trail={[{ href: '/initiatives', label: 'Initiatives' }, { label: i.shortName ?? i.name }]}
      />
      <p className="eyebrow">{labelOf(initiativeKinds, i.kind)}</p>
      <h1>{i.name}</h1>
      {year.length ? <EssayUpTo anchor="list-chronology" /> : null}
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
      <ChronologyList events={year} about={`bearing on ${i.shortName ?? i.name}`} />
      <CiteThis record={{ collection: 'initiatives', id: i.id, title: titleOf(i) }} />
    </article>
  );
}

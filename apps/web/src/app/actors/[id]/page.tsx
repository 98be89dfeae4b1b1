import {
  actorKinds,
  chronologyOf,
  labelOf,
  meta,
  referencesTo,
  relationships,
  titleOf,
} from '@policy/pakistan-2024';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ChronologyList } from '@/components/ChronologyList';
import { Citations } from '@/components/Citations';
import { CiteThis } from '@/components/CiteThis';
import { YearInFigures } from '@/components/figures/YearInFigures';
import { EssayUpTo } from '@/components/Layers';
import { fromCollection, RecordList } from '@/components/Links';
import { YearOpening } from '@/components/YearOpening';
import { partnerLanes } from '@/lib/glance-data';
import { type RecordParams, recordRoute } from '@/lib/record-route';

const route = recordRoute('actors', (a) => ({ title: a.name, description: a.description }));

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function ActorPage(props: RecordParams) {
  const a = await route.record(props);
  const links = referencesTo('actors', a.id);
  const year = chronologyOf({ actor: a.id });
  const lane = partnerLanes.some((l) => l.id === a.id);
  const names = [a.shortName, ...a.aliases].filter((n): n is string => Boolean(n) && n !== a.name);
  return (
    <article>
      <Breadcrumbs trail={[{ href: '/actors', label: 'Actors' }, { label: a.shortName ?? a.name }]} />
      <p className="eyebrow">{labelOf(actorKinds, a.kind)}</p>
      <h1>{a.name}</h1>
      {lane ? (
        <>
          <p className="note">
            {a.shortName ?? a.name} is not one of the {relationships.length} partners the essay reads, so the
            dataset codes no stance or trajectory for it. With {year.length} events of {meta.year}, it has its
            own lane in the chart, and its year is listed here from published reports.
          </p>
          <YearOpening lane={a.id} label={a.shortName ?? a.name} events={year} more="list-chronology" />
        </>
      ) : null}
      {year.length && a.provenance ? <EssayUpTo anchor="list-chronology" /> : null}
      <p className="lede">
        {a.description}
        {a.provenance ? <Citations provenance={a.provenance} /> : null}
      </p>
      <dl className="facts">
        {names.length ? (
          <>
            <dt>Also called</dt>
            <dd>{names.join(', ')}</dd>
          </>
        ) : null}
        {a.iso2 ? (
          <>
            <dt>ISO 3166-1</dt>
            <dd>
              {a.iso2} · {a.iso3} · {a.isoNumeric}
            </dd>
          </>
        ) : null}
        {a.wikidata ? (
          <>
            <dt>Wikidata</dt>
            <dd>
              <a className="print-url" href={`https://www.wikidata.org/wiki/${a.wikidata}`}>
                {a.wikidata}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <RecordList
        title="Relationship with Pakistan"
        collection="relationships"
        ids={fromCollection(links, 'relationships', 'partners')}
      />
      <RecordList
        title="Involved in the relationships"
        collection="relationships"
        ids={fromCollection(links, 'relationships', 'actors')}
      />
      <RecordList title="Members" collection="actors" ids={a.members ?? []} />
      <RecordList title="Member of" collection="actors" ids={fromCollection(links, 'actors', 'members')} />
      <RecordList title="Themes" collection="themes" ids={fromCollection(links, 'themes')} />
      <RecordList title="Initiatives" collection="initiatives" ids={fromCollection(links, 'initiatives')} />
      <ChronologyList events={year} about={`involving ${a.shortName ?? a.name}`} />
      <YearInFigures partners={[a.id]} />
      <RecordList
        title="Historical context (the essay)"
        collection="events"
        ids={fromCollection(links, 'events')}
      />
      {a.references?.length ? (
        <section aria-labelledby="references">
          <h2 id="references">References for the codes</h2>
          <ul>
            {a.references.map((ref) => (
              <li key={ref.url}>
                <a className="print-url" href={ref.url}>
                  {ref.title}
                </a>
                {ref.note ? ` (${ref.note})` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <CiteThis record={{ collection: 'actors', id: a.id, title: titleOf(a) }} />
    </article>
  );
}

import {
  chronologyOf,
  dimensionKinds,
  formatScore,
  getActor,
  labelOf,
  meta,
  referencesTo,
  stances,
  titleOf,
  trajectories,
} from '@policy/pakistan-2024';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Citations, Claims } from '@/components/Citations';
import { CiteThis } from '@/components/CiteThis';
import { YearInFigures } from '@/components/figures/YearInFigures';
import { LayerTag } from '@/components/Layers';
import { fromCollection, RecordList } from '@/components/Links';
import { CodingNote, StanceBadge, trajectoryLabel } from '@/components/Stance';
import { YearInEvents } from '@/components/YearInEvents';
import { YearOpening } from '@/components/YearOpening';
import { type RecordParams, recordRoute } from '@/lib/record-route';

const route = recordRoute('relationships', (r) => ({
  title: r.title,
  description: `${r.label}. ${r.summary}`,
  image: `/relationships/${r.id}/opengraph-image`,
}));

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

const kindLabel = (kind: string) => labelOf(dimensionKinds, kind);

export default async function RelationshipPage(props: RecordParams) {
  const r = await route.record(props);
  const links = referencesTo('relationships', r.id);
  const stance = stances.find((s) => s.value === r.stance.value);
  const trajectory = trajectories.find((t) => t.value === r.trajectory.value);
  const partnerNames = r.partners.map((p) => getActor(p)?.shortName ?? getActor(p)?.name ?? p);
  const year = chronologyOf({ relationship: r.id });

  return (
    <article>
      <Breadcrumbs trail={[{ href: '/relationships', label: 'Relationships' }, { label: r.title }]} />
      <p className="eyebrow">Relationship</p>
      <h1>{r.title}</h1>
      <YearOpening lane={r.id} label={partnerNames.join(' and ')} events={year} more="year-in-events" />
      <h2 id="essay-reading">The essay’s reading</h2>
      <LayerTag layer="essay">
        what the essay says of the relationship, and the stance and trajectory we coded from it
      </LayerTag>
      <p className="lede">
        <strong>{r.label}.</strong> {r.summary}
        <Citations provenance={r.provenance} />
      </p>

      <section className="coding" aria-labelledby="coding-title">
        <h2 id="coding-title" style={{ marginTop: 0, fontSize: '1.1rem' }}>
          Our coding of the essay
        </h2>
        <dl>
          <dt>Stance</dt>
          <dd>
            <StanceBadge value={r.stance.value} />{' '}
            {stance ? (
              <span className="muted">(score {formatScore(stance.score, '−')} on a scale from +2 to −2)</span>
            ) : null}
            <br />
            {r.stance.rationale}
            <Citations provenance={r.stance.provenance} />
          </dd>
          <dt>Trajectory</dt>
          <dd>
            <strong>{trajectoryLabel(r.trajectory.value)}</strong>
            {trajectory ? <span className="muted"> ({trajectory.definition})</span> : null}
            <br />
            {r.trajectory.rationale}
            <Citations provenance={r.trajectory.provenance} />
          </dd>
        </dl>
        <CodingNote />
      </section>

      <nav aria-labelledby="dimensions-nav">
        <h2 id="dimensions-nav">Dimensions</h2>
        <ul className="inline-list">
          {r.dimensions.map((d) => (
            <li key={d.kind}>
              <a href={`#dimension-${d.kind}`}>{kindLabel(d.kind)}</a>
            </li>
          ))}
          {r.challenges.length ? (
            <li>
              <a href="#challenges">Challenges</a>
            </li>
          ) : null}
          {r.opportunities.length ? (
            <li>
              <a href="#opportunities">Opportunities</a>
            </li>
          ) : null}
          {year.length ? (
            <li>
              <a href="#year-in-events">{meta.year} in events</a>
            </li>
          ) : null}
        </ul>
      </nav>

      {r.dimensions.map((d) => (
        <section
          key={d.kind}
          id={`dimension-${d.kind}`}
          className="dimension"
          aria-labelledby={`h-${d.kind}`}
        >
          <h3 id={`h-${d.kind}`}>
            <span className="muted">{kindLabel(d.kind)}:</span> {d.title}
          </h3>
          <p>
            {d.summary}
            <Citations provenance={d.provenance} />
          </p>
          <Claims claims={d.points} />
        </section>
      ))}

      <div className="two-col">
        {r.challenges.length ? (
          <section id="challenges" aria-labelledby="h-challenges">
            <h2 id="h-challenges">Challenges</h2>
            <Claims claims={r.challenges} />
          </section>
        ) : null}
        {r.opportunities.length ? (
          <section id="opportunities" aria-labelledby="h-opportunities">
            <h2 id="h-opportunities">Opportunities</h2>
            <Claims claims={r.opportunities} />
          </section>
        ) : null}
      </div>

      <YearInEvents relationship={r} events={year} />
      <YearInFigures partners={r.partners} />

      <RecordList
        title={partnerNames.length > 1 ? 'Partners' : 'Partner'}
        collection="actors"
        ids={r.partners}
      />
      <RecordList title="Initiatives" collection="initiatives" ids={r.initiatives} />
      <RecordList title="Topics" collection="topics" ids={r.topics} />
      <RecordList title="Other actors involved" collection="actors" ids={r.actors} />
      <RecordList
        title="Historical context (the essay)"
        collection="events"
        ids={fromCollection(links, 'events')}
      />
      <RecordList title="Themes" collection="themes" ids={fromCollection(links, 'themes')} />
      <RecordList title="Prospects" collection="prospects" ids={fromCollection(links, 'prospects')} />
      <CiteThis record={{ collection: 'relationships', id: r.id, title: titleOf(r) }} />
    </article>
  );
}

import { dimensionKinds, eventKinds, meta, relationships } from '@policy/pakistan-2024';
import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { EventDate } from '@/components/EventDate';
import { FiguresCompare } from '@/components/figures/FiguresCompare';
import { LayerTag } from '@/components/Layers';
import { partnerNames } from '@/components/PartnerList';
import { ScrollRegion } from '@/components/ScrollRegion';
import { CodingNote, StanceBadge, trajectoryLabel } from '@/components/Stance';
import { yearCounts } from '@/lib/compare';
import { pageMetadata } from '@/lib/metadata';
import { hrefFor } from '@/lib/routes';
import { sitePath } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Compare partners',
  description: `Pakistan’s partners side by side: the stance and trajectory we read in the essay, with the reasons, and the events of ${meta.year} by kind and by subject, with the key events.`,
  path: '/compare',
});

/** A count that links to where the events are listed, or a dash for none. */
function Count({ n, href, what }: { n: number; href: string; what: string }) {
  if (!n)
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">none</span>
      </>
    );
  return (
    <a href={href} aria-label={`${n} ${what}`}>
      {n}
    </a>
  );
}

export default function Compare() {
  const years = new Map(relationships.map((r) => [r.id, yearCounts(r)]));
  const kinds = eventKinds.filter((k) => [...years.values()].some((y) => y.byKind.has(k.value)));
  // The dimension kinds that the essay uses for some partner, or that some event concerns.
  const dimensions = dimensionKinds.filter(
    (k) =>
      relationships.some((r) => r.dimensions.some((d) => d.kind === k.value)) ||
      [...years.values()].some((y) => y.byDimension.has(k.value)),
  );
  const lane = (id: string) => sitePath(`/timeline/partner/${id}`);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Compare' }]} />
      <h1>Compare partners</h1>
      <p className="lede">
        The {relationships.length} partners the essay reads, side by side: first the essay’s reading (the
        stance and trajectory we coded, and why), then what was reported in {meta.year}, counted by kind and
        by subject. Each count links to the partner’s events.
      </p>
      <CodingNote short />
      <ScrollRegion labelledBy="compare-caption">
        <table className="compare">
          <caption id="compare-caption">
            Partners (columns): the essay’s reading, then the events of {meta.year}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">What is compared</span>
              </th>
              {relationships.map((r) => (
                <th key={r.id} scope="col">
                  <a href={sitePath(hrefFor('relationships', r.id))}>{partnerNames(r)}</a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="compare-group">
              <th scope="rowgroup" colSpan={relationships.length + 1}>
                <LayerTag layer="essay" />
              </th>
            </tr>
            <tr>
              <th scope="row">Stance</th>
              {relationships.map((r) => (
                <td key={r.id}>
                  <StanceBadge value={r.stance.value} />
                  <p className="compare-why">{r.stance.rationale}</p>
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Trajectory</th>
              {relationships.map((r) => (
                <td key={r.id}>
                  <strong>{trajectoryLabel(r.trajectory.value)}</strong>
                  <p className="compare-why">{r.trajectory.rationale}</p>
                </td>
              ))}
            </tr>
            <tr className="compare-group">
              <th scope="rowgroup" colSpan={relationships.length + 1}>
                <LayerTag layer="chronology">by kind</LayerTag>
              </th>
            </tr>
            <tr>
              <th scope="row">All events</th>
              {relationships.map((r) => (
                <td key={r.id}>
                  <Count n={years.get(r.id)?.events.length ?? 0} href={lane(r.id)} what="events" />
                </td>
              ))}
            </tr>
            {kinds.map((k) => (
              <tr key={k.value}>
                <th scope="row">{k.label}</th>
                {relationships.map((r) => (
                  <td key={r.id}>
                    <Count
                      n={years.get(r.id)?.byKind.get(k.value)?.length ?? 0}
                      href={lane(r.id)}
                      what={`${k.label.toLowerCase()} events`}
                    />
                  </td>
                ))}
              </tr>
            ))}
            <tr className="compare-group">
              <th scope="rowgroup" colSpan={relationships.length + 1}>
                <LayerTag layer="chronology">by subject (a dimension the essay discusses is linked)</LayerTag>
              </th>
            </tr>
            {dimensions.map((k) => (
              <tr key={k.value}>
                <th scope="row">{k.label}</th>
                {relationships.map((r) => {
                  const d = r.dimensions.find((x) => x.kind === k.value);
                  const n = years.get(r.id)?.byDimension.get(k.value)?.length ?? 0;
                  return (
                    <td key={r.id}>
                      <Count
                        n={n}
                        href={sitePath(`${hrefFor('relationships', r.id)}#year-in-events`)}
                        what="events"
                      />
                      {d ? (
                        <>
                          {' · '}
                          <a href={sitePath(`${hrefFor('relationships', r.id)}#dimension-${k.value}`)}>
                            in the essay
                          </a>
                        </>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr>
              <th scope="row">Key events</th>
              {relationships.map((r) => (
                <td key={r.id}>
                  <ul className="compare-keys">
                    {(years.get(r.id)?.key ?? []).map((e) => (
                      <li key={e.id}>
                        <EventDate date={e.date} end={e.end} />:{' '}
                        <a href={sitePath(hrefFor('chronology', e.id))}>{e.title}</a>
                      </li>
                    ))}
                  </ul>
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </ScrollRegion>
      <FiguresCompare />
    </>
  );
}

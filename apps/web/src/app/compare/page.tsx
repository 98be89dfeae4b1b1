import { dimensionKinds, relationships } from '@policy/pakistan-2024';
import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { FiguresCompare } from '@/components/figures/FiguresCompare';
import { ScrollRegion } from '@/components/ScrollRegion';
import { CodingNote, StanceBadge } from '@/components/Stance';
import { pageMetadata } from '@/lib/metadata';
import { sitePath } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Compare partners',
  description:
    'Pakistan’s partners side by side across the dimensions of each relationship, with the stance we coded.',
  path: '/compare',
});

export default function Compare() {
  // Only the dimension kinds some relationship uses, in the vocabulary's order.
  const kinds = dimensionKinds.filter((k) =>
    relationships.some((r) => r.dimensions.some((d) => d.kind === k.value)),
  );
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Compare' }]} />
      <h1>Compare partners</h1>
      <p className="lede">
        Each column is a relationship and each row a dimension. A cell links to what the essay says about that
        dimension; an empty cell means the essay does not discuss it for that partner.
      </p>
      <div className="coding">
        <p style={{ margin: 0 }}>
          Stance is coded for a relationship as a whole, not per dimension, so each cell carries its column’s
          stance.
        </p>
        <CodingNote short />
      </div>
      <ScrollRegion labelledBy="compare-caption">
        <table className="compare">
          <caption id="compare-caption">Dimensions (rows) × partners (columns)</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              {relationships.map((r) => (
                <th key={r.id} scope="col">
                  <a href={sitePath(`/relationships/${r.id}`)}>{r.title}</a>
                  <br />
                  <StanceBadge value={r.stance.value} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {kinds.map((k) => (
              <tr key={k.value}>
                <th scope="row">{k.label}</th>
                {relationships.map((r) => {
                  const d = r.dimensions.find((x) => x.kind === k.value);
                  return d ? (
                    <td key={r.id}>
                      <a href={sitePath(`/relationships/${r.id}#dimension-${k.value}`)}>{d.title}</a>
                      <br />
                      <span className="muted">
                        {d.points.length} {d.points.length === 1 ? 'point' : 'points'}
                      </span>
                      <br />
                      <StanceBadge value={r.stance.value} />
                    </td>
                  ) : (
                    <td key={r.id} className="empty">
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">not discussed</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <FiguresCompare />
    </>
  );
}

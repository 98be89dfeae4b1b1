import type { Relationship } from '@policy/pakistan-2024';
import { sitePath } from '@/lib/site';
import { partnerNames } from './PartnerList';
import { ScrollRegion } from './ScrollRegion';
import { StanceBadge, trajectoryLabel } from './Stance';

/** The partners as a table: the map's content for readers who cannot see the map. */
export function PartnerTable({ relationships }: { relationships: readonly Relationship[] }) {
  return (
    <ScrollRegion labelledBy="partner-table-caption">
      <table>
        <caption id="partner-table-caption">
          Pakistan’s partners, with the stance and trajectory we coded from the essay
        </caption>
        <thead>
          <tr>
            <th scope="col">Partner and how the essay characterises it</th>
            <th scope="col">Stance (our coding)</th>
            <th scope="col">Trajectory (our coding)</th>
          </tr>
        </thead>
        <tbody>
          {relationships.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <a href={sitePath(`/relationships/${r.id}`)}>{partnerNames(r)}</a>
                <br />
                <span className="table-note">{r.label}</span>
              </th>
              <td>
                <StanceBadge value={r.stance.value} />
              </td>
              <td>{trajectoryLabel(r.trajectory.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

import { getActor, type Relationship } from '@policy/pakistan-2024';
import { sitePath } from '@/lib/site';
import { stanceStyle } from '@/lib/stance-style';
import { StanceBadge, trajectoryLabel } from './Stance';

/** The names a relationship's partners go by: "China", "Gulf states". */
export function partnerNames(r: Relationship): string {
  return r.partners.map((p) => getActor(p)?.shortName ?? getActor(p)?.name ?? p).join(', ');
}

/**
 * The partners in stance order, from close cooperation to adversarial: each a link to its
 * relationship with the stance's swatch and name, and (where there is room) the trajectory and how
 * the essay characterises it. The map's facts as text, short enough for a phone's first screen.
 */
export function PartnerList({ relationships }: { relationships: readonly Relationship[] }) {
  const ordered = [...relationships].sort(
    (a, b) =>
      stanceStyle(b.stance.value).score - stanceStyle(a.stance.value).score ||
      partnerNames(a).localeCompare(partnerNames(b)),
  );
  return (
    <ul className="partner-list" data-testid="partner-list">
      {ordered.map((r) => (
        <li key={r.id}>
          <a href={sitePath(`/relationships/${r.id}`)}>{partnerNames(r)}</a>
          <StanceBadge value={r.stance.value} />
          <span className="partner-note">
            {trajectoryLabel(r.trajectory.value)} · {r.label}
          </span>
        </li>
      ))}
    </ul>
  );
}

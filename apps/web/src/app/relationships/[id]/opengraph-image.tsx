import { getRelationship, labelOf, relationships, trajectories } from '@policy/pakistan-2024';
import { ImageResponse } from 'next/og';
import { OgCard, ogSize } from '@/components/OgCard';
import { ogStanceColours } from '@/lib/og-colours';
import { stanceStyle } from '@/lib/stance-style';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const alt = 'The relationship, how the essay characterises it, and the stance we coded';
export const size = ogSize;
export const contentType = 'image/png';

export function generateStaticParams() {
  return relationships.map((r) => ({ id: r.id }));
}

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const r = getRelationship((await params).id);
  if (!r) return new Response('not found', { status: 404 });
  const stance = stanceStyle(r.stance.value);
  const trajectory = labelOf(trajectories, r.trajectory.value);
  return new ImageResponse(
    <OgCard kicker="Pakistan’s foreign policy in 2024 · relationship" title={r.title}>
      <div style={{ display: 'flex', marginTop: 20, fontSize: 40, color: '#eceae4' }}>{r.label}</div>
      <div style={{ display: 'flex', alignItems: 'center', marginTop: 36, fontSize: 36 }}>
        <div
          style={{
            width: 44,
            height: 44,
            marginRight: 18,
            borderRadius: 6,
            border: '3px solid #eceae4',
            background: ogStanceColours[r.stance.value],
          }}
        />
        <div style={{ display: 'flex' }}>
          {stance.label} · {trajectory} · {r.dimensions.length} dimensions
        </div>
      </div>
    </OgCard>,
    size,
  );
}

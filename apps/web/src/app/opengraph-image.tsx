import { meta, relationships } from '@policy/pakistan-2024';
import { ImageResponse } from 'next/og';
import { OgCard, ogSize } from '@/components/OgCard';

export const dynamic = 'force-static';
export const alt = `${meta.title}: an open dataset`;
export const size = ogSize;
export const contentType = 'image/png';

export default function Image() {
  return new ImageResponse(
    <OgCard kicker={`${meta.name} · version ${meta.version}`} title={meta.title}>
      <div style={{ display: 'flex', marginTop: 24, fontSize: 36, color: '#eceae4' }}>
        {relationships.length} relationships, every statement cited to its paragraph
      </div>
    </OgCard>,
    size,
  );
}

import { relationships } from '@policy/pakistan-2024';
import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { PartnerTable } from '@/components/PartnerTable';
import { CodingNote } from '@/components/Stance';
import { pageMetadata } from '@/lib/metadata';
import { sitePath } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Relationships',
  description: `Pakistan’s relationships with ${relationships.length} partners in 2024: how the essay characterises each, with the stance and trajectory we coded.`,
  path: '/relationships',
});

export default function RelationshipsIndex() {
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Relationships' }]} />
      <h1>Relationships</h1>
      <p className="lede">Pakistan and each of its partners, as the essay describes them in 2024.</p>
      <div className="coding">
        <CodingNote />
      </div>
      <PartnerTable relationships={relationships} />
      <p>
        <a href={sitePath('/compare')}>Compare the partners across dimensions</a>
      </p>
    </>
  );
}

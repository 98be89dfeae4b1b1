import { prospects } from '@policy/pakistan-2024';
import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Citations, Claims } from '@/components/Citations';
import { RecordLinkLine } from '@/components/Links';
import { pageMetadata } from '@/lib/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Prospects',
  description: 'The future prospects the essay names for Pakistan’s foreign policy, and what they bear on.',
  path: '/prospects',
});

export default function Prospects() {
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Prospects' }]} />
      <h1>Prospects</h1>
      <p className="lede">
        What the essay sees ahead, and the relationships, themes and topics each bears on.
      </p>
      {prospects.length ? null : <p>No prospect has been recorded yet.</p>}
      {prospects.map((p) => (
        <section key={p.id} id={p.id} className="dimension" aria-labelledby={`h-${p.id}`}>
          <h2 id={`h-${p.id}`}>{p.title}</h2>
          <p>
            {p.summary}
            <Citations provenance={p.provenance} />
          </p>
          <Claims claims={p.points} />
          <RecordLinkLine
            refs={[
              ...p.relationships.map((id) => ({ collection: 'relationships' as const, id })),
              ...p.themes.map((id) => ({ collection: 'themes' as const, id })),
              ...p.topics.map((id) => ({ collection: 'topics' as const, id })),
            ]}
          />
        </section>
      ))}
    </>
  );
}

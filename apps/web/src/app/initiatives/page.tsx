import { initiatives } from '@policy/pakistan-2024';
import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { pageMetadata } from '@/lib/metadata';
import { sitePath } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Initiatives',
  description: 'Programmes, corridors, projects and processes the essay names, such as CPEC.',
  path: '/initiatives',
});

export default function InitiativesIndex() {
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Initiatives' }]} />
      <h1>Initiatives</h1>
      <p className="lede">Named programmes, projects and processes.</p>
      <ul>
        {initiatives.map((i) => (
          <li key={i.id}>
            <a href={sitePath(`/initiatives/${i.id}`)}>
              {i.shortName ? `${i.name} (${i.shortName})` : i.name}
            </a>{' '}
            <span className="muted">{i.description}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

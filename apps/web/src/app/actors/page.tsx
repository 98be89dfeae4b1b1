import { actorKinds, actors } from '@policy/pakistan-2024';
import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { pageMetadata } from '@/lib/metadata';
import { sitePath } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Actors',
  description: 'The states, organisations, regions and other actors the essay names, grouped by kind.',
  path: '/actors',
});

export default function ActorsIndex() {
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Actors' }]} />
      <h1>Actors</h1>
      <p className="lede">States, organisations, regions and movements the essay names.</p>
      {actorKinds.map((kind) => {
        const list = actors.filter((a) => a.kind === kind.value);
        if (!list.length) return null;
        return (
          <section key={kind.value} aria-labelledby={`kind-${kind.value}`}>
            <h2 id={`kind-${kind.value}`}>{kind.label}</h2>
            <ul>
              {list.map((a) => (
                <li key={a.id}>
                  <a href={sitePath(`/actors/${a.id}`)}>{a.name}</a>{' '}
                  <span className="muted">{a.description}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

import { themes } from '@policy/pakistan-2024';
import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { clip, pageMetadata } from '@/lib/metadata';
import { sitePath } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Themes',
  description:
    'The lines of policy that cut across Pakistan’s relationships in 2024, as the essay describes them.',
  path: '/themes',
});

export default function ThemesIndex() {
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Themes' }]} />
      <h1>Themes</h1>
      <p className="lede">Lines of policy that run across several relationships.</p>
      {themes.length ? (
        <ul className="cards">
          {themes.map((t) => (
            <li key={t.id} className="card">
              <h2 style={{ margin: 0, fontSize: '1.1rem' }}>
                <a href={sitePath(`/themes/${t.id}`)}>{t.title}</a>
              </h2>
              <p>{clip(t.summary, 200)}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>No theme has been recorded yet.</p>
      )}
    </>
  );
}

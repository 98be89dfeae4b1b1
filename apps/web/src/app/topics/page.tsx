import { topics } from '@policy/pakistan-2024';
import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { pageMetadata } from '@/lib/metadata';
import { sitePath } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'Topics',
  description:
    'Issues that run through several of Pakistan’s relationships, such as Kashmir or energy security.',
  path: '/topics',
});

export default function TopicsIndex() {
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Topics' }]} />
      <h1>Topics</h1>
      <p className="lede">Issues that run through several relationships.</p>
      <ul>
        {topics.map((t) => (
          <li key={t.id}>
            <a href={sitePath(`/topics/${t.id}`)}>{t.name}</a> <span className="muted">{t.description}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

import type { Metadata } from 'next';
import { sitePath } from '@/lib/site';

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'There is no page at this address.',
};

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have been mistyped, or the record may have a new id.</p>
      <ul>
        <li>
          <a href={sitePath('/')}>Go to the overview</a>
        </li>
        <li>
          <a href={sitePath('/search')}>Search the dataset</a>
        </li>
        <li>
          <a href={sitePath('/relationships')}>Browse the relationships</a>
        </li>
      </ul>
    </>
  );
}

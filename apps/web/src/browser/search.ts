/**
 * The search page's only script: instant results from the package's own search (the same as
 * `policy search`), with the query kept in the address so that a search can be shared. Plain DOM,
 * no framework: the page is server-rendered and this enhances its form.
 */
import { byId } from '@policy/pakistan-2024';
import { hrefFor } from '../lib/routes';
import { highlightParts, resultKind, searchUrl, statusText } from '../lib/search-view';
import { siteResults } from '../lib/site-search';

// The site may be served under a path (SITE_URL's); this script sits in its /assets/ folder.
const base = new URL('..', import.meta.url).pathname.replace(/\/$/, '');

const form = document.getElementById('search-form') as HTMLFormElement | null;
const input = document.getElementById('q') as HTMLInputElement | null;
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');

function render(query: string): void {
  if (!status || !list) return;
  const results = siteResults(query);
  status.textContent = statusText(query, results.length);
  list.replaceChildren(
    ...results.map((r) => {
      const item = document.createElement('li');
      const kind = document.createElement('span');
      kind.className = 'collection';
      kind.textContent = resultKind(
        r.collection,
        r.collection === 'sources' ? byId('sources', r.id)?.kind : undefined,
      );
      const link = document.createElement('a');
      link.href = `${base}${hrefFor(r.collection, r.id)}`;
      link.textContent = r.title;
      item.append(kind, link);
      if (r.snippet) {
        const p = document.createElement('p');
        for (const part of highlightParts(r.snippet, r.terms)) {
          if (!part.mark) p.append(part.text);
          else {
            const mark = document.createElement('mark');
            mark.textContent = part.text;
            p.append(mark);
          }
        }
        item.append(p);
      }
      return item;
    }),
  );
}

function fromAddress(): void {
  const query = new URLSearchParams(window.location.search).get('q') ?? '';
  if (input) input.value = query;
  render(query);
}

if (form && input) {
  input.addEventListener('input', () => {
    render(input.value);
    window.history.replaceState(null, '', searchUrl(window.location.pathname, input.value));
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    render(input.value);
    window.history.replaceState(null, '', searchUrl(window.location.pathname, input.value));
  });
  window.addEventListener('popstate', fromAddress);
  fromAddress();
  form.dataset.ready = 'true';
}

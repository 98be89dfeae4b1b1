/**
 * The search page's only script: instant results from the package's own search (the same as
 * `policy search`), with the query and its narrowing kept in the address so that a search can be
 * shared (`/search?q=visit&partner=cn&sort=date`). Plain DOM, no framework: the page is
 * server-rendered and this enhances its form.
 */
import { byId, getActor, searchSuggestions } from '@policy/pakistan-2024';
import { hrefFor } from '../lib/routes';
import {
  emptyHelp,
  highlightParts,
  NARROWING,
  narrows,
  optionsOf,
  readSearchParams,
  resultKind,
  type SearchParams,
  searchUrl,
  statusText,
} from '../lib/search-view';
import { siteResults } from '../lib/site-search';

// The site may be served under a path (SITE_URL's); this script sits in its /assets/ folder.
const base = new URL('..', import.meta.url).pathname.replace(/\/$/, '');

const form = document.getElementById('search-form') as HTMLFormElement | null;
const input = document.getElementById('q') as HTMLInputElement | null;
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const controls = Object.fromEntries(
  NARROWING.map((key) => [
    key,
    document.getElementById(`search-${key}`) as HTMLInputElement | HTMLSelectElement | null,
  ]),
) as Record<(typeof NARROWING)[number], HTMLInputElement | HTMLSelectElement | null>;

/** What the form asks for now. */
function fromForm(): SearchParams {
  const p = new URLSearchParams();
  p.set('q', input?.value ?? '');
  for (const key of NARROWING) if (controls[key]?.value) p.set(key, controls[key]?.value ?? '');
  return readSearchParams(p);
}

/**
 * "Did you mean" as links to the suggested searches, and a way on to the lists: the first item of
 * the result list, inside the room kept for the results, so that nothing below it moves.
 */
function helpItem(params: SearchParams, suggestions: readonly string[]): HTMLLIElement {
  const help = document.createElement('li');
  help.className = 'search-help muted';
  const { wayOn } = emptyHelp(suggestions);
  const parts: (string | Node)[] = [];
  if (suggestions.length) {
    parts.push('Did you mean ');
    suggestions.forEach((s, i) => {
      const a = document.createElement('a');
      a.href = searchUrl(window.location.pathname, { ...params, q: s });
      a.textContent = s;
      parts.push(...(i ? [', '] : []), a);
    });
    parts.push('? ');
  }
  const timeline = document.createElement('a');
  timeline.href = `${base}/timeline`;
  timeline.textContent = 'the timeline';
  parts.push(wayOn.replace(/the timeline.*$/, ''), timeline, wayOn.replace(/^.*the timeline/, ''));
  help.replaceChildren(...parts);
  return help;
}

function render(params: SearchParams): void {
  if (!status || !list) return;
  let results: ReturnType<typeof siteResults>;
  try {
    results = siteResults(params.q, optionsOf(params));
  } catch (error) {
    // A partner or date in the address that names nothing: say which, in one line.
    status.textContent = error instanceof Error ? `Cannot search: ${error.message}` : 'Cannot search.';
    list.replaceChildren();
    return;
  }
  const partial = results[0]?.partial === true;
  status.textContent = statusText(params.q, results.length, undefined, partial);
  const asked = params.q.trim() !== '' || narrows(params);
  const stuck = asked && (!results.length || partial);
  const help = stuck
    ? [helpItem(params, params.q.trim() ? searchSuggestions(params.q, optionsOf(params)) : [])]
    : [];
  list.replaceChildren(
    ...help,
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
      if (r.date || r.partial) {
        const note = document.createElement('span');
        note.className = 'result-note';
        note.textContent = [r.date, r.partial ? 'partial match' : ''].filter(Boolean).join(' · ');
        item.append(' ', note);
      }
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
  const params = readSearchParams(window.location.search);
  if (input) input.value = params.q;
  for (const key of NARROWING) {
    const control = controls[key];
    // The partner list holds actor ids; an address may name one by code or alias ("cn", "KSA").
    const value = key === 'partner' && params.partner ? (getActor(params.partner)?.id ?? '') : params[key];
    if (control) control.value = value ?? '';
  }
  render(params);
}

function update(): void {
  const params = fromForm();
  render(params);
  window.history.replaceState(null, '', searchUrl(window.location.pathname, params));
}

if (form && input) {
  input.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  window.addEventListener('popstate', fromAddress);
  fromAddress();
  form.dataset.ready = 'true';
}

/**
 * How to cite the dataset, the essays it is drawn from and the reports its chronology cites, in
 * the formats readers ask for.
 * Pure functions, no I/O and no schema library: the CLI (`policy cite`) and the site's
 * "how to cite" box print the very same strings from here.
 */

import { formatDate } from './dates.js';
import type { CitationFormat } from './registry/citation-formats.js';
import type { EssaySource, Meta, ReportSource } from './schema/index.js';

/** The authors of the dataset, as every citation of it names them. */
export const DATASET_AUTHOR = 'the @policy/pakistan-2024 contributors';

/** A record of the dataset to cite inside it, e.g. `{collection: 'relationships', id: 'pakistan-china', title: 'Pakistan–China'}`. */
export interface CitedRecord {
  readonly collection: string;
  readonly id: string;
  readonly title: string;
}

/** The dataset fields a citation needs (a `Meta` has them all). */
export type CitableMeta = Pick<Meta, 'name' | 'title' | 'version' | 'year' | 'homepage' | 'repository'>;

/** The essay fields a citation needs (an `EssaySource` has them all). */
export type CitableSource = Pick<EssaySource, 'id' | 'title' | 'author' | 'publisher' | 'url' | 'year'> &
  Partial<Pick<EssaySource, 'language'>>;

/** The report fields a citation needs (a `ReportSource` has them all). */
export type CitableReport = Pick<ReportSource, 'id' | 'publisher' | 'url' | 'accessed'> &
  Partial<Pick<ReportSource, 'title' | 'author' | 'published' | 'language' | 'via'>>;

/** A CSL-JSON item, as reference managers (Zotero, Mendeley, pandoc) import it. */
export interface CslItem {
  readonly id: string;
  readonly type: 'dataset' | 'webpage' | 'article-newspaper';
  readonly title: string;
  readonly author: readonly (
    | { readonly literal: string }
    | { readonly family: string; readonly given: string }
  )[];
  readonly issued?: { readonly 'date-parts': readonly (readonly number[])[] };
  readonly accessed?: { readonly 'date-parts': readonly (readonly number[])[] };
  readonly 'container-title'?: string;
  readonly publisher?: string;
  readonly version?: string;
  readonly genre?: string;
  readonly URL?: string;
  readonly language?: string;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const datasetAuthor = capitalise(DATASET_AUTHOR);
const datasetUrl = (meta: CitableMeta): string | undefined => meta.homepage ?? meta.repository;
const endWith = (s: string, mark: string): string => (/[.?!]$/.test(s) ? s : `${s}${mark}`);
const bareUrl = (url: string): string => url.replace(/^https?:\/\//, '');

/** Splits a personal name into family and given names: "Shaan Abbas" or "Abbas, Shaan". */
export function splitName(name: string): { family: string; given: string } {
  const comma = name.indexOf(',');
  if (comma >= 0) return { family: name.slice(0, comma).trim(), given: name.slice(comma + 1).trim() };
  const words = name.trim().split(/\s+/);
  return { family: words.pop() ?? '', given: words.join(' ') };
}

/** APA initials of given names: "Shaan" → "S.", "Jean-Paul Ali" → "J.-P. A.". */
function initials(given: string): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((word) =>
      word
        .split('-')
        .map((part) => `${part.charAt(0).toUpperCase()}.`)
        .join('-'),
    )
    .join(' ');
}

/** The dataset (or one of its records) as a CSL-JSON item. */
export function cslDataset(meta: CitableMeta, record?: CitedRecord): CslItem {
  const url = datasetUrl(meta);
  return {
    id: record ? `${meta.name}/${record.collection}/${record.id}` : meta.name,
    type: 'dataset',
    title: record ? record.title : meta.title,
    ...(record ? { 'container-title': meta.title } : {}),
    author: [{ literal: datasetAuthor }],
    issued: { 'date-parts': [[meta.year]] },
    version: meta.version,
    genre: 'Data set',
    ...(url ? { URL: url } : {}),
  };
}

/** A source text as a CSL-JSON item. */
export function cslSource(source: CitableSource): CslItem {
  return {
    id: source.id,
    type: 'webpage',
    title: source.title,
    author: [splitName(source.author)],
    'container-title': source.publisher,
    publisher: source.publisher,
    issued: { 'date-parts': [[source.year]] },
    URL: source.url,
    ...(source.language ? { language: source.language } : {}),
  };
}

/** Escapes the characters BibTeX treats specially inside a braced value. */
function bibEscape(value: string): string {
  return value.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/[&%$#_]/g, (c) => `\\${c}`);
}

function bibtex(
  type: string,
  key: string,
  fields: readonly (readonly [string, string | undefined])[],
): string {
  const present = fields.filter((f): f is readonly [string, string] => f[1] !== undefined);
  const width = Math.max(...present.map(([name]) => name.length));
  const lines = present.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`);
  return `@${type}{${key},\n${lines.join(',\n')}\n}`;
}

/** A BibTeX key from an id-like string: letters, digits and dashes only. */
const bibKey = (s: string): string => s.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');

/**
 * How to cite the dataset, or one record of it, in `format`. Text formats return one line;
 * `bibtex` returns one entry; `csl-json` returns a JSON array holding one item.
 */
export function citeDataset(meta: CitableMeta, format: CitationFormat, record?: CitedRecord): string {
  const url = datasetUrl(meta);
  const version = `Version ${meta.version}`;
  switch (format) {
    case 'apa': {
      const what = record
        ? `${record.title} [Record ${record.collection}/${record.id}]. In ${meta.title}`
        : meta.title;
      return [`${datasetAuthor}. (${meta.year}). ${what} (${version}) [Data set].`, url]
        .filter(Boolean)
        .join(' ');
    }
    case 'mla': {
      const head = record ? `"${endWith(record.title, '.')}" ${meta.title},` : `${endWith(meta.title, '.')}`;
      const tail = [record ? `version ${meta.version}` : version, String(meta.year), url && bareUrl(url)]
        .filter(Boolean)
        .join(', ');
      return `${datasetAuthor}. ${head} ${tail}.`;
    }
    case 'chicago': {
      const head = record
        ? `"${endWith(record.title, '.')}" In ${meta.title}.`
        : `${endWith(meta.title, '.')}`;
      return [`${datasetAuthor}.`, head, `${version}.`, `Data set, ${meta.year}.`, url && `${url}.`]
        .filter(Boolean)
        .join(' ');
    }
    case 'bibtex':
      return bibtex('misc', bibKey(record ? `${meta.name}-${record.id}` : meta.name), [
        ['author', `{${bibEscape(datasetAuthor)}}`],
        ['title', `{${bibEscape(record ? record.title : meta.title)}}`],
        [
          'howpublished',
          record
            ? `Record ${bibEscape(`${record.collection}/${record.id}`)} in: ${bibEscape(meta.title)}`
            : undefined,
        ],
        ['year', String(meta.year)],
        ['version', meta.version],
        ['note', `Data set, version ${bibEscape(meta.version)}`],
        ['url', url],
      ]);
    case 'csl-json':
      return JSON.stringify([cslDataset(meta, record)], null, 2);
  }
}

/** How to cite a source text (the original essay) in `format`; same shapes as `citeDataset`. */
export function citeSource(source: CitableSource, format: CitationFormat): string {
  const { family, given } = splitName(source.author);
  switch (format) {
    case 'apa':
      return `${family}, ${initials(given)} (${source.year}). ${endWith(source.title, '.')} ${endWith(source.publisher, '.')} ${source.url}`;
    case 'mla':
      return `${family}, ${endWith(given, '.')} "${endWith(source.title, '.')}" ${source.publisher}, ${source.year}, ${bareUrl(source.url)}.`;
    case 'chicago':
      return `${family}, ${endWith(given, '.')} "${endWith(source.title, '.')}" ${source.publisher}, ${source.year}. ${source.url}.`;
    case 'bibtex':
      return bibtex('misc', bibKey(source.id), [
        ['author', `${bibEscape(family)}, ${bibEscape(given)}`],
        ['title', `{${bibEscape(source.title)}}`],
        ['howpublished', bibEscape(source.publisher)],
        ['year', String(source.year)],
        ['url', source.url],
      ]);
    case 'csl-json':
      return JSON.stringify([cslSource(source)], null, 2);
  }
}

const dateParts = (date: string) => ({ 'date-parts': [date.split('-').map(Number)] });
const MONTHS_APA = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** A day as APA writes it in a reference ("2024, September 15"); then as Chicago ("September 15, 2024") and MLA ("15 Sept. 2024"). */
const apaDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${y}, ${MONTHS_APA[m - 1]} ${d}`;
};
const usDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${MONTHS_APA[m - 1]} ${d}, ${y}`;
};
const mlaDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const name = MONTHS_APA[m - 1] ?? '';
  return `${d} ${name.length > 4 ? `${name.slice(0, name === 'September' ? 4 : 3)}.` : name} ${y}`;
};

/** A report's title for citing it: its headline, or a description in brackets when the copy shows none. */
export function reportTitle(report: Pick<CitableReport, 'title' | 'publisher'>): string {
  return report.title ?? `[Report of ${report.publisher}]`;
}

/** A report as a CSL-JSON item (a newspaper article, or a web page for an official text). */
export function cslReport(report: CitableReport): CslItem {
  return {
    id: report.id,
    type: 'article-newspaper',
    title: reportTitle(report),
    author: report.author ? [splitName(report.author)] : [],
    'container-title': report.publisher,
    publisher: report.publisher,
    ...(report.published ? { issued: dateParts(report.published) } : {}),
    accessed: dateParts(report.accessed),
    URL: report.url,
    ...(report.language ? { language: report.language } : {}),
  };
}

/**
 * How to cite a report the chronology cites, in `format`; same shapes as `citeDataset`. A report
 * without a headline in its stored copy is described in brackets; one without a date is "n.d.".
 */
export function citeReport(report: CitableReport, format: CitationFormat): string {
  const title = reportTitle(report);
  const author = report.author ? splitName(report.author) : undefined;
  const accessed = report.accessed;
  switch (format) {
    case 'apa': {
      const when = `(${report.published ? apaDate(report.published) : 'n.d.'}).`;
      const head = author
        ? `${author.family}, ${initials(author.given)} ${when} ${endWith(title, '.')}`
        : `${endWith(title, '.')} ${when}`;
      return `${head} ${endWith(report.publisher, '.')} Retrieved ${usDate(accessed)}, from ${report.url}`;
    }
    case 'mla': {
      const who = author ? `${author.family}, ${endWith(author.given, '.')} ` : '';
      const what = report.title ? `"${endWith(report.title, '.')}"` : endWith(title, '.');
      const when = report.published ? `${mlaDate(report.published)}, ` : '';
      return `${who}${what} ${report.publisher}, ${when}${bareUrl(report.url)}. Accessed ${mlaDate(accessed)}.`;
    }
    case 'chicago': {
      const who = author ? `${author.family}, ${endWith(author.given, '.')} ` : '';
      const what = report.title ? `"${endWith(report.title, '.')}"` : endWith(title, '.');
      const when = report.published ? usDate(report.published) : 'n.d.';
      return `${who}${what} ${report.publisher}, ${endWith(when, '.')} Accessed ${usDate(accessed)}. ${report.url}.`;
    }
    case 'bibtex':
      return bibtex('misc', bibKey(report.id), [
        ['author', author ? `${bibEscape(author.family)}, ${bibEscape(author.given)}` : undefined],
        ['title', `{${bibEscape(title)}}`],
        ['howpublished', bibEscape(report.publisher)],
        ['year', report.published?.slice(0, 4)],
        [
          'note',
          `${report.published ? `Published ${formatDate(report.published)}; a` : 'A'}ccessed ${formatDate(accessed)}`,
        ],
        ['url', report.url],
      ]);
    case 'csl-json':
      return JSON.stringify([cslReport(report)], null, 2);
  }
}

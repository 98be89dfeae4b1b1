/**
 * How to cite the dataset, the essays it is drawn from and the reports its chronology cites, in
 * the formats readers ask for.
 * Pure functions, no I/O and no schema library: the CLI (`policy cite`) and the site's
 * "how to cite" box print the very same strings from here.
 */

import { formatDate, MONTHS } from '../records/dates.js';
import type { CitationFormat } from '../registry/citation-formats.js';
import type { EssaySource, Meta, ReportSource } from '../schema/index.js';

/** The authors of the dataset, as every citation of it names them (a group, as "OpenStreetMap contributors"). */
export const DATASET_AUTHOR = '@policy/pakistan-2024 contributors';

/** Who publishes each version of the dataset when it is cited by its npm page. */
export const DATASET_PUBLISHER = 'npm';

/** A record of the dataset to cite inside it, e.g. `{collection: 'relationships', id: 'pakistan-china', title: 'Pakistan–China'}`. */
export interface CitedRecord {
  readonly collection: string;
  readonly id: string;
  readonly title: string;
}

/**
 * The dataset fields a citation needs (a `Meta` has them all). `released` dates the version;
 * `homepage`, when set (the site sets it to its data page), replaces the npm page as the URL.
 */
export type CitableMeta = Pick<Meta, 'name' | 'title' | 'version'> &
  Partial<Pick<Meta, 'released' | 'homepage' | 'description'>>;

/** The essay fields a citation needs (an `EssaySource` has them all). */
export type CitableSource = Pick<EssaySource, 'id' | 'title' | 'author' | 'publisher' | 'url' | 'year'> &
  Partial<Pick<EssaySource, 'language' | 'affiliation'>>;

/** The report fields a citation needs (a `ReportSource` has them all). */
export type CitableReport = Pick<ReportSource, 'id' | 'publisher' | 'url' | 'accessed'> &
  Partial<Pick<ReportSource, 'title' | 'author' | 'published' | 'language' | 'via'>>;

/** A CSL-JSON item, as reference managers (Zotero, Mendeley, pandoc) import it. */
export interface CslItem {
  readonly id: string;
  readonly type: 'dataset' | 'article' | 'article-newspaper';
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

/** The npm page of the package, or of one version of it. */
export function npmPageUrl(name: string, version?: string): string {
  return `https://www.npmjs.com/package/${name}${version ? `/v/${version}` : ''}`;
}

/**
 * Where a version of the dataset can be had, and who publishes it there: the site's data page when
 * the metadata names one (no separate publisher: the site is the contributors' own), otherwise the
 * version's page on npm.
 */
export function datasetLocation(meta: CitableMeta): { url: string; publisher?: string } {
  return meta.homepage
    ? { url: meta.homepage }
    : { url: npmPageUrl(meta.name, meta.version), publisher: DATASET_PUBLISHER };
}

/** The key a citation of the dataset (or of one record) goes by, the same in CSL-JSON and BibTeX: `pakistan-2024`, `pakistan-2024-relationships-pakistan-china`. */
export function citationKey(meta: Pick<Meta, 'name'>, record?: Omit<CitedRecord, 'title'>): string {
  const base = meta.name.replace(/^@[^/]+\//, '');
  return bibKey(record ? `${base}-${record.collection}-${record.id}` : base);
}

/** A BibTeX (and CSL) key from an id-like string: letters, digits and dashes only. */
const bibKey = (s: string): string => s.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');

// MLA abbreviates months of more than four letters, June and July stay whole.
const mlaMonth = (m: number): string => {
  const name = MONTHS[m - 1] ?? '';
  return name.length <= 4 ? name : name === 'September' ? 'Sept.' : `${name.slice(0, 3)}.`;
};

/** The release date as numbers, or undefined for a version not yet released. */
function releaseDate(meta: CitableMeta): readonly [number, number, number] | undefined {
  const m = meta.released && /^(\d{4})-(\d{2})-(\d{2})$/.exec(meta.released);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

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
  const { url, publisher } = datasetLocation(meta);
  const date = releaseDate(meta);
  return {
    id: citationKey(meta, record),
    type: 'dataset',
    title: record ? record.title : meta.title,
    ...(record ? { 'container-title': meta.title } : {}),
    author: [{ literal: DATASET_AUTHOR }],
    ...(date ? { issued: { 'date-parts': [date] } } : {}),
    version: meta.version,
    genre: 'Data set',
    ...(publisher ? { publisher } : {}),
    URL: url,
  };
}

/**
 * A source text as a CSL-JSON item: an `article` (a self-contained work published outside a
 * journal), whose publisher is named once. As a `webpage` the common styles print its year twice.
 */
export function cslSource(source: CitableSource): CslItem {
  return {
    id: bibKey(source.id),
    type: 'article',
    title: source.title,
    author: [splitName(source.author)],
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

/** A field value: braced text, or a bare BibTeX macro such as a month (`nov`). */
type BibValue = string | { readonly macro: string } | undefined;

function bibtex(type: string, key: string, fields: readonly (readonly [string, BibValue])[]): string {
  const present = fields.filter(
    (f): f is readonly [string, Exclude<BibValue, undefined>] => f[1] !== undefined,
  );
  const width = Math.max(...present.map(([name]) => name.length));
  const lines = present.map(
    ([name, value]) => `  ${name.padEnd(width)} = ${typeof value === 'string' ? `{${value}}` : value.macro}`,
  );
  return `@${type}{${key},\n${lines.join(',\n')}\n}`;
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * How to cite the dataset, or one record of it, in `format`. Text formats return one line;
 * `bibtex` returns one entry; `csl-json` returns a JSON array holding one item. The date is the
 * version's release date (`meta.released`), never the year the data is about.
 */
export function citeDataset(meta: CitableMeta, format: CitationFormat, record?: CitedRecord): string {
  const { url, publisher } = datasetLocation(meta);
  const date = releaseDate(meta);
  const [year, month, day] = date ?? [];
  const version = `Version ${meta.version}`;
  const by = publisher ? `${publisher}. ` : '';
  switch (format) {
    case 'apa': {
      // As pandoc's citeproc prints a CSL dataset item under the APA style.
      const what = record
        ? `${record.title} [Data set]. In ${meta.title} (${version})`
        : `${meta.title} (${version}) [Data set]`;
      return `${DATASET_AUTHOR}. (${year ?? 'n.d.'}). ${what}. ${by}${url}`;
    }
    case 'mla': {
      const head = record ? `"${endWith(record.title, '.')}" ${meta.title},` : endWith(meta.title, '.');
      const when = date ? `${day} ${mlaMonth(month as number)} ${year}` : undefined;
      const tail = [record ? `version ${meta.version}` : version, publisher, when, bareUrl(url)]
        .filter(Boolean)
        .join(', ');
      return `${DATASET_AUTHOR}. ${head} ${tail}.`;
    }
    case 'chicago': {
      const head = record ? `"${endWith(record.title, '.')}" In ${meta.title}.` : endWith(meta.title, '.');
      const when = date ? `${MONTHS[(month as number) - 1]} ${day}, ${year}` : 'n.d.';
      return `${DATASET_AUTHOR}. ${head} ${version}. Data set. ${publisher ? `${publisher}, ` : ''}${endWith(when, '.')} ${url}.`;
    }
    case 'bibtex':
      // Plain BibTeX has no dataset type: a @misc whose fields both BibTeX (howpublished, note)
      // and pandoc (type → genre, version, howpublished → publisher) keep.
      return bibtex('misc', citationKey(meta, record), [
        ['author', `{${bibEscape(DATASET_AUTHOR)}}`],
        ['title', `{${bibEscape(record ? record.title : meta.title)}}`],
        ['howpublished', publisher && bibEscape(publisher)],
        ['year', year === undefined ? undefined : String(year)],
        ['month', month === undefined ? undefined : { macro: BIBTEX_MONTHS[month - 1] as string }],
        ['version', meta.version],
        ['type', 'Data set'],
        [
          'note',
          record
            ? `Record ${bibEscape(`${record.collection}/${record.id}`)} of the data set ${bibEscape(meta.title)}, version ${bibEscape(meta.version)}`
            : `Data set, version ${bibEscape(meta.version)}`,
        ],
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

/** A day as APA writes it in a reference ("2024, September 15"); then as Chicago ("September 15, 2024") and MLA ("15 Sept. 2024"). */
const apaDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${y}, ${MONTHS[m - 1]} ${d}`;
};
const usDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${MONTHS[m - 1]} ${d}, ${y}`;
};
const mlaDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const name = MONTHS[m - 1] ?? '';
  return `${d} ${name.length > 4 ? `${name.slice(0, name === 'September' ? 4 : 3)}.` : name} ${y}`;
};

/** A report's title for citing it: its headline, or a description in brackets when the copy shows none. */
export function reportTitle(report: Pick<CitableReport, 'title' | 'publisher'>): string {
  return report.title ?? `[Report of ${report.publisher}]`;
}

/** A report as a CSL-JSON item (a newspaper article, or a web page for an official text). */
export function cslReport(report: CitableReport): CslItem {
  return {
    id: bibKey(report.id),
    type: 'article-newspaper',
    title: reportTitle(report),
    author: report.author ? [splitName(report.author)] : [],
    // The publisher once, as the paper or site the report appeared in: named twice (as container
    // and publisher) the common styles print it twice.
    'container-title': report.publisher,
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

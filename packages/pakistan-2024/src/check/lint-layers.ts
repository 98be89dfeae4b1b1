/**
 * The rules that keep the two layers of the dataset apart and the chronology sound: each citation
 * has the shape of its source's kind, the chronology's dates fall in the dataset's year, reports
 * are dated consistently and every address is https. Called by `lintDataset`.
 */
import { isReportCitation } from '../provenance/citation-kind.js';
import { allCitations } from '../provenance/citation-walk.js';
import { dimensionKinds } from '../registry/vocabulary.js';
import type { DataIssue, DataPath } from '../rules/issue.js';
import type { Dataset } from '../schema/index.js';

/** The issues of the layer rules in `data` (empty when all hold). */
export function lintLayers(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const kindOf = new Map(data.sources.map((s) => [s.id, s.kind]));

  for (const { path, citation } of allCitations(data)) {
    const kind = kindOf.get(citation.source);
    if (kind === undefined) continue; // the reference rule names an unknown source
    if (isReportCitation(citation) && kind !== 'report')
      issues.push({
        rule: 'citation-kind',
        path: [...path, 'source'],
        message:
          path[0] === 'chronology'
            ? `"${citation.source}" is the ${kind}; the chronology cites published reports only`
            : `"${citation.source}" is the ${kind}; cite it by section and paragraph, not by a quote alone`,
      });
    if (!isReportCitation(citation) && kind !== 'essay')
      issues.push({
        rule: 'citation-kind',
        path: [...path, 'source'],
        message: `"${citation.source}" is a report; a report is cited by { source, quote } only`,
      });
  }

  data.meta.sources.forEach((id, i) => {
    const kind = kindOf.get(id);
    if (kind !== undefined && kind !== 'essay')
      issues.push({
        rule: 'meta-sources',
        path: ['meta', 'sources', i],
        message: `"${id}" is a ${kind}; meta.sources lists the essays the dataset reads`,
      });
  });

  const year = data.meta?.year === undefined ? undefined : String(data.meta.year);
  const order = dimensionKinds.map((d) => d.value as string);
  data.chronology.forEach((event, i) => {
    for (const key of ['date', 'end'] as const) {
      const value = event[key];
      if (year !== undefined && value !== undefined && !value.startsWith(`${year}-`))
        issues.push({
          rule: 'chronology-year',
          path: ['chronology', i, key],
          message: `${value} is not in ${year}, the dataset's year; the chronology holds that year's events only`,
        });
    }
    for (let j = 1; j < event.dimensions.length; j++) {
      const [a, b] = [event.dimensions[j - 1] as string, event.dimensions[j] as string];
      if (order.indexOf(a) >= order.indexOf(b)) {
        issues.push({
          rule: a === b ? 'id-list-repeat' : 'id-list-order',
          path: ['chronology', i, 'dimensions', j],
          message:
            a === b
              ? `"${b}" is listed twice`
              : `dimension kinds are kept in vocabulary order: "${b}" belongs before "${a}"`,
        });
        break;
      }
    }
  });

  issues.push(...httpsIssues(data));
  data.sources.forEach((source, i) => {
    if (source.kind === 'report' && source.published !== undefined && source.published > source.accessed)
      issues.push({
        rule: 'report-dates',
        path: ['sources', i, 'published'],
        message: `published ${source.published} is after accessed ${source.accessed}; a copy cannot be read before it appears`,
      });
  });
  return issues;
}

/** The fields that hold an address, wherever they stand (a source's url, a reference's, meta's links). */
export const URL_FIELDS: readonly string[] = ['url', 'homepage', 'repository'];

/** Every address of the dataset that is not an absolute https URL (`javascript:`, `http:`, relative). */
function httpsIssues(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const walk = (value: unknown, path: DataPath): void => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value !== null && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) {
        if (typeof v === 'string' && URL_FIELDS.includes(key)) {
          if (!isHttpsUrl(v))
            issues.push({
              rule: 'https-url',
              path: [...path, key],
              message: `${v.slice(0, 200)} is not an absolute https address`,
            });
        } else walk(v, [...path, key]);
      }
  };
  walk(data, []);
  return issues;
}

function isHttpsUrl(text: string): boolean {
  if (!text.startsWith('https://')) return false;
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

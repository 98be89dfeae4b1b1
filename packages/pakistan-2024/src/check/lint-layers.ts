/**
 * The rules that keep the two layers of the dataset apart and the chronology sound: each citation
 * has the shape of its source's kind, the chronology's dates fall in the dataset's year, reports
 * are dated consistently and every address is https. Called by `lintDataset`.
 */
import { isReportCitation } from '../provenance/citation-kind.js';
import { allCitations } from '../provenance/citation-walk.js';
import { dimensionKinds } from '../registry/vocabulary.js';
import type { DataIssue } from '../rules/issue.js';
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

  const https = (url: string, path: DataIssue['path']) => {
    if (!url.startsWith('https://'))
      issues.push({ rule: 'https-url', path, message: `${url} is not an absolute https address` });
  };
  data.sources.forEach((source, i) => {
    https(source.url, ['sources', i, 'url']);
    if (source.kind === 'report' && source.published !== undefined && source.published > source.accessed)
      issues.push({
        rule: 'report-dates',
        path: ['sources', i, 'published'],
        message: `published ${source.published} is after accessed ${source.accessed}; a copy cannot be read before it appears`,
      });
  });
  data.actors.forEach((actor, i) => {
    actor.references?.forEach((ref, j) => https(ref.url, ['actors', i, 'references', j, 'url']));
  });
  data.events.forEach((event, i) => {
    if (event.dateReference) https(event.dateReference.url, ['events', i, 'dateReference', 'url']);
  });
  return issues;
}

import { byId, type ReportCitation } from '@policy/pakistan-2024';
import { reportView } from '@/lib/chronology';
import { textFragment } from '@/lib/citation';

/** The language attributes of text quoted from a report: none for English, the page's language. */
const langOf = (language: string) => (language === 'en' ? {} : { lang: language, dir: 'auto' as const });

/**
 * The reports an event of the chronology cites: publisher, headline and date of publication as the
 * copy read shows them (or plainly that it shows none), and the phrase quoted from each. The link
 * opens the report at that phrase in browsers that support text fragments.
 */
export function ReportCitations({
  provenance,
  labelledBy,
}: {
  provenance: readonly ReportCitation[];
  labelledBy?: string;
}) {
  return (
    <ul className="reports" aria-labelledby={labelledBy}>
      {provenance.map((c) => {
        const source = byId('sources', c.source);
        if (source?.kind !== 'report') return null;
        const v = reportView(source);
        const lang = langOf(source.language);
        return (
          <li key={`${c.source}-${c.quote}`}>
            <cite className="report">
              <a className="print-url" href={`${v.url.split('#')[0]}#${textFragment(c.quote)}`}>
                {v.publisher}
                {v.headline ? (
                  <>
                    {': '}
                    {source.language === 'en' ? `“${v.headline}”` : <span {...lang}>“{v.headline}”</span>}
                  </>
                ) : null}
              </a>
              {v.published ? `, ${v.published}` : null}
              {v.via ? ` (${v.via})` : null}
              {v.missing ? ` (${v.missing})` : null}
            </cite>
            {': '}
            <q {...lang}>{c.quote}</q>
          </li>
        );
      })}
    </ul>
  );
}

/** An event's reports in brief, after a statement: "(Reports: Dawn; ARY News)", each linking to the phrase quoted. */
export function ReportsInBrief({ provenance }: { provenance: readonly ReportCitation[] }) {
  if (!provenance.length) return null;
  return (
    <span className="citations">
      {' (Reports: '}
      {provenance.map((c, i) => {
        const source = byId('sources', c.source);
        if (source?.kind !== 'report') return null;
        return (
          <span key={`${c.source}-${c.quote}`}>
            {i > 0 ? '; ' : ''}
            <cite className="citation">
              <a href={`${source.url.split('#')[0]}#${textFragment(c.quote)}`}>{source.publisher}</a>
            </cite>
          </span>
        );
      })}
      {')'}
    </span>
  );
}

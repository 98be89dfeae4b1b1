import { type Citation, getSource } from '@policy/pakistan-2024';
import { citationView } from '@/lib/citation';

/** One citation, visible: section, paragraph, and the quoted phrase when there is one. */
export function CitationItem({ citation }: { citation: Citation }) {
  const view = citationView(citation, getSource(citation.source));
  const where = (
    <>
      {view.section}, <abbr title="paragraph">¶</abbr>
      {view.paragraph}
    </>
  );
  return (
    <cite className="citation" title={view.sourceTitle ? `${view.sourceTitle}: ${view.text}` : view.text}>
      {view.href ? <a href={view.href}>{where}</a> : where}
      {view.quote ? (
        <>
          {': '}
          <q>{view.quote}</q>
        </>
      ) : null}
    </cite>
  );
}

/** The citations of a statement, in brackets after it: "(Section, ¶1: “phrase”; …)". */
export function Citations({ provenance }: { provenance: readonly Citation[] }) {
  if (!provenance.length) return null;
  return (
    <span className="citations">
      {' ('}
      <span className="visually-hidden">Source: </span>
      {provenance.map((c, i) => (
        <span key={`${c.source}-${c.section.join('/')}-${c.paragraph}-${c.quote ?? ''}`}>
          {i > 0 ? '; ' : ''}
          <CitationItem citation={c} />
        </span>
      ))}
      {')'}
    </span>
  );
}

/** A list of claims, each with its own citations. */
export function Claims({ claims }: { claims: readonly { text: string; provenance: readonly Citation[] }[] }) {
  return (
    <ul className="claims">
      {claims.map((claim) => (
        <li key={claim.text}>
          {claim.text}
          <Citations provenance={claim.provenance} />
        </li>
      ))}
    </ul>
  );
}

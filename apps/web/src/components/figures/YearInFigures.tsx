import { byId, indicators, isShown, meta } from '@policy/pakistan-2024';
import { ReportCitations } from '@/components/ReportCitations';
import { figuresOfPartners, figureText, partnerName } from '@/lib/figures-view';
import { sitePath } from '@/lib/site';
import styles from './figures.module.css';

/**
 * A relationship's "2024 in figures": the official figures reports give for its partners (a
 * group's members each by name), every amount linking to the report that carries it and saying its
 * period. A layer apart from the essay's reading and the chronology; where reports disagree, the
 * values set aside are listed under the one shown.
 */
export function YearInFigures({ partners }: { partners: readonly string[] }) {
  const list = figuresOfPartners(partners);
  if (!list.length) return null;
  const several = new Set(list.map((f) => f.partner)).size > 1;
  const groups = indicators
    .map((indicator) => ({ indicator, figures: list.filter((f) => f.indicator === indicator.id) }))
    .filter((g) => g.figures.length);
  return (
    <section id="year-in-figures" aria-labelledby="year-in-figures-title">
      <h2 id="year-in-figures-title">{meta.year} in figures</h2>
      <p className={`layer-tag ${styles.tag}`} data-layer="figures">
        <span className="layer-name">Figures of {meta.year}, from published reports of official data</span> ·
        a layer apart from the essay’s reading and the chronology;{' '}
        <a href={sitePath('/methodology#the-year-in-figures')}>how the figures are chosen</a>, and{' '}
        <a href={sitePath('/compare#figures')}>the partners compared</a>.
      </p>
      {groups.map(({ indicator, figures }) => (
        <section key={indicator.id} aria-labelledby={`figures-${indicator.id}`}>
          <h3 id={`figures-${indicator.id}`}>
            {indicator.name} <span className="muted">({indicator.statisticalSource})</span>
          </h3>
          <ul className={styles.list}>
            {figures.map((f) => {
              const { amount, period } = figureText(f);
              const first = f.provenance[0];
              const report = first ? byId('sources', first.source) : undefined;
              const shown = isShown(f);
              return (
                <li key={f.id} id={`figure-${f.id}`} className={shown ? undefined : styles.setAside}>
                  {several && f.partner ? <strong>{partnerName(f.partner)}: </strong> : null}
                  {period}:{' '}
                  {report ? (
                    <a className={styles.amount} href={report.url}>
                      {amount}
                    </a>
                  ) : (
                    <span className={styles.amount}>{amount}</span>
                  )}{' '}
                  <span className="muted">({f.status})</span>
                  {shown ? null : <> — another report’s value, set aside: {f.disagreementNote}</>}
                  {shown && f.disagreementNote ? <span className="muted"> {f.disagreementNote}</span> : null}
                  {f.note ? <span className="muted"> {f.note}</span> : null}
                  <ReportCitations provenance={f.provenance} />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <p className="muted">
        Partners: {partners.map((p) => byId('actors', p)?.name ?? p).join(', ')}. Amounts are nominal, as the
        reports give them; nothing is converted or added up.
      </p>
    </section>
  );
}

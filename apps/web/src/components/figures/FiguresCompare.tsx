import { byId } from '@policy/pakistan-2024';
import { ScrollRegion } from '@/components/ScrollRegion';
import { barsOf, compareMeasures, comparePartners, figureText, partnerName } from '@/lib/figures-view';
import { sitePath } from '@/lib/site';
import { BarChart } from './BarChart';
import styles from './figures.module.css';

/** The report a figure's number links to: the first that carries it. */
function reportOf(f: { provenance: readonly { source: string }[] }) {
  const source = byId('sources', f.provenance[0]?.source ?? '');
  return source?.kind === 'report' ? source : undefined;
}

/**
 * /compare's side-by-side of the partners on the official figures: first one table of every
 * measure (rows) by partner (columns), each cell linking to its report, "not reported" where no
 * report was found; then, per measure, a bar chart drawn at build time with its table beside it;
 * and the comparison as CSV.
 */
export function FiguresCompare() {
  const partners = comparePartners();
  const measures = compareMeasures(partners);
  if (!measures.length) return null;
  return (
    <section id="figures" aria-labelledby="figures-title">
      <h2 id="figures-title">The partners in figures</h2>
      <p className={`layer-tag ${styles.tag}`} data-layer="figures">
        <span className="layer-name">Figures from published reports of official data</span> · a layer apart
        from the essay’s reading: these numbers do not change the coding above.{' '}
        <a href={sitePath('/methodology#the-year-in-figures')}>Sources and limits</a>.
      </p>
      <p>
        Each cell is the figure a report gives for that partner and period, linked to the report; “not
        reported” means no stored report gave one, not that the amount is zero. Where reports disagree, the
        cell shows the value the methodology picks and the partner’s page lists the others.{' '}
        <a href={sitePath('/compare/figures.csv')} download={`pakistan-2024-compare-figures.csv`}>
          Download this comparison as CSV
        </a>{' '}
        (every figure, with the values set aside, is in <code>figures.csv</code> on{' '}
        <a href={sitePath('/data#csv-files')}>the data page</a>).
      </p>
      <ScrollRegion labelledBy="figures-caption">
        <table className="compare">
          <caption id="figures-caption">Measures (rows) × partners (columns)</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              {partners.map((p) => (
                <th key={p} scope="col">
                  {partnerName(p)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => (
              <tr key={m.key}>
                <th scope="row">
                  <a href={`#measure-${m.key.replace(/\|/g, '-')}`}>{m.label}</a>
                  <br />
                  <span className="muted">{m.indicator.statisticalSource}</span>
                </th>
                {partners.map((p) => {
                  const f = m.cells.get(p);
                  if (!f)
                    return (
                      <td key={p} className={styles.notReported}>
                        not reported
                      </td>
                    );
                  const { amount, period } = figureText(f);
                  const report = reportOf(f);
                  return (
                    <td key={p} className={styles.numeric}>
                      {report ? <a href={report.url}>{amount}</a> : amount}
                      <br />
                      <span className="muted">{period}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>

      {measures.map((m) => {
        const id = `measure-${m.key.replace(/\|/g, '-')}`;
        const bars = barsOf(m);
        const currency = m.indicator.currencies[0] === 'USD' ? 'US dollars' : m.indicator.currencies[0];
        return (
          <section key={m.key} id={id} aria-labelledby={`${id}-title`}>
            <h3 id={`${id}-title`}>{m.label}</h3>
            <div className={styles.pair}>
              <BarChart bars={bars} unit={m.indicator.unit} title={m.label} />
              <table>
                <caption className="visually-hidden">
                  {m.label}, {m.indicator.unit} {currency}, largest first
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Partner</th>
                    <th scope="col" className={styles.numeric}>
                      {m.indicator.unit} {currency}
                    </th>
                    <th scope="col">Report</th>
                  </tr>
                </thead>
                <tbody>
                  {bars.map((b) => {
                    const report = reportOf(b.figure);
                    const { period } = figureText(b.figure);
                    return (
                      <tr key={b.partner}>
                        <th scope="row">{b.label}</th>
                        <td className={styles.numeric}>
                          {b.value.toLocaleString('en-US', { maximumFractionDigits: 3 })}
                        </td>
                        <td>
                          {report ? <a href={report.url}>{report.publisher}</a> : null}
                          <span className="muted"> ({period})</span>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </section>
  );
}

import { formatScore, stances, type Term, vocabularySections } from '@policy/pakistan-2024';
import { ScrollRegion } from './ScrollRegion';
import { Swatch } from './Stance';

function TermTable({
  id,
  title,
  field,
  terms,
}: {
  id: string;
  title: string;
  field: string;
  terms: readonly Term[];
}) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <p>
        Field: <code>{field}</code>
      </p>
      <ScrollRegion labelledBy={id}>
        <table>
          <thead>
            <tr>
              <th scope="col">Value</th>
              <th scope="col">Label</th>
              <th scope="col">Definition</th>
              <th scope="col">Example</th>
            </tr>
          </thead>
          <tbody>
            {terms.map((t) => (
              <tr key={t.value} id={`${id}-${t.value}`}>
                <td>
                  <code>{t.value}</code>
                </td>
                <td>{t.label}</td>
                <td>{t.definition}</td>
                <td>{t.example}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

/**
 * Every controlled vocabulary of the dataset, from the package's own list of them (the one the
 * methodology's tables are generated from): the stance scale with its swatches, then the others.
 */
export function Vocabularies() {
  const [scale, ...others] = vocabularySections;
  if (scale?.id !== 'stance') throw new Error('the first vocabulary of the package is the stance scale');
  return (
    <>
      <section aria-labelledby={scale.id}>
        <h3 id={scale.id}>{scale.title}</h3>
        <p>
          Field: <code>{scale.field}</code>. Five steps from +2 to −2; on the map and in tables each step has
          a colour, a pattern and its label.
        </p>
        <ScrollRegion labelledBy={scale.id}>
          <table>
            <thead>
              <tr>
                <th scope="col">Score</th>
                <th scope="col">Step</th>
                <th scope="col">Definition</th>
                <th scope="col">Example</th>
              </tr>
            </thead>
            <tbody>
              {stances.map((s) => (
                <tr key={s.value} id={`stance-${s.value}`}>
                  <td>{formatScore(s.score, '−')}</td>
                  <td>
                    <span className="badge">
                      <Swatch value={s.value} />
                      {s.label}
                    </span>
                    <br />
                    <code>{s.value}</code>
                  </td>
                  <td>{s.definition}</td>
                  <td>{s.example}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>
      {others.map((v) => (
        <TermTable key={v.id} id={v.id} title={v.title} field={v.field} terms={v.terms} />
      ))}
    </>
  );
}

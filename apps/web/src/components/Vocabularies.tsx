import {
  actorKinds,
  datePrecisions,
  dimensionKinds,
  initiativeKinds,
  stances,
  type Term,
  trajectories,
} from '@policy/pakistan-2024';
import { formatScore } from '@/lib/stance-style';
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

/** Every controlled vocabulary of the dataset, built from the package so it cannot drift from the data. */
export function Vocabularies() {
  return (
    <>
      <section aria-labelledby="stance">
        <h3 id="stance">Stance: the cooperation–conflict scale</h3>
        <p>
          Field: <code>relationships[].stance.value</code>. Five steps from +2 to −2; on the map and in tables
          each step has a colour, a pattern and its label.
        </p>
        <ScrollRegion labelledBy="stance">
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
                  <td>{formatScore(s.score)}</td>
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
      <TermTable
        id="trajectory"
        title="Trajectory"
        field="relationships[].trajectory.value"
        terms={trajectories}
      />
      <TermTable
        id="dimension-kinds"
        title="Dimension kinds"
        field="relationships[].dimensions[].kind"
        terms={dimensionKinds}
      />
      <TermTable id="actor-kinds" title="Actor kinds" field="actors[].kind" terms={actorKinds} />
      <TermTable
        id="initiative-kinds"
        title="Initiative kinds"
        field="initiatives[].kind"
        terms={initiativeKinds}
      />
      <TermTable
        id="date-precision"
        title="Date precision"
        field="events[].precision"
        terms={datePrecisions}
      />
    </>
  );
}

import {
  actorKinds,
  datePrecisions,
  dimensionKinds,
  initiativeKinds,
  type StanceTerm,
  stances,
  type Term,
  trajectories,
} from './vocabulary.js';

const sections: [title: string, field: string, terms: readonly Term[]][] = [
  ['Stance: the cooperation–conflict scale', '`relationships[].stance.value`', stances],
  ['Trajectory', '`relationships[].trajectory.value`', trajectories],
  ['Dimension kinds', '`relationships[].dimensions[].kind`', dimensionKinds],
  ['Actor kinds', '`actors[].kind`', actorKinds],
  ['Initiative kinds', '`initiatives[].kind`', initiativeKinds],
  ['Date precision', '`events[].precision`', datePrecisions],
];

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The vocabulary tables of the methodology, as Markdown. */
export function vocabularyMarkdown(): string {
  return sections
    .map(([title, field, terms]) => {
      const scored = terms.some((t) => 'score' in t);
      const head = scored
        ? '| value | score | label | definition | example |\n|---|---|---|---|---|'
        : '| value | label | definition | example |\n|---|---|---|---|';
      const rows = terms.map((t) => {
        const score = (t as StanceTerm).score;
        const scoreCell = scored ? ` ${score > 0 ? '+' : ''}${score} |` : '';
        return `| \`${t.value}\` |${scoreCell} ${cell(t.label)} | ${cell(t.definition)} | ${cell(t.example)} |`;
      });
      return `### ${title}\n\nField: ${field}\n\n${head}\n${rows.join('\n')}\n`;
    })
    .join('\n');
}

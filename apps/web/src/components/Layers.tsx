import { meta } from '@policy/pakistan-2024';
import type { ReactNode } from 'react';
import { sitePath } from '@/lib/site';

/** The two layers of the dataset, as a reader is told which one a statement comes from. */
export type Layer = 'essay' | 'chronology';

const tags: Record<Layer, string> = {
  essay: 'The essay’s reading',
  chronology: `Events of ${meta.year}, from news reports`,
};

/** A short label naming the layer the statements after it come from. */
export function LayerTag({ layer, children }: { layer: Layer; children?: ReactNode }) {
  return (
    <p className={`layer-tag layer-${layer}`} data-layer={layer}>
      <span className="layer-name">{tags[layer]}</span>
      {children ? <> · {children}</> : null}
    </p>
  );
}

/**
 * What tells the layers apart, wherever both are shown: the essay's reading and our coding of it,
 * and the year's events from reports, which never change that coding.
 */
export function LayerNote() {
  return (
    <p className="note layer-note">
      Two things, kept apart: <strong>what the essay says</strong>, with the stance and trajectory we read
      from it, and <strong>what happened in {meta.year}</strong>, as newspapers, news agencies and governments
      reported it. The events never change a stance or trajectory.{' '}
      <a href={sitePath('/methodology#coding-stance-and-trajectory')}>How we code</a>.
    </p>
  );
}

/** At the top of a record's page that ends with its year in events: the rest is the essay's reading. */
export function EssayUpTo({ anchor }: { anchor: string }) {
  return (
    <LayerTag layer="essay">
      everything above <a href={`#${anchor}`}>the events of the year</a>, which come from news reports
    </LayerTag>
  );
}

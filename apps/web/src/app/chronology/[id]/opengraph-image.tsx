import { eventKinds, formatDate, labelOf } from '@policy/pakistan-2024';
import { ogSize } from '@/components/OgCard';
import { recordOgImage } from '@/components/OgImages';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const size = ogSize;
export const contentType = 'image/png';
export const alt = 'The event of the year: its title, what happened, its date and kind';

const image = recordOgImage('chronology', (e) => ({
  kind: `event of ${e.date.slice(0, 4)}`,
  title: e.title,
  line: e.summary,
  fact: `${formatDate(e.date)}${e.end && e.end !== e.date ? ` to ${formatDate(e.end)}` : ''} · ${labelOf(eventKinds, e.kind)}`,
}));

export const generateStaticParams = image.generateStaticParams;
export default image.render;

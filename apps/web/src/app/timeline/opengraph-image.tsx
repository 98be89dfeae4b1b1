import { chronology, events } from '@policy/pakistan-2024';
import { ogSize } from '@/components/OgCard';
import { pageOgImage } from '@/components/OgImages';
import { metadata } from './page';

export const dynamic = 'force-static';
export const size = ogSize;
export const contentType = 'image/png';
export const alt = 'The timeline: the year month by month, and the historical context';

/** The page's share image: its title and description, and how many records it lists. */
export default function Image() {
  return pageOgImage(
    'timeline',
    metadata,
    `${chronology.length} events of the year · ${events.length} of the historical context`,
  );
}

import { ogSize } from '@/components/OgCard';
import { pageOgImage } from '@/components/OgImages';
import { metadata } from './page';

export const dynamic = 'force-static';
export const size = ogSize;
export const contentType = 'image/png';
export const alt = 'The changelog of the dataset';

/** The page's share image: its title and description. */
export default function Image() {
  return pageOgImage('changelog', metadata);
}

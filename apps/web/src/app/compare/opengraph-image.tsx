import { ogSize } from '@/components/OgCard';
import { pageOgImage } from '@/components/OgImages';
import { metadata } from './page';

export const dynamic = 'force-static';
export const size = ogSize;
export const contentType = 'image/png';
export const alt = 'Pakistan’s partners compared across dimensions';

/** The page's share image: its title and description. */
export default function Image() {
  return pageOgImage('comparison', metadata);
}

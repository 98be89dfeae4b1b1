import { ogSize } from '@/components/OgCard';
import { recordOgImage } from '@/components/OgImages';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const size = ogSize;
export const contentType = 'image/png';
export const alt = 'The theme and a summary of it';

const image = recordOgImage('themes', (t) => ({
  kind: 'theme',
  title: t.title,
  line: t.summary,
  fact: `${t.points.length} points, each cited`,
}));

export const generateStaticParams = image.generateStaticParams;
export default image.render;

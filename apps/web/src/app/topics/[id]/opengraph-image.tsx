import { ogSize } from '@/components/OgCard';
import { recordOgImage } from '@/components/OgImages';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const size = ogSize;
export const contentType = 'image/png';
export const alt = 'The topic and a description of it';

const image = recordOgImage('topics', (t) => ({ kind: 'topic', title: t.name, line: t.description }));

export const generateStaticParams = image.generateStaticParams;
export default image.render;

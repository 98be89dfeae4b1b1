import { initiativeKinds } from '@policy/pakistan-2024';
import { ogSize } from '@/components/OgCard';
import { recordOgImage } from '@/components/OgImages';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const size = ogSize;
export const contentType = 'image/png';
export const alt = 'The initiative, its kind and a description';

const image = recordOgImage('initiatives', (i) => ({
  kind: 'initiative',
  title: i.name,
  line: i.description,
  fact: initiativeKinds.find((k) => k.value === i.kind)?.label ?? i.kind,
}));

export const generateStaticParams = image.generateStaticParams;
export default image.render;

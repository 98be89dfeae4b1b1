import { actorKinds } from '@policy/pakistan-2024';
import { ogSize } from '@/components/OgCard';
import { recordOgImage } from '@/components/OgImages';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const size = ogSize;
export const contentType = 'image/png';
export const alt = 'The actor, its kind and a description';

const image = recordOgImage('actors', (a) => ({
  kind: 'actor',
  title: a.name,
  line: a.description,
  fact: actorKinds.find((k) => k.value === a.kind)?.label ?? a.kind,
}));

export const generateStaticParams = image.generateStaticParams;
export default image.render;

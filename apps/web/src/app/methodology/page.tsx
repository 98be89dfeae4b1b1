import { splitAtBlock, VOCABULARY_BLOCK } from '@policy/pakistan-2024';
import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Markdown } from '@/components/Markdown';
import { StanceLegend } from '@/components/Stance';
import { Vocabularies } from '@/components/Vocabularies';
import { pageMetadata } from '@/lib/metadata';
import { packageFiles } from '@/lib/package-files';

export const metadata: Metadata = pageMetadata({
  title: 'Methodology',
  description:
    'How the dataset is made: the stance scale and every vocabulary, the citation rule, how the essay was coded, and the limits of the data.',
  path: '/methodology',
});

export default function Methodology() {
  const doc = packageFiles.methodology ?? '';
  const { before, block, after } = splitAtBlock(doc, VOCABULARY_BLOCK);
  return (
    <article>
      <Breadcrumbs trail={[{ label: 'Methodology' }]} />
      <h1>Methodology</h1>
      <div className="coding">
        <p style={{ margin: 0 }}>
          Stance and trajectory are the editors’ reading of one essay, argued and cited, not measurements. The
          scale:
        </p>
        <StanceLegend />
      </div>
      <Markdown source={before} dropTitle />
      {block !== undefined ? <Vocabularies /> : null}
      <Markdown source={after} />
      {block === undefined ? (
        <section aria-labelledby="vocabularies">
          <h2 id="vocabularies">Vocabularies</h2>
          <Vocabularies />
        </section>
      ) : null}
    </article>
  );
}

import { splitAtBlock, VOCABULARY_BLOCK } from '@policy/pakistan-2024';
import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Markdown } from '@/components/Markdown';
import { StanceLegend } from '@/components/Stance';
import { Vocabularies } from '@/components/Vocabularies';
import { slug } from '@/lib/markdown';
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
  // The document's second-level headings, with the ids the Markdown renderer gives them.
  const contents = [...doc.matchAll(/^## +(.+)$/gm)].map((m) => {
    const text = (m[1] ?? '').replace(/`/g, '').trim();
    return { text, id: slug(text) };
  });
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
      <nav aria-labelledby="toc" className="toc">
        <h2 id="toc">Contents</h2>
        <ol>
          {contents.map((h) => (
            <li key={h.id}>
              <a href={`#${h.id}`}>{h.text}</a>
            </li>
          ))}
        </ol>
      </nav>
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

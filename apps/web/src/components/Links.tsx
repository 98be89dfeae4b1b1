import { byId, type CollectionName, type Link, titleOf } from '@policy/pakistan-2024';
import { hrefFor } from '@/lib/routes';
import { sitePath } from '@/lib/site';

/** A link to a record by collection and id, titled with the record's title. */
export function RecordLink({ collection, id }: { collection: CollectionName; id: string }) {
  const record = byId(collection, id);
  return <a href={sitePath(hrefFor(collection, id))}>{record ? titleOf(record) : id}</a>;
}

/** Links to several records on one line, separated by middle dots. */
export function RecordLinkLine({ refs }: { refs: readonly { collection: CollectionName; id: string }[] }) {
  return (
    <p>
      {refs.map((r, i) => (
        <span key={`${r.collection}-${r.id}`}>
          {i > 0 ? ' · ' : ''}
          <RecordLink collection={r.collection} id={r.id} />
        </span>
      ))}
    </p>
  );
}

/** A titled list of links to records of one collection; nothing when the list is empty. */
export function RecordList({
  title,
  collection,
  ids,
  headingLevel = 2,
  id,
}: {
  title: string;
  collection: CollectionName;
  ids: readonly string[];
  headingLevel?: 2 | 3;
  id?: string;
}) {
  if (!ids.length) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby={id ?? `list-${collection}-${slugTitle(title)}`}>
      <Heading id={id ?? `list-${collection}-${slugTitle(title)}`}>{title}</Heading>
      <ul className="inline-list">
        {[...new Set(ids)].map((rid) => (
          <li key={rid}>
            <RecordLink collection={collection} id={rid} />
          </li>
        ))}
      </ul>
    </section>
  );
}

const slugTitle = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** The ids of the records of one collection among backlinks, optionally through one field only. */
export function fromCollection(links: readonly Link[], collection: CollectionName, field?: string): string[] {
  return [
    ...new Set(
      links
        .filter((l) => l.from.collection === collection && (!field || l.field === field))
        .map((l) => l.from.id),
    ),
  ];
}

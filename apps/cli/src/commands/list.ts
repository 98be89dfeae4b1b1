import type {
  Actor,
  AnyRecord,
  ChronologyEvent,
  CollectionName,
  Event,
  Initiative,
  Relationship,
  Source,
  Theme,
  Topic,
} from '@policy/pakistan-2024';
import { loadPackage, type Pkg } from '../data.js';
import { print, printJson, terminalColumns } from '../io.js';
import { eventDate, stanceLabel } from '../layout.js';
import { renderTable } from '../render/table.js';

type Columns = readonly [header: readonly string[], row: (r: never) => readonly string[]];

/** The columns of each collection's table: its own, or id and title for a collection that has none yet. */
function columns(pkg: Pkg, collection: CollectionName): Columns {
  const label = pkg.labelOf;
  const title = (c: CollectionName, id: string) => {
    const r = pkg.byId(c, id);
    return r ? pkg.titleOf(r) : id;
  };
  const table: Partial<Record<CollectionName, Columns>> = {
    sources: [
      ['id', 'kind', 'title', 'publisher', 'date'],
      (r: Source) => [
        r.id,
        r.kind,
        pkg.titleOf(r),
        r.publisher,
        r.kind === 'essay' ? String(r.year) : (r.published ?? ''),
      ],
    ],
    actors: [
      ['id', 'name', 'kind', 'iso'],
      (r: Actor) => [r.id, r.name, label(pkg.actorKinds, r.kind), [r.iso2, r.iso3].filter(Boolean).join('/')],
    ],
    relationships: [
      ['id', 'partner', 'label', 'stance', 'trajectory'],
      (r: Relationship) => [
        r.id,
        r.partners.map((p) => title('actors', p)).join(', '),
        r.label,
        stanceLabel(pkg, r.stance.value),
        label(pkg.trajectories, r.trajectory.value),
      ],
    ],
    themes: [['id', 'title', 'relationships'], (r: Theme) => [r.id, r.title, r.relationships.join(', ')]],
    initiatives: [
      ['id', 'name', 'kind', 'part of'],
      (r: Initiative) => [r.id, r.name, label(pkg.initiativeKinds, r.kind), r.parent ?? ''],
    ],
    topics: [['id', 'name', 'aliases'], (r: Topic) => [r.id, r.name, r.aliases.join(', ')]],
    events: [['date', 'id', 'title'], (r: Event) => [eventDate(pkg, r), r.id, r.title]],
    chronology: [
      ['date', 'id', 'kind', 'title'],
      (r: ChronologyEvent) => [eventDate(pkg, r), r.id, r.kind, r.title],
    ],
    prospects: [['id', 'title', 'relationships'], (r: Theme) => [r.id, r.title, r.relationships.join(', ')]],
  } as unknown as Partial<Record<CollectionName, Columns>>;
  return table[collection] ?? [['id', 'title'], (r: AnyRecord) => [r.id, pkg.titleOf(r)]];
}

/** `policy list <collection>`: a table for reading, or the records as JSON. */
export async function list(collection: CollectionName, opts: { json?: boolean }): Promise<void> {
  const pkg = await loadPackage();
  const records = pkg.dataset[collection] as readonly AnyRecord[];
  if (opts.json) return printJson(records);
  if (!records.length) return print(`No ${collection} in the dataset.`);
  const [header, row] = columns(pkg, collection);
  const width = terminalColumns();
  print(
    renderTable(
      header,
      records.map((r) => row(r as never)),
      { width },
    ),
  );
}

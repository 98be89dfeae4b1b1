/** Each record of the dataset laid out for reading, as blocks for the terminal or Markdown. */
import type {
  Actor,
  AnyRecord,
  Citation,
  Claim,
  CollectionName,
  Event,
  Initiative,
  Link,
  Prospect,
  Relationship,
  Source,
  Theme,
  Topic,
} from '@policy/pakistan-2024';
import type { Pkg } from './data.js';
import type { Block } from './render/doc.js';

/** An event's date or span as the terminal shows it: "1947", "Dec 1979", "1979 – 1989". */
export const eventDate = (pkg: Pkg, e: Pick<Event, 'date' | 'end'>): string =>
  pkg.formatEventDate(e, { month: 'short', dash: ' – ' });

/** How a link's field is named where it is not just the field's name capitalised. */
const FIELD_LABELS: Record<string, string> = { parent: 'Part of' };
const fieldLabel = (field: string) => FIELD_LABELS[field] ?? field.charAt(0).toUpperCase() + field.slice(1);

/** A stance as "Close cooperation (+2)". */
export function stanceLabel(pkg: Pkg, value: string): string {
  const term = pkg.stances.find((s) => s.value === value);
  if (!term) return value;
  return `${term.label} (${pkg.formatScore(term.score)})`;
}

/** Lays records out; one instance per dataset so that citations know whether to name their source. */
export class Layout {
  readonly #pkg: Pkg;
  readonly #manySources: boolean;

  constructor(pkg: Pkg) {
    this.#pkg = pkg;
    this.#manySources = pkg.sources.length > 1;
  }

  /** One citation on one line: section › subsection ¶n “quote”. */
  cite = (c: Citation): string => this.#pkg.formatCitation(c, { source: this.#manySources });
  cites = (provenance: readonly Citation[] | undefined): string[] => (provenance ?? []).map(this.cite);

  /** The title of another record, or its id when it is missing. */
  titleOf(collection: CollectionName, id: string): string {
    const record = this.#pkg.byId(collection, id);
    return record ? this.#pkg.titleOf(record) : id;
  }

  /** "People's Republic of China (china)" for a reference to another record. */
  refTitle(collection: CollectionName, id: string): string {
    const record = this.#pkg.byId(collection, id);
    return record ? `${this.#pkg.titleOf(record)} (${id})` : id;
  }

  /** The blocks of one record, for `policy show` and the Markdown report. */
  blocks(collection: CollectionName, record: AnyRecord): Block[] {
    const pkg = this.#pkg;
    const out: Block[] = [{ type: 'title', text: pkg.titleOf(record), ref: `${collection}/${record.id}` }];
    const claims = (heading: string, list: readonly Claim[]) => {
      if (!list.length) return;
      out.push({ type: 'heading', text: heading });
      for (const c of list) out.push({ type: 'item', text: c.text, cites: this.cites(c.provenance) });
    };
    const fields = (rows: [string, string | undefined][]) => {
      const present = rows.filter((r): r is [string, string] => !!r[1]);
      if (present.length) out.push({ type: 'fields', rows: present });
    };

    switch (collection) {
      case 'relationships': {
        const r = record as Relationship;
        fields([
          ['Partners', r.partners.map((id) => this.refTitle('actors', id)).join('; ')],
          ['Label', r.label],
          ['Stance', stanceLabel(pkg, r.stance.value)],
          ['Trajectory', pkg.labelOf(pkg.trajectories, r.trajectory.value)],
        ]);
        out.push(
          {
            type: 'note',
            text: "Stance and trajectory are the editors' reading of one essay, not measurements; the scale and the method are in the package's docs/methodology.md.",
          },
          { type: 'text', text: r.summary, cites: this.cites(r.provenance) },
          { type: 'heading', text: `Stance: ${stanceLabel(pkg, r.stance.value)}` },
          { type: 'text', text: r.stance.rationale, cites: this.cites(r.stance.provenance) },
          { type: 'heading', text: `Trajectory: ${pkg.labelOf(pkg.trajectories, r.trajectory.value)}` },
          { type: 'text', text: r.trajectory.rationale, cites: this.cites(r.trajectory.provenance) },
          { type: 'heading', text: 'Dimensions' },
        );
        for (const d of r.dimensions) {
          out.push(
            { type: 'subheading', text: `${pkg.labelOf(pkg.dimensionKinds, d.kind)}: ${d.title}` },
            { type: 'text', text: d.summary, cites: this.cites(d.provenance) },
          );
          for (const p of d.points) out.push({ type: 'item', text: p.text, cites: this.cites(p.provenance) });
        }
        claims('Challenges', r.challenges);
        claims('Opportunities', r.opportunities);
        break;
      }
      case 'actors': {
        const a = record as Actor;
        fields([
          ['Kind', pkg.labelOf(pkg.actorKinds, a.kind)],
          ['Short name', a.shortName],
          ['ISO 3166-1', a.iso2 && [a.iso2, a.iso3, a.isoNumeric].filter(Boolean).join(' / ')],
          ['Aliases', a.aliases.join(', ')],
          ['Wikidata', a.wikidata],
        ]);
        out.push({ type: 'text', text: a.description, cites: this.cites(a.provenance) });
        if (a.references?.length) {
          out.push({ type: 'heading', text: 'References' });
          for (const ref of a.references) out.push({ type: 'item', text: `${ref.title}: ${ref.url}` });
        }
        break;
      }
      case 'themes':
      case 'prospects': {
        const t = record as Theme | Prospect;
        out.push({ type: 'text', text: t.summary, cites: this.cites(t.provenance) });
        claims('Points', t.points);
        break;
      }
      case 'initiatives': {
        const i = record as Initiative;
        fields([
          ['Kind', pkg.labelOf(pkg.initiativeKinds, i.kind)],
          ['Short name', i.shortName],
          ['Aliases', i.aliases.join(', ')],
        ]);
        out.push({ type: 'text', text: i.description, cites: this.cites(i.provenance) });
        break;
      }
      case 'topics': {
        const t = record as Topic;
        fields([['Aliases', t.aliases.join(', ')]]);
        out.push({ type: 'text', text: t.description, cites: this.cites(t.provenance) });
        break;
      }
      case 'events': {
        const e = record as Event;
        fields([
          [
            'Date',
            `${eventDate(pkg, e)} (${pkg.labelOf(pkg.datePrecisions, e.precision).toLowerCase()} precision)`,
          ],
          [
            'Date from',
            e.dateSource === 'source'
              ? 'the source text'
              : e.dateReference && `${e.dateReference.title}, ${e.dateReference.url}`,
          ],
        ]);
        out.push({ type: 'text', text: e.summary, cites: this.cites(e.provenance) });
        break;
      }
      case 'sources': {
        const s = record as Source;
        fields([
          ['Author', s.authorRole ? `${s.author} (${s.authorRole})` : s.author],
          ['Affiliation', s.affiliation],
          ['Publisher', s.publisher],
          ['Year', String(s.year)],
          ['URL', s.url],
          ['Language', s.language],
          ['SHA-256', s.sha256],
        ]);
        out.push({ type: 'heading', text: 'Outline' });
        for (const h of s.outline) out.push({ type: 'item', text: h });
        break;
      }
      default: {
        // A collection with no layout of its own yet: its prose, with the record's citations.
        const r = record as { summary?: string; description?: string; provenance?: readonly Citation[] };
        const text = r.summary ?? r.description;
        if (text) out.push({ type: 'text', text, cites: this.cites(r.provenance) });
      }
    }

    const links = pkg
      .linksOf(collection, record)
      .filter((l) => !(collection === 'relationships' && l.field === 'partners'));
    if (links.length) {
      out.push({ type: 'heading', text: 'Links' });
      fields(
        group(links, (l) => l.field).map(([field, ls]) => [
          fieldLabel(field),
          ls.map((l) => this.refTitle(l.to.collection, l.to.id)).join('; '),
        ]),
      );
    }
    const back = pkg.referencesTo(collection, record.id);
    if (back.length) {
      out.push({ type: 'heading', text: 'Referenced by' });
      for (const l of back)
        out.push({
          type: 'item',
          text: `${this.titleOf(l.from.collection, l.from.id)} (${l.from.collection}/${l.from.id}, ${l.field})`,
        });
    }
    return out;
  }
}

function group<T>(items: readonly T[], key: (t: T) => string): [string, T[]][] {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return [...map];
}

/** The link lists of a record, resolved to titles: the `links` field of `policy show --json`. */
export function resolvedLinks(pkg: Pkg, links: readonly Link[], end: 'from' | 'to') {
  return links.map((l) => {
    const target = l[end];
    const record = pkg.byId(target.collection, target.id);
    return {
      field: l.field,
      collection: target.collection,
      id: target.id,
      title: record ? pkg.titleOf(record) : null,
    };
  });
}

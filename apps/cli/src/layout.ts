/** Each record of the dataset laid out for reading, as blocks for the terminal or Markdown. */
import type {
  Actor,
  AnyCitation,
  AnyRecord,
  ChronologyEvent,
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

/** An event's date or span as the terminal shows it: "1947", "Dec 1979", "1979 – 1989", "13–25 Oct 2024". */
export const eventDate = (pkg: Pkg, e: Pick<Event, 'date' | 'end'>): string =>
  pkg.formatEventDate(e, { month: 'short', dash: ' – ', compact: true });

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
    this.#manySources = pkg.essays.length > 1;
  }

  /** One citation on one line: section › subsection ¶n “quote”, or a report's publisher, date and quote. */
  cite = (c: AnyCitation): string => {
    const pkg = this.#pkg;
    if (!pkg.isReportCitation(c)) return pkg.formatCitation(c, { source: this.#manySources });
    const report = pkg.byId('sources', c.source);
    return pkg.formatCitation(c, report?.kind === 'report' ? { report } : { source: true });
  };
  cites = (provenance: readonly AnyCitation[] | undefined): string[] => (provenance ?? []).map(this.cite);

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

  /** Appends the chronology's events that concern a record, as a section apart from the essay's reading. */
  #yearInEvents(out: Block[], events: readonly ChronologyEvent[]): void {
    if (!events.length) return;
    out.push({ type: 'heading', text: yearInEventsHeading(this.#pkg.meta.year) });
    for (const e of events)
      out.push({ type: 'item', text: `${eventDate(this.#pkg, e)}: ${e.title} (chronology/${e.id})` });
  }

  /** Appends the figures of a partner, as a section apart from the essay's reading and the chronology. */
  #yearInFigures(out: Block[], partners: readonly string[]): void {
    const pkg = this.#pkg;
    const figures = partners.flatMap((p) => pkg.figuresOf({ partner: p }));
    if (!figures.length) return;
    out.push({ type: 'heading', text: `${pkg.meta.year} in figures (official figures, cited to reports)` });
    for (const f of [...new Map(figures.map((x) => [x.id, x])).values()]) {
      const indicator = pkg.indicators.find((i) => i.id === f.indicator);
      // A group's figures are its members': each says whose it is.
      const who =
        f.partner && (partners.length > 1 || !partners.includes(f.partner))
          ? `${pkg.byId('actors', f.partner)?.name ?? f.partner}: `
          : '';
      out.push({
        type: 'item',
        text: `${who}${indicator?.shortName ?? f.indicator}, ${pkg.formatPeriod(f)}: ${pkg.formatAmount(f)}${pkg.isShown(f) ? '' : ' (set aside where reports disagree)'} (figures/${f.id})`,
        cites: this.cites(f.provenance),
      });
    }
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
        this.#yearInEvents(out, pkg.chronologyOf({ relationship: r.id }));
        this.#yearInFigures(out, r.partners);
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
        this.#yearInEvents(out, pkg.chronologyOf({ actor: a.id }));
        this.#yearInFigures(out, [a.id]);
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
        this.#yearInEvents(out, pkg.chronologyOf({ initiative: i.id }));
        break;
      }
      case 'topics': {
        const t = record as Topic;
        fields([['Aliases', t.aliases.join(', ')]]);
        out.push({ type: 'text', text: t.description, cites: this.cites(t.provenance) });
        this.#yearInEvents(out, pkg.chronologyOf({ topic: t.id }));
        break;
      }
      case 'chronology': {
        const e = record as ChronologyEvent;
        fields([
          ['Date', eventDate(pkg, e)],
          ['Kind', pkg.labelOf(pkg.eventKinds, e.kind)],
          ['Dimensions', e.dimensions.map((d) => pkg.labelOf(pkg.dimensionKinds, d)).join('; ')],
          ['Date note', e.dateNote],
        ]);
        out.push(
          {
            type: 'note',
            text: `An event of the ${pkg.meta.year} chronology, cited to published reports; it is not drawn from the essay and does not change its codings.`,
          },
          { type: 'text', text: e.summary, cites: this.cites(e.provenance) },
          { type: 'heading', text: 'Reports' },
        );
        for (const r of pkg.reportsOf(e))
          out.push({
            type: 'item',
            text: [
              pkg.reportLabel(r),
              r.title && `“${r.title}”`,
              r.via && `copy of ${r.via}`,
              r.url,
              `accessed ${pkg.formatDate(r.accessed)}`,
            ]
              .filter(Boolean)
              .join('; '),
          });
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
        if (s.kind === 'report') {
          fields([
            ['Kind', pkg.labelOf(pkg.sourceKinds, s.kind)],
            [
              'Publisher',
              `${s.publisher} (${pkg.labelOf(pkg.publisherTypes, s.publisherType).toLowerCase()}, ${pkg.labelOf(pkg.reaches, s.reach).toLowerCase()})`,
            ],
            ['Author', s.author],
            ['Copy of', s.via],
            ['Published', s.published ? pkg.formatDate(s.published) : 'not shown in the stored copy'],
            ['Accessed', pkg.formatDate(s.accessed)],
            ['URL', s.url],
            ['Language', s.language],
          ]);
          out.push({
            type: 'note',
            text: 'Its quotes were checked against a stored copy of the report on the day accessed; they cannot be checked offline.',
          });
          break;
        }
        fields([
          ['Kind', pkg.labelOf(pkg.sourceKinds, s.kind)],
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
        const r = record as { summary?: string; description?: string; provenance?: readonly AnyCitation[] };
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
    // The chronology's events that link here are listed in their own section above, as a layer apart.
    const back = pkg.referencesTo(collection, record.id).filter((l) => l.from.collection !== 'chronology');
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

/** The heading of the chronology's events in a record's layout: "2024 in events". */
const yearInEventsHeading = (year: number) => `${year} in events (the chronology, cited to reports)`;

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

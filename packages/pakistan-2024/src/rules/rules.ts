/**
 * The one list of the rules the data and its release are checked by. Every checker (the compiler,
 * the cross-record linter, the checks against a source text, the release check) reports under one
 * of these ids, the type system holds it to this list, and CONTRIBUTING.md's rule table is
 * generated from it. A new rule is one entry here.
 */

/** The part of the tooling that applies a rule. */
export type Checker = 'compiler' | 'linter' | 'source' | 'release';

/** What the documentation says about one rule. */
export interface RuleInfo {
  readonly checker: Checker;
  /** What the rule catches, in one sentence. */
  readonly description: string;
}

/** Every rule, by id, in the order the rule table lists them. */
export const rules = {
  'data-folder': {
    checker: 'compiler',
    description:
      'The data folder holds `meta.yaml` and one folder per collection, and a collection folder holds only `<id>.yaml` files.',
  },
  read: { checker: 'compiler', description: 'A data file that cannot be read.' },
  'yaml-syntax': {
    checker: 'compiler',
    description: 'YAML that does not parse, a repeated key, or a file that is not one mapping of fields.',
  },
  'missing-field': { checker: 'compiler', description: 'A required field is absent.' },
  'unknown-field': {
    checker: 'compiler',
    description: 'A field the schema does not define (a misspelt field is told the nearest known one).',
  },
  schema: {
    checker: 'compiler',
    description:
      "A value of the wrong type, outside its vocabulary, or against the field's own rule (id form, quote length, date precision).",
  },
  'file-name': { checker: 'compiler', description: "A record's file is not named after its id." },
  'unique-id': { checker: 'linter', description: 'An id used twice, in one collection or across two.' },
  reference: {
    checker: 'linter',
    description:
      'An id that names no record of the collection it points to, or a link the data model forbids (a partner also listed as an actor, an initiative its own parent).',
  },
  'record-order': {
    checker: 'linter',
    description:
      "A collection's records out of their documented order (by id; events and the chronology by date, then id).",
  },
  'id-list-order': {
    checker: 'linter',
    description:
      "A list of ids out of alphabetical order, or a chronology event's dimension kinds out of the vocabulary's order.",
  },
  'id-list-repeat': { checker: 'linter', description: 'An id or a dimension kind listed twice in one list.' },
  'unique-dimension': { checker: 'linter', description: 'A dimension kind used twice in one relationship.' },
  'unique-alias': {
    checker: 'linter',
    description: 'A name, code or alias that names two records of one collection.',
  },
  'citation-kind': {
    checker: 'linter',
    description:
      'A citation whose shape does not fit its source: the essay is cited by section and paragraph, a report by `{ source, quote }`, and the chronology cites reports only.',
  },
  'meta-sources': {
    checker: 'linter',
    description: '`meta.sources` naming a source that is not an essay the dataset reads.',
  },
  'chronology-year': {
    checker: 'linter',
    description: "An event of the chronology dated (or ending) outside the dataset's year.",
  },
  'key-event': {
    checker: 'linter',
    description:
      'A key event whose criterion does not admit its kind, or a year with too few or too many key events, or a relationship of the essay with none or more than two (see the methodology\'s "Key events").',
  },
  'https-url': { checker: 'linter', description: 'An address that is not an absolute https URL.' },
  'report-dates': {
    checker: 'linter',
    description: 'A report whose date of publication is after the day its copy was read (`accessed`).',
  },
  'figure-unit': {
    checker: 'linter',
    description:
      'A figure in a currency its indicator is not given in (units and currencies come from the vocabulary).',
  },
  'figure-period': {
    checker: 'linter',
    description:
      "A figure's period that does not follow its indicator's convention (a fiscal year from 1 July, a calendar year, a whole month, one day).",
  },
  'figure-breakdown': {
    checker: 'linter',
    description:
      'Partner figures of one indicator and period that add up to more than the total reported for that indicator and period.',
  },
  'figure-quote': {
    checker: 'linter',
    description:
      'A figure\'s quote that carries no number agreeing with the recorded value after the unit\'s scaling ("$5.43 billion", "568 million").',
  },
  'figure-disagreement': {
    checker: 'linter',
    description:
      'Disagreeing figures that are not of the same partner and period, do not list each other, or name different figures to show.',
  },
  'source-layout': {
    checker: 'source',
    description: "A source text that does not match its record's `outline` or `bodyEndsBefore`.",
  },
  'source-hash': {
    checker: 'source',
    description: "The source text found differs from the one whose SHA-256 the source's record holds.",
  },
  'citation-section': {
    checker: 'source',
    description: "A citation's heading path that the source does not have.",
  },
  'citation-paragraph': {
    checker: 'source',
    description:
      "A citation's paragraph that is not there under its heading path, or is not part of the essay's body.",
  },
  'citation-quote': {
    checker: 'source',
    description: "A citation's `quote` that does not stand word for word in the paragraph it cites.",
  },
  'claim-order': {
    checker: 'source',
    description:
      'Dimensions, points, challenges or opportunities out of the order in which the source discusses them.',
  },
  coverage: { checker: 'source', description: "A paragraph of the source's body that no record cites." },
  'copied-text': {
    checker: 'source',
    description:
      'A run of 10 or more words that a field shares with a source, outside `quote` (see the methodology\'s "Writing in our own words").',
  },
  placeholder: {
    checker: 'release',
    description: 'A `FILL IN` left by `pnpm new:record` in a data file.',
  },
  'changeset-front-matter': {
    checker: 'release',
    description:
      'A pending changeset whose front matter is missing or is not `"<package>": <bump>` lines between `---` lines.',
  },
  'changeset-package': {
    checker: 'release',
    description:
      'A pending changeset that names a package this workspace does not have, or mixes ignored and released packages.',
  },
  'changeset-bump': {
    checker: 'release',
    description: 'A pending changeset whose bump is not `major`, `minor` or `patch`.',
  },
  'changeset-summary': {
    checker: 'release',
    description: 'A pending changeset with no summary line for the release notes.',
  },
} as const satisfies Record<string, RuleInfo>;

/** The id of a rule: a key of `rules`. */
export type RuleId = keyof typeof rules;

/** Every rule id, in the table's order. */
export const ruleIds = Object.keys(rules) as RuleId[];

/** Which commands apply each checker's rules. */
export const checkerCommands: Record<Checker, string> = {
  compiler: '`pnpm check`, `policy validate`, the build, `pnpm check:release`',
  linter: '`pnpm check`, `policy validate`, the build, `pnpm check:release`',
  source: '`pnpm check` and `policy validate`, with the essay’s text; the tests',
  release: '`pnpm check`, `pnpm check:release`, `pnpm run version`',
};

/**
 * The controlled vocabularies of the dataset, with the definition and a worked example of
 * every value. Kept free of zod so that the main entry point can show labels without loading it;
 * the schemas build their enumerations from these lists, so the two can never drift apart.
 */

/** One value of a controlled vocabulary, documented for authors and readers. */
export interface Term<V extends string = string> {
  readonly value: V;
  readonly label: string;
  readonly definition: string;
  readonly example: string;
}

/** A step of the five-step cooperation–conflict scale; `score` runs from +2 to −2. */
export interface StanceTerm<V extends string = string> extends Term<V> {
  readonly score: number;
}

export const stances = [
  {
    value: 'close-cooperation',
    score: 2,
    label: 'Close cooperation',
    definition:
      'The essay calls the relationship as a whole a partnership or alliance, describes cooperation across several dimensions and names no significant divergence.',
    example:
      'Pakistan–China: a strategic partnership, often described as "all-weather", that keeps getting stronger.',
  },
  {
    value: 'cooperation',
    score: 1,
    label: 'Cooperation',
    definition:
      'Cooperation in named areas outweighs any friction the essay mentions, but the relationship is not presented as an alliance or all-round partnership.',
    example:
      'Pakistan–Russia: a thaw after the Cold War; defence cooperation has grown, and the two are working to expand it in energy and trade.',
  },
  {
    value: 'mixed',
    score: 0,
    label: 'Mixed',
    definition: 'The essay gives comparable weight to cooperation and to tension, divergence or uncertainty.',
    example:
      'Pakistan–United States: security cooperation and aid alongside divergences over counterterrorism, human rights and nuclear issues.',
  },
  {
    value: 'strained',
    score: -1,
    label: 'Strained',
    definition:
      'Tension, distrust or disputes predominate, yet the essay reports working cooperation in at least one area.',
    example:
      'No relationship in the 2024 essay is coded here; it would fit a partner with steady trade but recurrent border clashes.',
  },
  {
    value: 'adversarial',
    score: -2,
    label: 'Adversarial',
    definition:
      'The essay describes rivalry or hostility, with little or no substantive engagement between the two sides.',
    example: 'Pakistan–India: an enduring rivalry and a diplomatic stalemate centred on Kashmir.',
  },
] as const satisfies readonly StanceTerm[];

export const trajectories = [
  {
    value: 'improving',
    label: 'Improving',
    definition: 'The essay says the relationship is strengthening, expanding or thawing in 2024.',
    example: 'Pakistan–China: the partnership "continues to strengthen" in 2024.',
  },
  {
    value: 'stable',
    label: 'Stable',
    definition:
      'The essay describes the relationship as continuing as before, for better or worse, with no change of direction.',
    example: 'Pakistan–India: the rivalry "remains" and still hampers dialogue.',
  },
  {
    value: 'deteriorating',
    label: 'Deteriorating',
    definition: 'The essay says the relationship is worsening in 2024.',
    example: 'No relationship in the 2024 essay is coded here.',
  },
  {
    value: 'uncertain',
    label: 'Uncertain',
    definition: 'The essay stresses that the direction of the relationship is unclear or in flux.',
    example:
      'Pakistan–Afghanistan: the Taliban’s return left a situation the essay calls complex and uncertain.',
  },
] as const satisfies readonly Term[];

export const dimensionKinds = [
  {
    value: 'strategic',
    label: 'Strategic',
    definition:
      'The overall strategic alignment of the two sides: partnership, alliance or rivalry as a whole.',
    example: 'China: the all-weather strategic partnership and its shared strategic interests.',
  },
  {
    value: 'diplomatic',
    label: 'Diplomatic',
    definition:
      'Political dialogue, recognition, support in international forums, engagement with governments.',
    example: 'China: backing for Pakistan in international forums, including on Kashmir.',
  },
  {
    value: 'security',
    label: 'Security',
    definition: 'Counterterrorism, border security and regional stability, short of defence-industrial ties.',
    example:
      'Afghanistan: the joint efforts against terrorist networks and for border security that the essay calls essential.',
  },
  {
    value: 'defence',
    label: 'Defence',
    definition: 'Military cooperation: exercises, arms deals, training, defence agreements.',
    example: 'Russia: joint military exercises, arms deals and training programmes.',
  },
  {
    value: 'economic',
    label: 'Economic',
    definition:
      'Investment, growth and economic reform taken together, where the source does not single out trade or energy.',
    example: 'China: CPEC investment in infrastructure, energy projects and industrial zones.',
  },
  {
    value: 'development',
    label: 'Development',
    definition: 'Aid and assistance for sectors such as education, health and infrastructure.',
    example: 'United States: economic and development assistance for education, health and infrastructure.',
  },
  {
    value: 'energy',
    label: 'Energy',
    definition: 'Supply of oil and gas, energy projects and pipelines.',
    example:
      'Russia: interest in taking part in Pakistani energy projects, the North–South gas pipeline among them.',
  },
  {
    value: 'trade',
    label: 'Trade',
    definition: 'Trade in goods and services, cross-border trade and trade ties.',
    example: 'Afghanistan: improving cross-border trade.',
  },
  {
    value: 'investment',
    label: 'Investment',
    definition: 'Inward investment sought or received from the partner, named on its own.',
    example: 'Gulf states: investment sought in energy, infrastructure and real estate.',
  },
  {
    value: 'connectivity',
    label: 'Connectivity',
    definition: 'Road, rail and corridor links that tie the two economies together.',
    example: 'Afghanistan: road and rail links to ease trade and regional integration.',
  },
  {
    value: 'labour-remittances',
    label: 'Labour and remittances',
    definition: 'Pakistani workers abroad and the money they send home.',
    example: 'Gulf states: millions of Pakistani expatriates and the remittances they send.',
  },
  {
    value: 'multilateral',
    label: 'Multilateral',
    definition: 'Cooperation within or through international organisations and regional forums.',
    example:
      'No relationship in the 2024 essay is coded here: the essay treats the UN, the OIC and the SCO as a line of policy (the multilateral-diplomacy theme), not as part of one relationship.',
  },
] as const satisfies readonly Term[];

export const actorKinds = [
  {
    value: 'state',
    label: 'State',
    definition: 'A sovereign state with an ISO 3166-1 code.',
    example: 'China (CN, CHN).',
  },
  {
    value: 'organisation',
    label: 'International organisation',
    definition: 'An intergovernmental organisation or forum.',
    example: 'The Shanghai Cooperation Organization.',
  },
  {
    value: 'region',
    label: 'Region',
    definition: 'A geographical region named by the source, without a membership list of its own.',
    example: 'Central Asia.',
  },
  {
    value: 'non-state',
    label: 'Non-state actor',
    definition: 'An armed or political movement that is not a state.',
    example: 'The Afghan Mujahideen.',
  },
  {
    value: 'group',
    label: 'Group of states',
    definition:
      'A named set of states that the source treats together; it lists the members the source names.',
    example:
      'The Gulf states, listing the two the essay names in particular: Saudi Arabia and the United Arab Emirates.',
  },
] as const satisfies readonly Term[];

export const initiativeKinds = [
  {
    value: 'programme',
    label: 'Programme',
    definition: 'A broad policy programme that hosts several projects.',
    example: 'China’s Belt and Road Initiative.',
  },
  {
    value: 'corridor',
    label: 'Economic corridor',
    definition: 'A package of connected infrastructure, energy and industrial projects along a route.',
    example: 'The China-Pakistan Economic Corridor.',
  },
  {
    value: 'infrastructure',
    label: 'Infrastructure project',
    definition: 'A single physical project such as a pipeline, road or railway.',
    example: 'The North–South gas pipeline.',
  },
  {
    value: 'diplomatic-process',
    label: 'Diplomatic process',
    definition: 'A channel or set of measures for dialogue and trust-building.',
    example: 'Track II diplomacy between Pakistan and India.',
  },
  {
    value: 'campaign',
    label: 'Campaign',
    definition: 'A military or security campaign conducted over years.',
    example: 'The U.S.-led War on Terror.',
  },
] as const satisfies readonly Term[];

export const datePrecisions = [
  {
    value: 'year',
    label: 'Year',
    definition: 'Only the year is known or meaningful; the date is written YYYY.',
    example: '1947',
  },
  {
    value: 'month',
    label: 'Month',
    definition: 'The month is known; the date is written YYYY-MM.',
    example: '1979-12',
  },
  {
    value: 'day',
    label: 'Day',
    definition: 'The day is known; the date is written YYYY-MM-DD.',
    example: '2021-08-15',
  },
] as const satisfies readonly Term[];

export const eventKinds = [
  {
    value: 'visit',
    label: 'Visit',
    definition:
      'A leader, minister or envoy travels to another state for talks, or receives one; `end` gives the last day of a visit of several days.',
    example: "Iran's President Raisi in Islamabad, Lahore and Karachi, 22–24 April 2024.",
  },
  {
    value: 'summit',
    label: 'Summit',
    definition: 'A meeting of heads of state or government of an international organisation or forum.',
    example: 'The SCO Council of Heads of Government that Pakistan hosted in Islamabad, 15–16 October 2024.',
  },
  {
    value: 'meeting',
    label: 'Meeting',
    definition:
      'Talks between officials of two or more states, or a session of a joint body, held on the sidelines of an event or as a dialogue of its own.',
    example: 'The Pakistan–US counterterrorism dialogue in Washington, 10 May 2024.',
  },
  {
    value: 'agreement',
    label: 'Agreement',
    definition:
      'Two or more parties agree, sign or renew something between them: a treaty, a memorandum, a staff-level agreement.',
    example: 'India and Pakistan renew the Kartarpur Corridor agreement for five years, 22 October 2024.',
  },
  {
    value: 'statement',
    label: 'Statement',
    definition:
      'A formal statement, letter, resolution or message of one government or legislature about another state, and any reply to it.',
    example: "A US House resolution on democracy in Pakistan, and the Foreign Office's reply, June 2024.",
  },
  {
    value: 'resolution',
    label: 'Resolution',
    definition:
      'An international body adopts a resolution that Pakistan tabled, alone or on behalf of a group of states.',
    example:
      'The UN General Assembly adopts "Measures to combat Islamophobia", presented by Pakistan for the OIC, 15 March 2024.',
  },
  {
    value: 'decision',
    label: 'Decision',
    definition:
      "A government's decision on a measure that concerns another state or its nationals, short of a sanction.",
    example: 'Pakistan recalls its ambassador from Tehran after the Iranian strike, 17 January 2024.',
  },
  {
    value: 'sanction',
    label: 'Sanction',
    definition:
      'A state lists persons, firms or bodies for sanctions or export restrictions that bear on Pakistan.',
    example: "The United States sanctions Pakistan's National Development Complex, 18 December 2024.",
  },
  {
    value: 'strike',
    label: 'Strike',
    definition:
      "A state's armed forces strike targets on another state's territory, by air or by fire across a border.",
    example: "Iran's strikes in Balochistan, 16 January 2024.",
  },
  {
    value: 'clash',
    label: 'Clash',
    definition: 'An exchange of fire between the forces of two states at their border.',
    example: 'Pakistani and Afghan border forces exchange fire at Torkham, 12 August 2024.',
  },
  {
    value: 'attack',
    label: 'Attack',
    definition:
      'An attack by an armed group on foreign nationals in Pakistan, on a site of a project Pakistan builds with another state, or on Pakistani nationals abroad, that the two governments take up with each other.',
    example: 'The bombing of a convoy of Chinese staff near Karachi airport, 6 October 2024.',
  },
  {
    value: 'exercise',
    label: 'Exercise',
    definition: 'A joint military exercise of the armed forces of two or more states.',
    example: 'The Pakistan–Russia counter-terrorism exercise Druzhba-VII, 13–25 October 2024.',
  },
  {
    value: 'programme',
    label: 'Programme',
    definition:
      'A lending or financing arrangement with an international body or a state: its approval, a review or disbursement under it, or a deposit rolled over.',
    example: "The IMF Executive Board approves Pakistan's Extended Fund Facility, 25 September 2024.",
  },
  {
    value: 'project',
    label: 'Project',
    definition: 'A joint project launched, completed or opened: an airport, a satellite.',
    example: 'The New Gwadar International Airport is inaugurated, 14 October 2024.',
  },
  {
    value: 'trade',
    label: 'Trade link',
    definition:
      'A trade or transport link between Pakistan and another state opened or restored: a direct shipping service, a border crossing opened to trade.',
    example: 'A container ship from Karachi reaches Chittagong on a new direct service, 11 November 2024.',
  },
  {
    value: 'election',
    label: 'Election',
    definition: 'Pakistan is elected to a body of an international organisation.',
    example: 'Pakistan is elected to the UN Security Council for 2025–26, 6 June 2024.',
  },
] as const satisfies readonly Term[];

/** A criterion that makes an event of the chronology a key event, and the event kinds it admits. */
export interface KeyCriterionTerm<V extends string = string> extends Term<V> {
  readonly kinds: readonly (typeof eventKinds)[number]['value'][];
}

export const keyCriteria = [
  {
    value: 'leaders-meet',
    label: 'Leaders meet',
    kinds: ['visit', 'meeting'],
    definition:
      "A visit or meeting of heads of state or government, or, with a partner whose leaders did not meet Pakistan's in the year, the highest-level visit between the two.",
    example: "Shehbaz Sharif's visit to China, 4–8 June 2024.",
  },
  {
    value: 'force-across-border',
    label: 'Force across a border',
    kinds: ['strike', 'clash'],
    definition: "One state's armed forces strike targets on the other's territory, or the two exchange fire.",
    example: "Iran's strikes in Balochistan, 16 January 2024.",
  },
  {
    value: 'sanction',
    label: 'Sanction on Pakistan',
    kinds: ['sanction'],
    definition: 'A state lists a Pakistani state body for sanctions or export restrictions.',
    example: "The United States sanctions Pakistan's National Development Complex, 18 December 2024.",
  },
  {
    value: 'multilateral-decision',
    label: 'Decision of an international body',
    kinds: ['programme', 'election'],
    definition:
      "An international body decides on Pakistan: a lender's board approves a programme, or Pakistan is elected to one of its organs.",
    example: "The IMF Executive Board approves Pakistan's Extended Fund Facility, 25 September 2024.",
  },
] as const satisfies readonly KeyCriterionTerm[];

/** How many key events the year may have, and how many per relationship of the essay. */
export const keyEventLimits = { min: 6, max: 10, perRelationship: { min: 1, max: 2 } } as const;

export const sourceKinds = [
  {
    value: 'essay',
    label: 'Essay',
    definition:
      'The analysis the dataset reads. Cited by heading path and paragraph; every quote is checked against a copy of its text, whose SHA-256 the record holds.',
    example: "Shaan Abbas, Pakistan's Foreign Policy in 2024 (IIPS, 2024).",
  },
  {
    value: 'report',
    label: 'Report',
    definition:
      "A published report that the year's chronology cites: an agency's, newspaper's or broadcaster's article, or an official statement. Cited by a quote of at most 12 words, checked against the stored copy read on the date accessed.",
    example: 'A Dawn article of 15 September 2024 on the Foreign Office reply to US sanctions.',
  },
] as const satisfies readonly Term[];

export const publisherTypes = [
  {
    value: 'official',
    label: 'Official',
    definition:
      'A government, legislature, international organisation or state-owned company publishing its own text.',
    example: 'The text of a resolution as passed, on congress.gov.',
  },
  {
    value: 'news-agency',
    label: 'News agency',
    definition: 'A wire service whose reports other outlets carry.',
    example: 'TASS; Associated Press of Pakistan; Kazinform.',
  },
  {
    value: 'newspaper',
    label: 'Newspaper',
    definition: 'A daily or weekly newspaper, in print or online.',
    example: 'Dawn; The Hindu; Arab News.',
  },
  {
    value: 'broadcaster',
    label: 'Broadcaster',
    definition: 'A television or radio broadcaster and its website.',
    example: 'ARY News; Radio Pakistan; TRT World.',
  },
  {
    value: 'other',
    label: 'Other',
    definition: 'An online news site, news portal or business news service that is none of the above.',
    example: 'UrduPoint; ProPakistani; Zawya.',
  },
] as const satisfies readonly Term[];

export const reaches = [
  {
    value: 'international',
    label: 'International',
    definition:
      'The publisher reports for readers in many countries (as ACLED\'s `source_scale` "international").',
    example: 'Reuters; Al Jazeera; TRT World.',
  },
  {
    value: 'national',
    label: 'National',
    definition: "The publisher reports for one country's readers as a whole.",
    example: 'Dawn; The Hindu; Business Recorder.',
  },
  {
    value: 'local',
    label: 'Local',
    definition: 'The publisher reports for one city, province or region.',
    example: 'A provincial daily of Khyber Pakhtunkhwa.',
  },
] as const satisfies readonly Term[];

/** One table of the methodology's vocabularies: a vocabulary, the field that takes it, and an anchor id. */
export interface VocabularySection {
  readonly id: string;
  readonly title: string;
  /** Where the values go, as a path into data.json: `relationships[].stance.value`. */
  readonly field: string;
  readonly terms: readonly Term[];
}

/** The scale a figure's value is written in: "568.2" with `million` is 568,200,000. */
export const scaleUnits = [
  {
    value: 'thousand',
    label: 'thousand',
    definition: 'The value counts thousands of the currency.',
    example: '250 thousand dollars is written 250 with unit thousand.',
  },
  {
    value: 'million',
    label: 'million',
    definition: 'The value counts millions of the currency ("m", "mn" in reports).',
    example: "SBP's $5,432.929 million of exports to the United States is 5432.929 million.",
  },
  {
    value: 'billion',
    label: 'billion',
    definition: 'The value counts thousands of millions of the currency ("bn" in reports).',
    example: 'Remittances of $30.3 billion in FY2023-24 are 30.3 billion.',
  },
] as const satisfies readonly Term[];

/** How many units one step of each scale is (the quote check and the charts compare through it). */
export const scaleFactors: Readonly<Record<(typeof scaleUnits)[number]['value'], number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
};

/** The currencies a figure may be given in. */
export const currencies = [
  {
    value: 'USD',
    label: 'US dollars',
    definition: "United States dollars, the currency Pakistan's external accounts are reported in.",
    example: 'Net FDI from China of $568.2 million.',
  },
  {
    value: 'SDR',
    label: 'Special Drawing Rights',
    definition: "The IMF's unit of account, in which its arrangements and disbursements are set.",
    example: 'An Extended Fund Facility of SDR 5,320 million.',
  },
] as const satisfies readonly Term[];

/** How an indicator's periods are cut. */
export const periodConventions = [
  {
    value: 'fiscal-year',
    label: 'Fiscal year (July–June)',
    definition:
      "Pakistan's fiscal year, 1 July to 30 June; a period starts on 1 July and ends on the last day of a month of that year (the year to date when before 30 June).",
    example: 'FY2023-24 is 2023-07-01 to 2024-06-30; July–November of FY2024-25 ends 2024-11-30.',
  },
  {
    value: 'calendar-year',
    label: 'Calendar year',
    definition: 'January to December: a period starts on 1 January and ends on 31 December.',
    example: 'Trade in 2023 is 2023-01-01 to 2023-12-31.',
  },
  {
    value: 'month',
    label: 'Month',
    definition: 'One calendar month, from its first day to its last.',
    example: 'Remittances of June 2024 are 2024-06-01 to 2024-06-30.',
  },
  {
    value: 'day',
    label: 'Day',
    definition:
      'One day on which an amount was agreed, approved, disbursed or rolled over: the period starts and ends on it.',
    example: "The IMF Board's approval of the Extended Fund Facility on 2024-09-25.",
  },
] as const satisfies readonly Term[];

/** How final a figure is, as its report presents it. */
export const figureStatuses = [
  {
    value: 'provisional',
    label: 'Provisional',
    definition: 'The first figure published for the period, which the statistical source may revise.',
    example: "SBP's country-wise exports for FY2023-24 as released in July 2024.",
  },
  {
    value: 'revised',
    label: 'Revised',
    definition: 'A later figure for a period already published, replacing an earlier one.',
    example: "FY2023-24 exports to the United States given a year later as the previous year's figure.",
  },
  {
    value: 'final',
    label: 'Final',
    definition: 'An amount fixed by a decision or transaction, which no later release revises.',
    example: 'A disbursement of SDR 828 million, or a deposit of $3 billion rolled over.',
  },
] as const satisfies readonly Term[];

/** Whether a figure is the amount itself or a bound the report gives. */
export const approximations = [
  {
    value: 'exact',
    label: 'As stated',
    definition: 'The report gives the amount, rounded as it prints it.',
    example: '$568.2 million.',
  },
  {
    value: 'about',
    label: 'About',
    definition: 'The report gives the amount as approximate ("about", "around").',
    example: 'An Extended Fund Facility of about $7 billion.',
  },
  {
    value: 'more-than',
    label: 'More than',
    definition: 'The report gives only a lower bound ("exceeded", "more than").',
    example: 'Trade that exceeded $1 billion in 2023.',
  },
] as const satisfies readonly Term[];

/** Every controlled vocabulary, in the order the methodology documents them. */
export const vocabularySections: readonly VocabularySection[] = [
  {
    id: 'stance',
    title: 'Stance: the cooperation–conflict scale',
    field: 'relationships[].stance.value',
    terms: stances,
  },
  { id: 'trajectory', title: 'Trajectory', field: 'relationships[].trajectory.value', terms: trajectories },
  {
    id: 'dimension-kinds',
    title: 'Dimension kinds',
    field: 'relationships[].dimensions[].kind',
    terms: dimensionKinds,
  },
  { id: 'actor-kinds', title: 'Actor kinds', field: 'actors[].kind', terms: actorKinds },
  { id: 'initiative-kinds', title: 'Initiative kinds', field: 'initiatives[].kind', terms: initiativeKinds },
  { id: 'date-precision', title: 'Date precision', field: 'events[].precision', terms: datePrecisions },
  {
    id: 'event-kinds',
    title: 'Event kinds of the chronology',
    field: 'chronology[].kind',
    terms: eventKinds,
  },
  {
    id: 'key-criteria',
    title: 'Key events: criteria',
    field: 'chronology[].key.criterion',
    terms: keyCriteria,
  },
  { id: 'source-kinds', title: 'Source kinds', field: 'sources[].kind', terms: sourceKinds },
  {
    id: 'publisher-types',
    title: 'Publisher types of reports',
    field: 'sources[].publisherType',
    terms: publisherTypes,
  },
  { id: 'reach', title: 'Reach of reports', field: 'sources[].reach', terms: reaches },
  { id: 'scale-units', title: 'Units of figures', field: 'figures[].unit', terms: scaleUnits },
  { id: 'currencies', title: 'Currencies of figures', field: 'figures[].currency', terms: currencies },
  {
    id: 'period-conventions',
    title: 'Period conventions of indicators',
    field: 'indicators[].period',
    terms: periodConventions,
  },
  { id: 'figure-statuses', title: 'Status of figures', field: 'figures[].status', terms: figureStatuses },
  {
    id: 'approximations',
    title: 'Approximation of figures',
    field: 'figures[].approximation',
    terms: approximations,
  },
];

/** The label of a value of a vocabulary ("Close cooperation"), or the value itself when it has none. */
export function labelOf(terms: readonly Term[], value: string): string {
  return terms.find((t) => t.value === value)?.label ?? value;
}

/** A score of the stance scale with its sign: "+2", "0", "-1" (or "−1" with a typographic `minus`). */
export function formatScore(score: number, minus = '-'): string {
  return score > 0 ? `+${score}` : score < 0 ? `${minus}${Math.abs(score)}` : '0';
}

/** The values of a vocabulary, as a tuple zod can turn into an enumeration. */
export function valuesOf<T extends readonly Term[]>(terms: T): [T[number]['value'], ...T[number]['value'][]] {
  return terms.map((t) => t.value) as [T[number]['value'], ...T[number]['value'][]];
}

// The lexicons compiled into phrase tries, each on first use (nothing runs at import time).
import { ACTIONS_EN, ACTIONS_EN_IRREGULAR, ACTIONS_ZH } from './lexicon/actions.js';
import {
  DIRECTION_AFTER,
  DIRECTION_BEFORE,
  type DirectionCue,
  FROM_MARKERS,
  RATE_AFTER,
  RATE_BEFORE,
  SERVICE_LEVEL_CUES,
  TO_MARKERS,
} from './lexicon/cues.js';
import { METRIC_SUFFIXES_ZH, METRICS_EN, METRICS_ZH } from './lexicon/metrics.js';
import { ENGLISH_ORDINALS } from './lexicon/numerals.js';
import {
  DEPARTMENT_SUFFIXES,
  DEPARTMENT_WORDS,
  OWNER_VERBS_ZH,
  PRONOUNS,
  ROLES,
  TEAM_NOUNS,
} from './lexicon/owners.js';
import {
  BASELINE_AFTER,
  BASELINE_BEFORE,
  DEADLINE_MARKERS_AFTER,
  DEADLINE_MARKERS_BEFORE,
  MONTH_NAMES,
  RELATIVE_TIME,
  type RelativeTime,
  WEEKDAYS,
  WINDOW_MARKERS_AFTER,
  WINDOW_MARKERS_BEFORE,
} from './lexicon/time.js';
import {
  CURRENCY_BEFORE,
  MULTIPLIER_WORDS,
  NOT_A_COUNTED_NOUN,
  UNITS_AFTER,
  type UnitEntry,
} from './lexicon/units.js';
import { VAGUE_EN, VAGUE_ZH } from './lexicon/vague-terms.js';
import { buildReverseTrie, buildTrie, lazy, type PhraseTrie } from './phrase-trie.js';
import type { GoalDirection, TimeUnit, VagueCategory } from './types.js';

const flags = (phrases: readonly string[]): [string, true][] => phrases.map((p) => [p, true]);

/** Words after a number that mean it counts nothing. */
export const notCountedNouns: () => ReadonlySet<string> = lazy(() => new Set(NOT_A_COUNTED_NOUN));
/** Units after a number. */
export const unitTrie: () => PhraseTrie<UnitEntry> = lazy(() => buildTrie(UNITS_AFTER));
/** Currencies before a number. */
export const currencyBeforeTrie: () => PhraseTrie<string> = lazy(() => buildReverseTrie(CURRENCY_BEFORE));
/** Multiplier words (double, 翻一番). */
export const multiplierTrie: () => PhraseTrie<number> = lazy(() => buildTrie(MULTIPLIER_WORDS));
/** Direction cues, matched forward; the analysis records where each ends. */
export const directionTrie: () => PhraseTrie<DirectionCue> = lazy(() => buildTrie(DIRECTION_BEFORE));
/** Comparators after a quantity. */
export const directionAfterTrie: () => PhraseTrie<GoalDirection> = lazy(() => buildTrie(DIRECTION_AFTER));
/** Rates after a quantity. */
export const rateAfterTrie: () => PhraseTrie<TimeUnit> = lazy(() => buildTrie(RATE_AFTER));
/** Rates before a quantity, matched forward. */
export const rateBeforeTrie: () => PhraseTrie<TimeUnit> = lazy(() => buildTrie(RATE_BEFORE));
/** Service-level verbs. */
export const serviceLevelTrie: () => PhraseTrie<true> = lazy(() => buildTrie(flags(SERVICE_LEVEL_CUES)));
/** Metric nouns in both languages. */
export const metricTrie: () => PhraseTrie<true> = lazy(() =>
  buildTrie(flags([...METRICS_EN, ...METRICS_ZH])),
);
/** Relative time phrases. */
export const relativeTimeTrie: () => PhraseTrie<RelativeTime> = lazy(() => buildTrie(RELATIVE_TIME));
/** Weekday names. */
export const weekdayTrie: () => PhraseTrie<number> = lazy(() => buildTrie(WEEKDAYS));
/** Words before a deadline that join its span, matched backwards. */
export const deadlineBeforeTrie: () => PhraseTrie<true> = lazy(() =>
  buildReverseTrie(
    flags([
      ...DEADLINE_MARKERS_BEFORE,
      'end of',
      'the end of',
      'by the end of',
      'before the end of',
      'until the end of',
      'at the end of',
      'by end of',
      'in the',
      'by the',
    ]),
  ),
);
/** Words after a deadline that join its span. */
export const deadlineAfterTrie: () => PhraseTrie<true> = lazy(() =>
  buildTrie(flags([...DEADLINE_MARKERS_AFTER, '末', '底', '结束', '截止前'])),
);
/** Words before a duration that make it a window; the value says whether the amount may be left out. */
export const windowBeforeTrie: () => PhraseTrie<{ readonly implicit: boolean }> = lazy(() =>
  buildTrie(
    WINDOW_MARKERS_BEFORE.map((p): [string, { implicit: boolean }] => {
      const last = p.split(' ').at(-1) ?? '';
      const preposition = p.includes(' ') && !p.startsWith('the ') && !p.startsWith('next');
      return [p, { implicit: preposition && ['next', 'coming', 'following', 'first', 'a'].includes(last) }];
    }),
  ),
);
/** Words after a Chinese duration that make it a window. */
export const windowAfterTrie: () => PhraseTrie<true> = lazy(() => buildTrie(flags(WINDOW_MARKERS_AFTER)));
/** Words before a year that make it a baseline, matched backwards. */
export const baselineBeforeTrie: () => PhraseTrie<true> = lazy(() =>
  buildReverseTrie(flags(BASELINE_BEFORE)),
);
/** Words after a year that make it a baseline. */
export const baselineAfterTrie: () => PhraseTrie<true> = lazy(() => buildTrie(flags(BASELINE_AFTER)));
/** Vague terms in both languages. */
export const vagueTrie: () => PhraseTrie<VagueCategory> = lazy(() => buildTrie([...VAGUE_ZH, ...VAGUE_EN]));
/** Pronouns (the value is false for words consumed so they are not read as a pronoun, such as 自我). */
export const pronounTrie: () => PhraseTrie<boolean> = lazy(() => buildTrie(PRONOUNS));
/** Department words. */
export const departmentTrie: () => PhraseTrie<true> = lazy(() => buildTrie(flags(DEPARTMENT_WORDS)));
/** Department suffixes. */
export const departmentSuffixTrie: () => PhraseTrie<true> = lazy(() => buildTrie(flags(DEPARTMENT_SUFFIXES)));
/** Team nouns. */
export const teamTrie: () => PhraseTrie<true> = lazy(() => buildTrie(flags(TEAM_NOUNS)));
/** Chinese verbs that make the name before them the owner. */
export const ownerVerbTrie: () => PhraseTrie<true> = lazy(() => buildTrie(flags(OWNER_VERBS_ZH)));
/** Roles. */
export const roleTrie: () => PhraseTrie<true> = lazy(() => buildTrie(flags(ROLES)));

/**
 * English verb forms: the base, -s, -ed and -ing (with the usual spelling rules). The regular expressions here run
 * on lexicon words when the trie is built, never on a statement.
 */
function inflect(base: string): string[] {
  const [verb = '', ...rest] = base.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const doubles = new Set([
    'plan',
    'ship',
    'admit',
    'commit',
    'submit',
    'transfer',
    'refer',
    'control',
    'equip',
  ]);
  for (const v of [
    'scan',
    'chat',
    'map',
    'tag',
    'log',
    'jog',
    'grab',
    'trim',
    'step',
    'run',
    'win',
    'set',
    'enrol',
  ]) {
    doubles.add(v);
  }
  const consonantY = /[^aeiou]y$/.test(verb);
  const third = /(s|x|z|ch|sh)$/.test(verb)
    ? `${verb}es`
    : consonantY
      ? `${verb.slice(0, -1)}ies`
      : `${verb}s`;
  const doubled = doubles.has(verb) ? verb + verb.at(-1) : verb;
  const past = verb.endsWith('e') ? `${verb}d` : consonantY ? `${verb.slice(0, -1)}ied` : `${doubled}ed`;
  const ing = verb.endsWith('ie')
    ? `${verb.slice(0, -2)}ying`
    : verb.endsWith('e') && !/(ee|ye|oe)$/.test(verb)
      ? `${verb.slice(0, -1)}ing`
      : `${doubled}ing`;
  return [verb, third, past, ing].map((form) => form + tail);
}

/** Concrete action verbs in both languages, English inflected. */
export const actionTrie: () => PhraseTrie<string> = lazy(() =>
  buildTrie([
    ...ACTIONS_EN.flatMap((base) => inflect(base).map((form): [string, string] => [form, base])),
    ...ACTIONS_EN_IRREGULAR.map((form): [string, string] => [form, form]),
    ...ACTIONS_ZH.map((verb): [string, string] => [verb, verb]),
  ]),
);

/** Bits of {@link firstKeyMasks}: which lexicons have a phrase starting with a token's key. */
export const FIRST = {
  relative: 1,
  window: 2,
  weekday: 4,
  pronoun: 8,
  department: 16,
  role: 32,
  team: 64,
  vague: 128,
  action: 256,
  cue: 512,
  rate: 1024,
  metric: 2048,
  service: 4096,
  multiplier: 8192,
  deadline: 16384,
  determiner: 32768,
  marker: 65536,
  to: 131072,
  from: 262144,
  metricSuffix: 524288,
} as const;

/** Keys that start a deadline pattern other than a number or a lexicon phrase (每月5日前, Q3, FY2026, March). */
const DEADLINE_STARTS = [
  '每',
  '第',
  'q',
  'fyq',
  'h',
  'fy',
  'fiscal',
  'month',
  'each',
  'every',
  '本',
  '这',
  '下',
  'next',
];
const OWNER_DETERMINERS = ['the', 'our', 'my', 'each', 'every', 'all', 'this', 'your', 'their'];

/**
 * For every key that starts some lexicon phrase, a bitmask of the lexicons ({@link FIRST}). A token whose key has
 * no bit set can skip those lexicons without a lookup each, which keeps long runs of ordinary text cheap.
 */
export const firstKeyMasks: () => ReadonlyMap<string, number> = lazy(() => {
  const masks = new Map<string, number>();
  const add = (key: string, bit: number): void => {
    masks.set(key, (masks.get(key) ?? 0) | bit);
  };
  const addTrie = (trie: PhraseTrie<unknown>, bit: number): void => {
    for (const key of trie.next.keys()) add(key, bit);
  };
  addTrie(relativeTimeTrie(), FIRST.relative);
  addTrie(windowBeforeTrie(), FIRST.window);
  addTrie(weekdayTrie(), FIRST.weekday);
  addTrie(pronounTrie(), FIRST.pronoun);
  addTrie(departmentTrie(), FIRST.department);
  addTrie(roleTrie(), FIRST.role);
  addTrie(teamTrie(), FIRST.team);
  addTrie(vagueTrie(), FIRST.vague);
  addTrie(actionTrie(), FIRST.action);
  addTrie(directionTrie(), FIRST.cue);
  addTrie(rateBeforeTrie(), FIRST.rate);
  addTrie(metricTrie(), FIRST.metric);
  addTrie(serviceLevelTrie(), FIRST.service);
  addTrie(multiplierTrie(), FIRST.multiplier);
  for (const key of DEADLINE_STARTS) add(key, FIRST.deadline);
  for (const key of Object.keys(MONTH_NAMES)) add(key, FIRST.deadline);
  for (const key of Object.keys(ENGLISH_ORDINALS)) add(key, FIRST.deadline);
  for (const key of OWNER_DETERMINERS) add(key, FIRST.determiner);
  for (const key of ['由', '让', '请', 'by']) add(key, FIRST.marker);
  for (const key of TO_MARKERS) add(key, FIRST.to);
  for (const key of FROM_MARKERS) add(key, FIRST.from);
  for (const key of Object.keys(METRIC_SUFFIXES_ZH)) add(key, FIRST.metricSuffix);
  return masks;
});

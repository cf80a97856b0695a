import type { Locale } from '../i18n/locale.js';
import type { Calendar } from '../model/types.js';

/**
 * Which way a quantity moves: `increase` (提高 10%), `decrease` (降低 to 2%), `target` (达到 500万元), `at-least`
 * (至少, 以上, at least, more than) or `at-most` (不超过, 以内, under, below).
 *
 * @example
 * ```ts
 * const direction: GoalDirection = 'increase';
 * ```
 */
export type GoalDirection = 'increase' | 'decrease' | 'target' | 'at-least' | 'at-most';

/**
 * What a quantity counts: `currency` (500万元 → CNY), `percent` (85%, 三成), `count` (250 guests, 5名工程师),
 * `duration` (under 30 minutes, 2小时内 as a service level), `measure` (15 pounds, 5 km), `score` (75分, 10 points),
 * `multiplier` (double, 3倍, three times a week), `rank` (前3名, top 3) or `number` (a bare number).
 *
 * @example
 * ```ts
 * const category: QuantityCategory = 'currency';
 * ```
 */
export type QuantityCategory =
  | 'currency'
  | 'percent'
  | 'count'
  | 'duration'
  | 'measure'
  | 'score'
  | 'multiplier'
  | 'rank'
  | 'number';

/**
 * A unit of time, as durations and rates use it.
 *
 * @example
 * ```ts
 * const unit: TimeUnit = 'month';
 * ```
 */
export type TimeUnit =
  | 'second'
  | 'minute'
  | 'hour'
  | 'day'
  | 'workday'
  | 'week'
  | 'month'
  | 'quarter'
  | 'year';

/**
 * How a statement bounds time: `date` (an absolute date, month, quarter or year: 2026年3月31日前, by July 2016,
 * Q3结束前), `within` (a window from the reference: 3个月内, within three months), `relative` (a calendar point
 * relative to the reference: 月底前, by the end of the month, 今年, next quarter), `recurring` (每月5日前, by the
 * 5th of each month) or `event` (relative to an event: 首月, 国庆节前, by Christmas).
 *
 * @example
 * ```ts
 * const form: DeadlineForm = 'within';
 * ```
 */
export type DeadlineForm = 'date' | 'within' | 'relative' | 'recurring' | 'event';

/**
 * Why a term is vague: a `verb` that names no amount (提升, improve), an `adverb` of degree (大幅, significantly),
 * a `comparative` (更好, better, more customer-oriented), a `superlative` (最好, best, world-class), a vague
 * `quantifier` (一些, several), a `hedge` (争取, try to) or vague `time` (尽快, as soon as possible).
 *
 * @example
 * ```ts
 * const category: VagueCategory = 'superlative';
 * ```
 */
export type VagueCategory =
  | 'verb'
  | 'adverb'
  | 'comparative'
  | 'superlative'
  | 'quantifier'
  | 'hedge'
  | 'time';

/**
 * What kind of owner a statement names: a `pronoun` (我, we), a `department` (研发部, the HR department), a
 * `team` (团队, the team), a `role` (项目经理, the project manager) or a `person` (由张强负责, Sarah will).
 *
 * @example
 * ```ts
 * const category: OwnerCategory = 'department';
 * ```
 */
export type OwnerCategory = 'pronoun' | 'department' | 'team' | 'role' | 'person';

/**
 * What every piece of evidence has: the matched `text` and its UTF-16 span in the statement, so that
 * `statement.slice(start, end) === text`.
 *
 * @example
 * ```ts
 * const span: EvidenceSpan = { text: '500万元', start: 12, end: 17 };
 * ```
 */
export interface EvidenceSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A quantity found in the statement, with its normalised `value` (500万元 → 5000000, 85% → 85, 三成 → 30) and,
 * when stated, its `unit` (`CNY`, `USD`, `%`, `kg`, the counted noun or classifier), its `direction`, the `from`
 * and `to` of a change (从70%提高到85%: from 70, to 85, value 85) and the time unit of a rate (`per`: 每月2本).
 * Only `strong` quantities make a statement measurable; a `weak` one is a number not tied to a metric ("more
 * customer-oriented by 13%"), a count of one, or a bare number.
 *
 * @example
 * ```ts
 * const q: QuantityEvidence = {
 *   kind: 'quantity', text: '500万元', start: 12, end: 17,
 *   value: 5_000_000, unit: 'CNY', category: 'currency', direction: 'target', strength: 'strong',
 * };
 * ```
 */
export interface QuantityEvidence extends EvidenceSpan {
  readonly kind: 'quantity';
  readonly value: number;
  readonly unit?: string;
  readonly category: QuantityCategory;
  readonly direction?: GoalDirection;
  readonly from?: number;
  readonly to?: number;
  readonly per?: TimeUnit;
  readonly strength: 'strong' | 'weak';
}

/**
 * A deadline, window or period found in the statement. `date` is the ISO date it resolves to (the last day it
 * allows), present when the statement names an absolute date with its year, or when a `reference` was given;
 * `amount` and `unit` describe a `within` window (3个月内 → 3 `month`).
 *
 * @example
 * ```ts
 * const d: DeadlineEvidence = {
 *   kind: 'deadline', text: '3个月内', start: 0, end: 4, form: 'within', amount: 3, unit: 'month', date: '2026-11-30',
 * };
 * ```
 */
export interface DeadlineEvidence extends EvidenceSpan {
  readonly kind: 'deadline';
  readonly form: DeadlineForm;
  readonly date?: string;
  readonly amount?: number;
  readonly unit?: TimeUnit;
}

/**
 * A concrete action verb (完成, 上线, launch, hire): the outcome the statement commits to. `term` is the lexicon
 * entry it matched.
 *
 * @example
 * ```ts
 * const a: ActionEvidence = { kind: 'action', text: '完成', start: 4, end: 6, term: '完成' };
 * ```
 */
export interface ActionEvidence extends EvidenceSpan {
  readonly kind: 'action';
  readonly term: string;
}

/**
 * A vague term. It is `resolved` when the statement quantifies it anyway (提高 … 10%; 尽快 with a deadline), and
 * only unresolved terms make the statement unspecific and are listed in {@link GoalAnalysis.vagueTerms}.
 *
 * @example
 * ```ts
 * const v: VagueEvidence = {
 *   kind: 'vague', text: '最好', start: 6, end: 8, term: '最好', category: 'superlative', resolved: false,
 * };
 * ```
 */
export interface VagueEvidence extends EvidenceSpan {
  readonly kind: 'vague';
  readonly term: string;
  readonly category: VagueCategory;
  readonly resolved: boolean;
}

/**
 * A named owner: who will do it.
 *
 * @example
 * ```ts
 * const o: OwnerEvidence = { kind: 'owner', text: '研发部', start: 0, end: 3, term: '研发部', category: 'department' };
 * ```
 */
export interface OwnerEvidence extends EvidenceSpan {
  readonly kind: 'owner';
  readonly term: string;
  readonly category: OwnerCategory;
}

/**
 * Any piece of evidence; narrow on `kind`.
 *
 * @example
 * ```ts
 * const describe = (e: GoalEvidence): string => (e.kind === 'quantity' ? `${e.value}` : e.text);
 * ```
 */
export type GoalEvidence =
  | QuantityEvidence
  | DeadlineEvidence
  | ActionEvidence
  | VagueEvidence
  | OwnerEvidence;

/**
 * One SMART criterion: whether the statement meets it and the evidence, in statement order.
 *
 * @example
 * ```ts
 * const c: GoalCriterion<OwnerEvidence> = { met: false, evidence: [] };
 * ```
 */
export interface GoalCriterion<E extends GoalEvidence = GoalEvidence> {
  readonly met: boolean;
  readonly evidence: readonly E[];
}

/**
 * The machine codes of analysis issues (stable public API):
 *
 * - `not_text`: the statement is not a string; nothing is met.
 * - `too_long`: the statement exceeds {@link MAX_STATEMENT_LENGTH}; nothing is met.
 * - `invalid_reference`: `reference` is neither an ISO date nor a `{ start, end }` period of ISO dates; the
 *   analysis runs without resolving dates.
 * - `invalid_locale`: `locale` is not `zh-CN`, `en` or `auto`; the locale is detected.
 * - `invalid_calendar`: `calendar` is not a `{ holidays, workdays }` calendar (or cannot be read); working days
 *   count Monday to Friday.
 *
 * @example
 * ```ts
 * const code: GoalAnalysisIssueCode = 'not_text';
 * ```
 */
export type GoalAnalysisIssueCode =
  | 'not_text'
  | 'too_long'
  | 'invalid_reference'
  | 'invalid_locale'
  | 'invalid_calendar';

/**
 * Something wrong with the input, as data: a machine `code`, the `path` of the offending argument and a message in
 * the analysis locale.
 *
 * @example
 * ```ts
 * const issue: GoalAnalysisIssue = { code: 'not_text', path: ['statement'], message: 'The goal statement is not text.' };
 * ```
 */
export interface GoalAnalysisIssue {
  readonly code: GoalAnalysisIssueCode;
  readonly path: readonly string[];
  readonly message: string;
}

/**
 * The SMART analysis of one goal sentence.
 *
 * - `specific`: an action or a quantified outcome, and no unresolved vague term.
 * - `measurable`: at least one strong quantity.
 * - `timeBound`: at least one deadline, window or period.
 * - `assignable`: a named owner (Doran's original "A").
 * - `vagueTerms`: the unresolved vague terms as written, in order, without repeats.
 * - `score`: the share of met criteria among specific, measurable and time-bound, plus assignable when the
 *   statement names an owner: `(S + M + T + A) / (3 + A)`, from 0 to 1.
 * - `deadline`: the latest resolved deadline date, when any resolved.
 * - `locale`: the locale used (detected when `auto`), which also picks the issue messages' language.
 * - `reference`: the reference date used to resolve relative deadlines, when one was given.
 *
 * @example
 * ```ts
 * const a: GoalAnalysis = analyzeGoal('3个月内完成产品上市，首月销售额达500万元');
 * a.measurable.met; // true
 * ```
 */
export interface GoalAnalysis {
  readonly statement: string;
  readonly locale: Locale;
  readonly reference?: string;
  readonly specific: GoalCriterion<ActionEvidence | VagueEvidence>;
  readonly measurable: GoalCriterion<QuantityEvidence>;
  readonly timeBound: GoalCriterion<DeadlineEvidence>;
  readonly assignable: GoalCriterion<OwnerEvidence>;
  readonly vagueTerms: readonly string[];
  readonly score: number;
  readonly deadline?: string;
  readonly issues: readonly GoalAnalysisIssue[];
}

/**
 * A reference period, as the collaboration's `period`: inclusive ISO dates.
 *
 * @example
 * ```ts
 * const p: GoalReferencePeriod = { start: '2026-09-01', end: '2026-11-30' };
 * ```
 */
export interface GoalReferencePeriod {
  readonly start: string;
  readonly end: string;
}

/**
 * Options of {@link analyzeGoal}.
 *
 * - `locale`: `zh-CN`, `en` or `auto` (the default: Chinese when the statement has at least as many Han characters
 *   as Latin words). Both lexicons always apply; the locale decides how `8/1/2014`-style dates read (month first)
 *   and the language of issue messages.
 * - `reference`: the date relative deadlines count from, an ISO date or a `{ start, end }` period (its start is
 *   used). Without it relative deadlines are still met, but carry no date.
 * - `calendar`: the working-day calendar, as the collaboration's `calendar` (holidays and make-up workdays). A
 *   working-day window (10个工作日内) ends on the N-th working day after the reference on it, as the schedule and
 *   the escalation timeboxes count; without it working days are Monday to Friday.
 *
 * @example
 * ```ts
 * const options: AnalyzeGoalOptions = {
 *   locale: 'auto',
 *   reference: { start: '2026-09-01', end: '2026-11-30' },
 *   calendar: { holidays: ['2026-10-01', '2026-10-02'], workdays: ['2026-10-10'] },
 * };
 * ```
 */
export interface AnalyzeGoalOptions {
  readonly locale?: Locale | 'auto';
  readonly reference?: string | GoalReferencePeriod;
  readonly calendar?: Calendar | undefined;
}

/**
 * The longest statement analysed, in UTF-16 code units; longer input yields an analysis with nothing met and a
 * `too_long` issue. Goal sentences are short: the limit is there so that pasted documents cannot cost unbounded
 * time, and it is well above the 100,000 characters the benchmark times.
 *
 * @example
 * ```ts
 * 'x'.repeat(MAX_STATEMENT_LENGTH + 1).length > MAX_STATEMENT_LENGTH; // true
 * ```
 */
export const MAX_STATEMENT_LENGTH = 1_000_000;

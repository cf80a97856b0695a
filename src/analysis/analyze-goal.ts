import type { Locale } from '../i18n/locale.js';
import { readOptionFields } from '../i18n/read-options.js';
import type { Calendar } from '../model/types.js';
import { type WorkCalendar, workCalendar } from '../schedule/working-days.js';
import { createContext } from './context.js';
import { dayOfIso, findDeadlines } from './deadlines/index.js';
import { detectLocale } from './detect-locale.js';
import { findActions } from './find-actions.js';
import { findOwners } from './find-owners.js';
import { findQuantities } from './find-quantities.js';
import { findVagueTerms } from './find-vague-terms.js';
import { goalMessage } from './messages.js';
import { computeSignals } from './signals.js';
import { tokenize } from './tokenize.js';
import {
  type AnalyzeGoalOptions,
  type GoalAnalysis,
  type GoalAnalysisIssue,
  MAX_STATEMENT_LENGTH,
  type VagueEvidence,
} from './types.js';

type OptionProblem = 'invalid_locale' | 'invalid_reference' | 'invalid_calendar';

interface ReadOptions {
  readonly locale: Locale | 'auto';
  readonly reference: number | undefined;
  readonly referenceIso: string | undefined;
  readonly calendar: WorkCalendar;
  readonly problems: readonly OptionProblem[];
}

const OPTION_KEYS = ['locale', 'reference', 'calendar'] as const;
const PROBLEM_OF: { readonly [K in (typeof OPTION_KEYS)[number]]: OptionProblem } = {
  locale: 'invalid_locale',
  reference: 'invalid_reference',
  calendar: 'invalid_calendar',
};

/** Reads the options defensively: a getter that throws or a value of the wrong type becomes an issue. */
function readOptions(options: unknown): ReadOptions {
  const problems = new Set<OptionProblem>();
  const read = readOptionFields(options, OPTION_KEYS);
  for (const { key } of read.unreadable) {
    // Options that cannot be inspected at all leave the locale and the reference unknown.
    if (key === 'options') problems.add('invalid_locale').add('invalid_reference');
    else problems.add(PROBLEM_OF[key]);
  }
  const { locale: rawLocale, reference: rawReference, calendar: rawCalendar } = read.values;
  let locale: Locale | 'auto' = 'auto';
  if (rawLocale === 'zh-CN' || rawLocale === 'en' || rawLocale === 'auto') locale = rawLocale;
  else if (rawLocale !== undefined) problems.add('invalid_locale');
  let reference: number | undefined;
  let referenceIso: string | undefined;
  if (rawReference !== undefined) {
    const iso = referenceStart(rawReference);
    reference = iso === undefined ? undefined : dayOfIso(iso);
    if (reference === undefined) problems.add('invalid_reference');
    else referenceIso = iso;
  }
  let calendar: WorkCalendar;
  try {
    calendar = workCalendar(rawCalendar as Calendar | undefined);
  } catch {
    // workCalendar throws only its typed invalid_argument error; here that is an issue, and Monday–Friday.
    problems.add('invalid_calendar');
    calendar = workCalendar();
  }
  // Issues in the order the options are documented.
  const ordered = (['invalid_locale', 'invalid_reference', 'invalid_calendar'] as const).filter((p) =>
    problems.has(p),
  );
  return { locale, reference, referenceIso, calendar, problems: ordered };
}

/** An ISO date, or the start of a `{ start, end }` period whose end is an ISO date; `undefined` otherwise. */
function referenceStart(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw;
  if (typeof raw !== 'object' || raw === null) return undefined;
  try {
    const start = (raw as { start?: unknown }).start;
    const end = (raw as { end?: unknown }).end;
    return typeof start === 'string' && typeof end === 'string' && dayOfIso(end) !== undefined
      ? start
      : undefined;
  } catch {
    return undefined;
  }
}

const OPTION_OF: { readonly [P in OptionProblem]: (typeof OPTION_KEYS)[number] } = {
  invalid_locale: 'locale',
  invalid_reference: 'reference',
  invalid_calendar: 'calendar',
};

/** Merges two lists already in statement order (cheaper than sorting their concatenation). */
function mergeByStart<A extends { start: number }, B extends { start: number }>(
  a: readonly A[],
  b: readonly B[],
): (A | B)[] {
  const out: (A | B)[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

function nothingMet(statement: string, locale: Locale, issues: GoalAnalysisIssue[]): GoalAnalysis {
  const none = { met: false, evidence: [] } as const;
  return {
    statement,
    locale,
    specific: none,
    measurable: none,
    timeBound: none,
    assignable: none,
    vagueTerms: [],
    score: 0,
    issues,
  };
}

/**
 * Analyses one goal sentence for SMART-ness, in Chinese or English, offline and deterministically.
 *
 * - **specific**: a concrete action (完成, launch) or a quantified outcome, and no vague term left unquantified
 *   (提升, 尽快, 最好, improve, better, as soon as possible); unresolved vague terms are listed in `vagueTerms`.
 * - **measurable**: at least one strong quantity: 500万元 → 5,000,000 CNY, 从70%提高到85% (from 70 to 85),
 *   250 guests, 三成 → 30 %. A number with no metric attached ("more customer-oriented by 13%") is weak.
 * - **time-bound**: a deadline, window or period: 3个月内, 月底前, Q3结束前, 2026年3月31日前, by July 2016,
 *   within three months, by 8/1/2014. With `reference` each resolves to a date; without it relative ones are met
 *   without a date. Working-day windows (10个工作日内, within 10 business days) end on the N-th working day after
 *   the reference on `calendar`, as the schedule counts them.
 * - **assignable**: a named owner (我, 研发部, the team, Sarah will).
 * - **score**: `(S + M + T + A) / (3 + A)`: the share of met criteria among S, M, T, counting A only when met.
 *
 * Never throws. A statement that is not a string, or longer than {@link MAX_STATEMENT_LENGTH}, yields an analysis
 * with nothing met and a `not_text` / `too_long` issue; a bad `reference`, `locale` or `calendar` yields an
 * issue and is ignored. Runs in time linear in the statement's length: one tokenizing pass and bounded look-around per token,
 * no regular expressions on the input. No clock, no randomness, no I/O.
 *
 * @param statement - The goal sentence.
 * @param options - `locale` (`'auto'` by default), `reference` (an ISO date or a `{ start, end }` period) and
 *   `calendar` (the collaboration's working-day calendar; Monday–Friday when absent).
 * @returns The analysis.
 * @example
 * ```ts
 * const a = analyzeGoal('3个月内完成产品上市，首月销售额达500万元', { reference: '2026-09-01' });
 * a.measurable.met; // true
 * a.measurable.evidence[0]?.value; // 5000000
 * a.timeBound.evidence[0]?.date; // '2026-11-30'
 * analyzeGoal('今年我们要成为最好的服务中心').vagueTerms; // ['最好']
 * const calendar = { holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'] };
 * analyzeGoal('10个工作日内完成', { reference: '2026-09-24', calendar }).deadline; // '2026-10-15'
 * ```
 */
export function analyzeGoal(statement: string, options?: AnalyzeGoalOptions): GoalAnalysis {
  const read = readOptions(options);
  const text = typeof statement === 'string' ? statement : '';
  const locale: Locale = read.locale === 'auto' ? detectLocale(text.slice(0, 10_000)) : read.locale;
  const issues: GoalAnalysisIssue[] = read.problems.map((code) => ({
    code,
    path: ['options', OPTION_OF[code]],
    message: goalMessage(locale, code),
  }));
  if (typeof statement !== 'string') {
    issues.unshift({ code: 'not_text', path: ['statement'], message: goalMessage(locale, 'not_text') });
    return nothingMet('', locale, issues);
  }
  if (text.length > MAX_STATEMENT_LENGTH) {
    const message = goalMessage(locale, 'too_long', { length: text.length, limit: MAX_STATEMENT_LENGTH });
    issues.unshift({ code: 'too_long', path: ['statement'], message });
    return nothingMet(text, locale, issues);
  }
  const ctx = createContext(text, tokenize(text), locale, read.reference, read.calendar);
  const signals = computeSignals(ctx);
  const deadlines = findDeadlines(ctx, signals);
  const owners = findOwners(ctx);
  const vagueTerms = findVagueTerms(ctx);
  const hasComparative = vagueTerms.some((v) => v.category === 'comparative');
  const quantities = findQuantities(ctx, signals, hasComparative);
  const actions = findActions(ctx, signals);
  const measurable = quantities.some((q) => q.strength === 'strong');
  const timeBound = deadlines.length > 0;
  const vague: VagueEvidence[] = vagueTerms.map((v) => ({
    kind: 'vague' as const,
    text: v.text,
    start: v.start,
    end: v.end,
    term: v.term,
    category: v.category,
    resolved: measurable || (v.category === 'time' && timeBound),
  }));
  const unresolved = vague.filter((v) => !v.resolved);
  const specific = unresolved.length === 0 && (measurable || actions.length > 0);
  const assignable = owners.length > 0;
  const met = Number(specific) + Number(measurable) + Number(timeBound) + Number(assignable);
  const score = met / (3 + Number(assignable));
  let deadline: string | undefined;
  for (const d of deadlines)
    if (d.date !== undefined && (deadline === undefined || d.date > deadline)) deadline = d.date;
  const vagueTexts = [...new Set(unresolved.map((v) => v.text))];
  return {
    statement: text,
    locale,
    ...(read.referenceIso === undefined ? {} : { reference: read.referenceIso }),
    specific: { met: specific, evidence: mergeByStart(actions, vague) },
    measurable: { met: measurable, evidence: quantities },
    timeBound: { met: timeBound, evidence: deadlines },
    assignable: { met: assignable, evidence: owners },
    vagueTerms: vagueTexts,
    score,
    ...(deadline === undefined ? {} : { deadline }),
    issues,
  };
}

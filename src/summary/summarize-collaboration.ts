import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { readOptionFields } from '../i18n/read-options.js';
import { showValue } from '../i18n/show.js';
import { makeIssue } from '../issues/make-issue.js';
import { parseCollaborationForOneUse } from '../model/parse.js';
import { isIsoDate } from '../model/primitives.js';
import type { Collaboration, CollaborationInput } from '../model/types.js';
import { effectivePhase } from '../rules/facts/context.js';
import { forecastMilestones, scheduleMilestones } from '../schedule/critical-path.js';
import { toDayNumber } from '../schedule/day.js';
import type { CollaborationSummary } from './collaboration-summary.js';
import { SummaryError } from './errors.js';
import { type SummaryIssueCode, type SummaryMessageParams, summaryMessage } from './messages.js';

/**
 * Options of {@link summarizeCollaboration}.
 *
 * @example
 * ```ts
 * import type { SummarizeCollaborationOptions } from 'crossdept';
 *
 * const options: SummarizeCollaborationOptions = { now: '2026-11-26', locale: 'en' };
 * ```
 */
export interface SummarizeCollaborationOptions {
  /** The date the collaboration is seen from, ISO `YYYY-MM-DD`; the library never reads the clock. */
  readonly now: string;
  /**
   * The locale of the issues' messages when the input is rejected: `zh-CN` (the default, also for `undefined`
   * and `null`) or `en`. The summary itself does not depend on it.
   */
  readonly locale?: Locale;
}

const KEYS = ['now', 'locale'] as const;

function issue(
  locale: Locale,
  code: SummaryIssueCode,
  path: readonly string[],
  params?: SummaryMessageParams,
) {
  return makeIssue(code, [...path], summaryMessage(locale, code, params));
}

/** Reads the options once each and checks them; throws the {@link SummaryError} of the first problem. */
function readOptions(options: unknown): { readonly now: string; readonly locale: Locale } {
  const read = readOptionFields(options, KEYS);
  const [unreadable] = read.unreadable;
  if (unreadable !== undefined) {
    const path = unreadable.key === 'options' ? [] : [unreadable.key];
    const params = { name: unreadable.key, detail: unreadable.detail };
    throw new SummaryError('invalid_options', [issue(DEFAULT_LOCALE, 'invalid_options', path, params)]);
  }
  if (!read.object) throw new SummaryError('invalid_options', [issue(DEFAULT_LOCALE, 'invalid_options', [])]);
  const rawLocale = read.values.locale ?? DEFAULT_LOCALE;
  if (rawLocale !== 'zh-CN' && rawLocale !== 'en') {
    const params = { value: showValue(rawLocale) };
    throw new SummaryError('invalid_locale', [issue(DEFAULT_LOCALE, 'invalid_locale', ['locale'], params)]);
  }
  const locale: Locale = rawLocale;
  const now = read.values.now;
  if (typeof now !== 'string' || !isIsoDate(now)) {
    throw new SummaryError('invalid_now', [issue(locale, 'invalid_now', ['now'], { value: showValue(now) })]);
  }
  return { now, locale };
}

/**
 * Summarizes a collaboration at `now`: who takes part, the critical path of its milestones and their forecast —
 * the object `crossdept summary --format json` prints. A dependency cycle is data here as everywhere: the
 * milestones it blocks are listed as unscheduled, and no critical path or finish date is given, since one
 * computed without them would be wrong. It is deterministic and reads no clock.
 *
 * @param collaboration - A collaboration (parsed, or an object that parses; it is validated).
 * @param options - `now` (ISO date, required) and `locale` (of the messages of a rejection).
 * @returns The summary.
 * @throws {@link SummaryError} (and never anything else) with code `invalid_options`, `invalid_locale`,
 *   `invalid_now`, or `invalid_collaboration` with the issues of `parseCollaboration`.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { loadCollaboration, summarizeCollaboration } from 'crossdept';
 *
 * const loaded = loadCollaboration(readFileSync('examples/new-product-launch.yaml', 'utf8'));
 * if (loaded.success) {
 *   const summary = summarizeCollaboration(loaded.data, { now: '2026-11-26', locale: 'en' });
 *   console.log(summary.plannedFinish); // '2026-11-30'
 *   for (const m of summary.milestones) console.log(m.id, m.forecastFinish, m.slipDays);
 * }
 * ```
 */
export function summarizeCollaboration(
  collaboration: Collaboration | CollaborationInput,
  options: SummarizeCollaborationOptions,
): CollaborationSummary {
  const { now, locale } = readOptions(options);
  const parsed = parseCollaborationForOneUse(collaboration, { locale });
  if (!parsed.success) throw new SummaryError('invalid_collaboration', parsed.issues);
  return summarize(parsed.data, now);
}

/** The summary of a parsed collaboration. */
function summarize(c: Collaboration, now: string): CollaborationSummary {
  const schedule = scheduleMilestones(c);
  const forecast = forecastMilestones(c, now, schedule);
  const byId = new Map(c.milestones.map((m) => [m.id, m]));
  const scheduleOf = new Map(schedule.milestones.map((s) => [s.id, s]));
  const nameOf = (id: string): string => byId.get(id)?.name ?? id;
  const leaderId = c.team?.leader;
  const leader = leaderId === undefined ? undefined : c.people.find((p) => p.id === leaderId);
  const cycle = schedule.cycle ?? null;
  return {
    id: c.id,
    name: c.name,
    scenario: c.scenario,
    phase: effectivePhase(c, toDayNumber(now)),
    phaseDerived: c.phase === undefined,
    now,
    period: { start: c.period.start, end: c.period.end },
    goal: c.goal?.statement ?? null,
    departments: c.departments.map((d) => ({ id: d.id, name: d.name, role: d.role })),
    team: {
      leader:
        leaderId === undefined
          ? null
          : { id: leaderId, name: leader?.name ?? leaderId, title: leader?.title ?? null },
      coreSize: c.team?.core?.length ?? 0,
    },
    criticalPath: cycle ? [] : schedule.criticalPath.map((id) => ({ id, name: nameOf(id) })),
    plannedFinish: cycle ? null : (schedule.finish ?? null),
    cycle,
    milestones: forecast.map((f) => {
      const s = scheduleOf.get(f.id);
      return {
        id: f.id,
        name: nameOf(f.id),
        due: f.due,
        forecastFinish: f.forecastFinish,
        slipDays: f.slipDays,
        totalFloat: s?.totalFloat ?? 0,
        critical: s?.critical ?? false,
        done: f.done,
        incidentDelayDays: f.incidentDelayDays ?? 0,
        incidents: f.incidents ?? [],
      };
    }),
    unscheduled: c.milestones.filter((m) => !scheduleOf.has(m.id)).map((m) => m.id),
  };
}

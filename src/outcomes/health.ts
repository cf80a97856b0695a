import type { Locale } from '../i18n/locale.js';
import type { Collaboration, CollaborationInput } from '../model/types.js';
import { DEFAULT_AMBER_FLOAT_DAYS, type RulesConfig } from '../rules/config/schema.js';
import type { RulesConfigOption } from '../rules/config-option.js';
import { RulesError } from '../rules/errors.js';
import { evaluateSync } from '../rules/evaluate.js';
import type { Action, Finding, Report, RuleScope } from '../rules/report.js';
import { forecastMilestones, scheduleMilestones } from '../schedule/critical-path.js';
import { toDayNumber } from '../schedule/day.js';
import { OutcomesError } from './errors.js';
import { attainmentOf, onTrackTolerance } from './goal-attainment.js';
import { healthMessage } from './health-messages.js';
import { outcomesIssue, parsedCollaboration, readOutcomeOptions } from './options.js';
import { upcomingEscalations } from './upcoming.js';

/**
 * One word for how a collaboration is doing: `green`, `amber` or `red` (see {@link health} for the definition).
 *
 * @example
 * ```ts
 * const s: HealthStatus = 'amber';
 * ```
 */
export type HealthStatus = 'green' | 'amber' | 'red';

/**
 * What made a collaboration red or amber. Red: `error-finding`, `escalation-due`, `escalation-exhausted`,
 * `critical-late`. Amber: `warning-finding`, `escalation-upcoming`, `measure-off-track`, `critical-float`.
 *
 * @example
 * ```ts
 * const c: HealthCause = 'critical-float';
 * ```
 */
export type HealthCause =
  | 'error-finding'
  | 'escalation-due'
  | 'escalation-exhausted'
  | 'critical-late'
  | 'warning-finding'
  | 'escalation-upcoming'
  | 'measure-off-track'
  | 'critical-float';

/**
 * One cause of a health status: the status it calls for, what it is, the rule and subject behind it (when it
 * comes from a rule) and a sentence in the locale.
 *
 * @example
 * ```ts
 * const r: HealthReason = {
 *   status: 'red', cause: 'error-finding', ruleId: 'exec.milestone-overdue', scope: 'milestone', subjectId: 'launch',
 *   message: 'Milestone “产品上市” was due on 2026-11-30 and is not done',
 * };
 * ```
 */
export interface HealthReason {
  readonly status: 'red' | 'amber';
  readonly cause: HealthCause;
  readonly ruleId?: string;
  readonly scope?: RuleScope;
  readonly subjectId?: string;
  readonly message: string;
}

/**
 * What {@link health} returns: the status and every reason for it, red reasons first.
 *
 * @example
 * ```ts
 * const h: HealthResult = { status: 'green', reasons: [] };
 * ```
 */
export interface HealthResult {
  readonly status: HealthStatus;
  readonly reasons: readonly HealthReason[];
}

/**
 * Options of {@link health}.
 *
 * @example
 * ```ts
 * import type { HealthOptions } from 'crossdept';
 *
 * const options: HealthOptions = { now: '2026-11-26', locale: 'en', config: { health: { amberFloatDays: 5 } } };
 * ```
 */
export interface HealthOptions {
  /** The date the collaboration is seen from, ISO `YYYY-MM-DD`; the library never reads the clock. */
  readonly now: string;
  /** The locale of the reasons (and of a rejection's messages): `zh-CN` (default) or `en`. */
  readonly locale?: Locale;
  /** A PMO config: its rules for the evaluation, `health.amberFloatDays`, and `goal.on-track`'s tolerance. */
  readonly config?: RulesConfigOption | null | undefined;
  /** The collaboration's report at `now` when already evaluated (with the same config); else it is evaluated. */
  readonly report?: Report;
}

const ESCALATION_EXHAUSTED = 'escalation.exhausted';

function readReport(value: unknown, locale: Locale): Pick<Report, 'findings' | 'actions'> {
  const invalid = () =>
    new OutcomesError('invalid_report', [outcomesIssue(locale, 'invalid_report', ['report'])]);
  try {
    if (typeof value !== 'object' || value === null) throw invalid();
    const { findings, actions } = value as { findings?: unknown; actions?: unknown };
    if (!Array.isArray(findings) || !Array.isArray(actions)) throw invalid();
    const ok = (x: unknown, keys: readonly string[]) =>
      typeof x === 'object' &&
      x !== null &&
      keys.every((k) => typeof (x as Record<string, unknown>)[k] === 'string');
    if (!findings.every((f) => ok(f, ['ruleId', 'severity', 'message']))) throw invalid();
    if (!actions.every((a) => ok(a, ['ruleId', 'subjectId', 'reason']))) throw invalid();
    return { findings: findings as Finding[], actions: actions as Action[] };
  } catch (error) {
    if (error instanceof OutcomesError) throw error;
    throw invalid();
  }
}

/** A reason for a finding or an action, with its rule and subject. */
function fromRule(
  status: 'red' | 'amber',
  cause: HealthCause,
  x: { readonly ruleId: string; readonly scope?: RuleScope; readonly subjectId?: string },
  message: string,
): HealthReason {
  return {
    status,
    cause,
    ruleId: x.ruleId,
    ...(x.scope === undefined ? {} : { scope: x.scope }),
    ...(x.subjectId === undefined ? {} : { subjectId: x.subjectId }),
    message,
  };
}

/** The reasons of a parsed collaboration at `now`, given its report. */
export function healthOf(
  c: Collaboration,
  now: string,
  locale: Locale,
  config: RulesConfig | undefined,
  report: unknown,
): HealthResult {
  const { findings, actions } = readReport(report, locale);
  const red: HealthReason[] = [];
  const amber: HealthReason[] = [];
  for (const f of findings) {
    if (f.ruleId === ESCALATION_EXHAUSTED) red.push(fromRule('red', 'escalation-exhausted', f, f.message));
    else if (f.severity === 'error') red.push(fromRule('red', 'error-finding', f, f.message));
    else if (f.severity === 'warning') amber.push(fromRule('amber', 'warning-finding', f, f.message));
  }
  for (const a of actions) {
    const message = healthMessage(locale, 'escalation-due', {
      toLevel: a.toLevel,
      ...(a.title === undefined ? {} : { title: a.title }),
      reason: a.reason,
    });
    red.push(fromRule('red', 'escalation-due', a, message));
  }
  for (const u of upcomingEscalations(report)) {
    const message = healthMessage(locale, 'escalation-upcoming', {
      subject: u.subjectId,
      toLevel: u.toLevel,
      dueOn: u.dueOn,
      ...(u.title === undefined ? {} : { title: u.title }),
    });
    amber.push(fromRule('amber', 'escalation-upcoming', u, message));
  }
  for (const m of attainmentOf(c, now, onTrackTolerance(config))) {
    if (m.onTrack !== false) continue;
    const message = healthMessage(locale, 'measure-off-track', {
      name: m.metric,
      latest: m.latest,
      latestOn: m.latestOn,
      expected: Math.round((m.expectedByNow ?? 0) * 100) / 100,
    });
    amber.push({
      status: 'amber',
      cause: 'measure-off-track',
      scope: 'measure',
      subjectId: m.metric,
      message,
    });
  }
  const amberFloatDays = config?.health?.amberFloatDays ?? DEFAULT_AMBER_FLOAT_DAYS;
  criticalMilestones(c, now, amberFloatDays, locale, red, amber);
  return {
    status: red.length > 0 ? 'red' : amber.length > 0 ? 'amber' : 'green',
    reasons: [...red, ...amber],
  };
}

/**
 * The open critical milestones: red when forecast late; amber when the float left — the days from the later of
 * `now` and its prerequisites' forecast finish to its due date — is under `amberFloatDays`.
 */
function criticalMilestones(
  c: Collaboration,
  now: string,
  amberFloatDays: number,
  locale: Locale,
  red: HealthReason[],
  amber: HealthReason[],
): void {
  const schedule = scheduleMilestones(c);
  const forecast = forecastMilestones(c, now, schedule);
  const finishOf = new Map(forecast.map((f) => [f.id, toDayNumber(f.forecastFinish)]));
  const criticalIds = new Set(schedule.milestones.filter((s) => s.critical).map((s) => s.id));
  const byId = new Map(c.milestones.map((m) => [m.id, m]));
  const nowDay = toDayNumber(now);
  for (const f of forecast) {
    if (f.done || !criticalIds.has(f.id)) continue;
    const m = byId.get(f.id);
    const name = m?.name ?? f.id;
    const base = { scope: 'milestone' as const, subjectId: f.id };
    if (f.slipDays > 0) {
      const message = healthMessage(locale, 'critical-late', {
        name,
        forecast: f.forecastFinish,
        due: f.due,
        days: f.slipDays,
      });
      red.push({ status: 'red', cause: 'critical-late', ...base, message });
      continue;
    }
    let from = nowDay;
    for (const p of m?.dependsOn ?? []) from = Math.max(from, finishOf.get(p) ?? from);
    const float = toDayNumber(f.due) - from;
    if (float < amberFloatDays) {
      const message = healthMessage(locale, 'critical-float', {
        name,
        due: f.due,
        days: float,
        amber: amberFloatDays,
      });
      amber.push({ status: 'amber', cause: 'critical-float', ...base, message });
    }
  }
}

/**
 * How a collaboration is doing at `now`, in one word, with every reason — the status of PRINCE2's highlight
 * report. The definition (docs/outcomes.md):
 *
 * - **red** when the report has an error finding, an escalation due (an escalate action), or an escalation
 *   exhausted (a finding of `escalation.exhausted`), or an open critical milestone is forecast to finish after
 *   its due date;
 * - **amber**, otherwise, when the report has a warning finding or an escalation coming up (`report.upcoming`),
 *   a goal measure is off track (see {@link goalAttainment}), or an open critical milestone has less float left
 *   than `config.health.amberFloatDays` (3 by default): the days from the later of `now` and its prerequisites'
 *   forecast finish to its due date;
 * - **green** otherwise.
 *
 * @param collaboration - A collaboration (parsed, or an object that parses; it is validated).
 * @param options - `now` (ISO date, required), `locale`, `config`, and the `report` when already evaluated.
 * @returns The status and its reasons, red reasons first, each naming its rule and subject where it has one.
 * @throws {@link OutcomesError} (and never anything else) with code `invalid_options`, `invalid_locale`,
 *   `invalid_now`, `invalid_config`, `invalid_report` or `invalid_collaboration`.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { health, loadCollaboration } from 'crossdept';
 *
 * const loaded = loadCollaboration(readFileSync('examples/new-product-launch.yaml', 'utf8'));
 * if (loaded.success) {
 *   health(loaded.data, { now: '2026-11-26', locale: 'en' }).status; // 'green'
 *   const late = health(loaded.data, { now: '2026-12-10', locale: 'en' }); // 'red', the launch is late
 *   for (const r of late.reasons) console.log(r.status, r.ruleId ?? r.cause, r.subjectId, r.message);
 * }
 * ```
 */
export function health(
  collaboration: Collaboration | CollaborationInput,
  options: HealthOptions,
): HealthResult {
  const { now, locale, config, report } = readOutcomeOptions(options);
  const c = parsedCollaboration(collaboration, locale);
  return healthOf(c, now, locale, config, report ?? evaluated(c, now, locale, config));
}

/** The report of a parsed collaboration, as health needs it. */
function evaluated(c: Collaboration, now: string, locale: Locale, config: RulesConfig | undefined): Report {
  try {
    return evaluateSync(c, { now, locale, ...(config === undefined ? {} : { config }) });
  } catch (error) {
    if (error instanceof RulesError) {
      throw new OutcomesError(
        error.code === 'invalid_config' ? 'invalid_config' : 'invalid_collaboration',
        error.issues,
      );
    }
    throw error;
  }
}

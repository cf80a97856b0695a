import { analyzeGoal } from '../../analysis/analyze-goal.js';
import type { GoalAnalysis } from '../../analysis/types.js';
import { argumentError, isCrossdeptError } from '../../i18n/argument.js';
import { showError } from '../../i18n/show.js';
import { PHASES, type Phase } from '../../model/collaboration.js';
import { isIsoDate } from '../../model/primitives.js';
import type { Collaboration, Department, EscalationLevel, Person } from '../../model/types.js';
import {
  type CriticalPathSchedule,
  forecastMilestones,
  type MilestoneForecast,
  type MilestoneSchedule,
  scheduleMilestones,
} from '../../schedule/critical-path.js';
import { toDayNumber } from '../../schedule/day.js';
import { resolveDue } from '../../schedule/due.js';
import { type WorkCalendar, workCalendar } from '../../schedule/working-days.js';

/** Effective param values by rule id, then param name. */
export type ParamValues = ReadonlyMap<string, Readonly<Record<string, number>>>;

/**
 * The phase a collaboration is in at `now`: its `phase` when set, else derived from the period: before
 * `period.start` → `planning`, within the period → `executing`, after it → `closing`.
 *
 * @param c - A parsed collaboration.
 * @param nowDay - Today as a day number (not a number: the phase of the period alone cannot be told, so
 *   `executing`).
 * @returns The effective phase.
 * @throws {@link CrossdeptError} with code `invalid_argument` when `c` is not a collaboration (no real period, a
 *   phase that is not one of the phases) or cannot be read; nothing else.
 * @example
 * ```ts
 * import type { Collaboration } from '../../model/types.js';
 * import { toDayNumber } from '../../schedule/day.js';
 *
 * declare const collaboration: Collaboration; // a period of 2026-09-01 to 2026-11-30, no phase set
 * effectivePhase(collaboration, toDayNumber('2026-12-05')); // 'closing': after the period
 * ```
 */
export function effectivePhase(c: Collaboration, nowDay: number): Phase {
  let phase: unknown;
  let start: unknown;
  let end: unknown;
  try {
    if (typeof c !== 'object' || c === null)
      throw argumentError('invalid_argument', ['c'], { kind: 'collaboration' });
    phase = c.phase;
    const period: unknown = c.period;
    if (typeof period === 'object' && period !== null)
      ({ start, end } = period as { start?: unknown; end?: unknown });
  } catch (error) {
    if (isCrossdeptError(error)) throw error;
    throw argumentError('invalid_argument', ['c'], { detail: showError(error) });
  }
  if (phase !== undefined) {
    if ((PHASES as readonly unknown[]).includes(phase)) return phase as Phase;
    throw argumentError('invalid_argument', ['c', 'phase'], { kind: 'collaboration' });
  }
  if (typeof start !== 'string' || typeof end !== 'string' || !isIsoDate(start) || !isIsoDate(end)) {
    throw argumentError('invalid_argument', ['c', 'period'], { kind: 'period' });
  }
  const day = typeof nowDay === 'number' ? nowDay : Number.NaN;
  if (day < toDayNumber(start)) return 'planning';
  if (day > toDayNumber(end)) return 'closing';
  return 'executing';
}

/** Text that is present and not blank. */
export function stated(text: string | undefined): boolean {
  return text !== undefined && text.trim() !== '';
}

/**
 * Everything facts share within one evaluation: the collaboration, `now`, the calendar, id indexes, the
 * milestone schedule and the goal statement's analysis, each built once (the schedule and the analysis lazily), so
 * no fact is quadratic.
 */
export class FactContext {
  readonly nowDay: number;
  readonly periodStartDay: number;
  readonly periodEndDay: number;
  readonly phase: Phase;
  readonly calendar: WorkCalendar;
  readonly people: ReadonlyMap<string, Person>;
  readonly departments: ReadonlyMap<string, Department>;
  readonly core: ReadonlySet<string>;
  readonly levels: ReadonlyMap<number, EscalationLevel>;
  readonly topLevel: number;
  /** The path's levels in ascending order; without a path, one untitled level 1. */
  readonly pathLevels: readonly number[];
  /** What depends on the collaboration alone: shared by every evaluation of the same parsed collaboration. */
  private readonly derived: Derived;
  private milestoneCache: MilestoneIndex | undefined;

  constructor(
    readonly c: Collaboration,
    readonly now: string,
    private readonly params: ParamValues,
  ) {
    this.nowDay = toDayNumber(now);
    this.phase = effectivePhase(c, this.nowDay);
    const derived = derivedOf(c);
    this.derived = derived;
    this.periodStartDay = derived.periodStartDay;
    this.periodEndDay = derived.periodEndDay;
    this.calendar = derived.calendar;
    this.people = derived.people;
    this.departments = derived.departments;
    this.core = derived.core;
    this.levels = derived.levels;
    this.topLevel = derived.topLevel;
    this.pathLevels = derived.pathLevels;
  }

  /** A rule param's effective value (0 when the rule or param is unknown). */
  param(ruleId: string, name: string): number {
    return this.params.get(ruleId)?.[name] ?? 0;
  }

  /** A due date (ISO or period-relative) as a day number. */
  dueDay(due: Parameters<typeof resolveDue>[0] | undefined): number | undefined {
    if (due === undefined) return undefined;
    // A period-relative due date resolves the same way in every evaluation of the collaboration: once each.
    const relative = typeof due === 'object' && due !== null;
    const dueDays = this.derived.dueDays;
    if (relative && dueDays.has(due)) return dueDays.get(due);
    const day = toDayNumber(resolveDue(due, this.c.period));
    const resolved = Number.isFinite(day) ? day : undefined;
    if (relative) dueDays.set(due, resolved);
    return resolved;
  }

  /** A person's name (the id when unknown). */
  personName(id: string | undefined): string | undefined {
    return id === undefined ? undefined : (this.people.get(id)?.name ?? id);
  }

  /** A department's name (the id when unknown). */
  departmentName(id: string | undefined): string | undefined {
    return id === undefined ? undefined : (this.departments.get(id)?.name ?? id);
  }

  /** A person's or department's name. */
  partyName(id: string | undefined): string | undefined {
    if (id === undefined) return undefined;
    return this.people.get(id)?.name ?? this.departments.get(id)?.name ?? id;
  }

  /** The milestone id index, due days, schedule and forecast, built on first use. */
  get milestones(): MilestoneIndex {
    this.milestoneCache ??= milestoneIndexOf(this, this.derived);
    return this.milestoneCache;
  }

  /**
   * The analysis of the goal statement (`goal.statement`, empty when absent), relative deadlines counted from the
   * period start and working days on the collaboration's calendar, made on first use: the statement facts and the
   * findings' evidence read the same analysis.
   */
  get goalAnalysis(): GoalAnalysis {
    const derived = this.derived;
    derived.goal ??= goalAnalysisOf(this.c);
    return derived.goal;
  }

  /** How many responsibilities and milestones each person owns, and responsibility rows per department. */
  get owners(): OwnerCounts {
    const derived = this.derived;
    if (derived.owners === undefined) {
      const responsibilities = new Map<string, number>();
      const milestones = new Map<string, number>();
      const rows = new Map<string, number>();
      const bump = (map: Map<string, number>, key: string | undefined) => {
        if (key !== undefined) map.set(key, (map.get(key) ?? 0) + 1);
      };
      for (const r of this.c.responsibilities) {
        bump(responsibilities, r.owner);
        bump(rows, r.department);
      }
      for (const m of this.c.milestones) bump(milestones, m.owner);
      derived.owners = { responsibilities, milestones, rows };
    }
    return derived.owners;
  }
}

/**
 * What facts read that depends on the collaboration alone, not on `now` or the config: indexes by id, the
 * calendar, the escalation levels, and (made on first use) the milestone schedule, the owner counts and the goal
 * statement's analysis. Nothing here reaches a report as an object: facts copy the lists they return.
 */
interface Derived {
  readonly periodStartDay: number;
  readonly periodEndDay: number;
  readonly calendar: WorkCalendar;
  readonly people: ReadonlyMap<string, Person>;
  readonly departments: ReadonlyMap<string, Department>;
  readonly core: ReadonlySet<string>;
  readonly levels: ReadonlyMap<number, EscalationLevel>;
  readonly topLevel: number;
  readonly pathLevels: readonly number[];
  /** Period-relative due dates (objects of the collaboration) resolved to day numbers. */
  readonly dueDays: WeakMap<object, number | undefined>;
  milestones?: MilestonePlan;
  owners?: OwnerCounts;
  goal?: GoalAnalysis;
}

// What each parsed collaboration derives, kept as long as the collaboration is. A parsed collaboration is deeply
// frozen, so nothing derived from it can go stale; a service that re-evaluates the same parsed collaboration
// (every save, every dashboard refresh, another `now`) derives it once. Keyed weakly on the object: no memory
// outlives the collaboration.
const derivedByCollaboration = new WeakMap<Collaboration, Derived>();

// Goal analyses by what they read (the statement, the period's ends, the calendar), for collaborations parsed
// anew with the same goal: a service that parses the document on every save analyses an unchanged statement once.
// Bounded: past the limit the oldest entry goes, so memory stays flat however many statements a host sees; the
// analysis is the same either way (it depends on nothing else), so the cache changes no result.
const analysesByText = new Map<string, GoalAnalysis>();
const MAX_ANALYSES_BY_TEXT = 512;

function goalAnalysisOf(c: Collaboration): GoalAnalysis {
  const statement = c.goal?.statement ?? '';
  const key = JSON.stringify([statement, c.period.start, c.period.end, c.calendar ?? null]);
  const known = analysesByText.get(key);
  if (known !== undefined) return known;
  const analysis = analyzeGoal(statement, { reference: c.period, calendar: c.calendar });
  if (analysesByText.size >= MAX_ANALYSES_BY_TEXT) {
    const oldest = analysesByText.keys().next();
    if (oldest.done !== true) analysesByText.delete(oldest.value);
  }
  analysesByText.set(key, analysis);
  return analysis;
}

/**
 * What a collaboration derives: remembered for a parsed collaboration, made afresh for the one-use copy evaluation
 * validates raw input into (not frozen, and never seen again).
 */
function derivedOf(c: Collaboration): Derived {
  // Evaluation only ever holds a frozen collaboration when it is a parsed one, frozen all the way down.
  const frozen = Object.isFrozen(c);
  const known = frozen ? derivedByCollaboration.get(c) : undefined;
  if (known !== undefined) return known;
  const levels = new Map<number, EscalationLevel>();
  let topLevel = 0;
  for (const l of c.escalationPath ?? []) {
    if (!levels.has(l.level)) levels.set(l.level, l);
    if (l.level > topLevel) topLevel = l.level;
  }
  const derived: Derived = {
    periodStartDay: toDayNumber(c.period.start),
    periodEndDay: toDayNumber(c.period.end),
    calendar: workCalendar(c.calendar),
    people: new Map(c.people.map((p) => [p.id, p])),
    departments: new Map(c.departments.map((d) => [d.id, d])),
    core: new Set(c.team?.core ?? []),
    levels,
    topLevel,
    pathLevels: levels.size > 0 ? [...levels.keys()].sort((a, b) => a - b) : [1],
    dueDays: new WeakMap(),
  };
  if (frozen) derivedByCollaboration.set(c, derived);
  return derived;
}

/** Counts per owner and per department. */
export interface OwnerCounts {
  readonly responsibilities: ReadonlyMap<string, number>;
  readonly milestones: ReadonlyMap<string, number>;
  readonly rows: ReadonlyMap<string, number>;
}

/**
 * The milestone graph as facts need it. One id index; everything else is by position in `c.milestones` (ids are
 * unique once parsed), so per-milestone facts read arrays instead of looking ids up in several maps.
 */
export interface MilestoneIndex {
  /** Each milestone's position by id. */
  readonly index: ReadonlyMap<string, number>;
  /** The resolved due date by position, as a day number (`NaN` when it does not resolve). */
  readonly due: Float64Array;
  readonly schedule: CriticalPathSchedule;
  /** The schedule by position; `undefined` for milestones on or behind a dependency cycle. */
  readonly scheduled: readonly (MilestoneSchedule | undefined)[];
  /** The forecast by position; `undefined` on or behind a cycle, or when `now` is not a date. */
  readonly forecast: readonly (MilestoneForecast | undefined)[];
}

/** The part of the milestone index that does not depend on `now`. */
type MilestonePlan = Omit<MilestoneIndex, 'forecast'>;

function milestoneIndexOf(ctx: FactContext, derived: Derived): MilestoneIndex {
  const plan = milestonePlanOf(ctx, derived);
  const { c } = ctx;
  const forecast = new Array<MilestoneForecast | undefined>(c.milestones.length).fill(undefined);
  if (Number.isFinite(ctx.nowDay)) {
    for (const f of forecastMilestones(c, ctx.now, plan.schedule)) {
      const i = plan.index.get(f.id);
      if (i !== undefined) forecast[i] = f;
    }
  }
  return { ...plan, forecast };
}

function milestonePlanOf(ctx: FactContext, derived: Derived): MilestonePlan {
  if (derived.milestones !== undefined) return derived.milestones;
  const { c } = ctx;
  const n = c.milestones.length;
  const index = new Map<string, number>();
  const due = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const m = c.milestones[i]!;
    if (!index.has(m.id)) index.set(m.id, i);
    due[i] = ctx.dueDay(m.due) ?? Number.NaN;
  }
  const schedule = scheduleMilestones(c);
  const scheduled = new Array<MilestoneSchedule | undefined>(n).fill(undefined);
  for (const s of schedule.milestones) {
    const i = index.get(s.id);
    if (i !== undefined) scheduled[i] = s;
  }
  derived.milestones = { index, due, schedule, scheduled };
  return derived.milestones;
}

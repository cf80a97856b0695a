import type { Conflict, Escalation, Incident, Milestone, Person } from '../../model/types.js';
import { fromDayNumber, toDayNumber } from '../../schedule/day.js';
import { addWorkdays, workdaysBetweenDays } from '../../schedule/working-days.js';
import type { FactContext } from './context.js';

/**
 * The kinds of subject that climb the escalation ladder.
 *
 * @example
 * ```ts
 * const k: LadderKind = 'milestone';
 * ```
 */
export type LadderKind = 'conflict' | 'milestone' | 'incident';

/**
 * Whether a rule scope is a kind of subject that climbs the ladder.
 *
 * @param scope - A rule scope.
 * @returns `true` for `conflict`, `milestone` and `incident`.
 */
export function isLadderKind(scope: string): scope is LadderKind {
  return scope === 'conflict' || scope === 'milestone' || scope === 'incident';
}

/** The kinds in the order their records are listed (the document's order: milestones, conflicts, incidents). */
export const LADDER_KINDS: readonly LadderKind[] = ['milestone', 'conflict', 'incident'];

/** The rule that escalates each kind; its params give the kind's timeboxes. */
export const LADDER_RULES: { readonly [K in LadderKind]: string } = {
  conflict: 'conflict.escalate',
  milestone: 'exec.critical-slip',
  incident: 'incident.escalate',
};

/** The collaboration list each kind lives in. */
export const LADDER_LISTS: { readonly [K in LadderKind]: 'conflicts' | 'milestones' | 'incidents' } = {
  conflict: 'conflicts',
  milestone: 'milestones',
  incident: 'incidents',
};

/** One escalation record of a subject, with its position in the subject's `escalations` and its day number. */
export interface LadderRecord {
  readonly record: Escalation;
  readonly index: number;
  readonly day: number;
}

/**
 * Where one subject stands on the escalation ladder at `now`. Day numbers; `undefined` where a day does not
 * exist (never in breach by time alone, no level left).
 */
export interface LadderState {
  readonly kind: LadderKind;
  readonly index: number;
  readonly id: string;
  readonly name: string;
  /** Its records in date order (document order on the same day). */
  readonly records: readonly LadderRecord[];
  /** The record the ladder stands on: the latest at the highest recorded level. */
  readonly current?: LadderRecord;
  /** The highest recorded level (0 when none). */
  readonly level: number;
  /** Resolved conflict, done milestone, closed incident. */
  readonly resolved: boolean;
  /** The first day the trigger holds (by time alone, nothing else changing); `undefined` when it does not. */
  readonly breachSince?: number;
  readonly inBreach: boolean;
  /** The current level's timebox in working days (the level's `timeboxDays`, else the rule's param). */
  readonly levelTimeboxDays?: number;
  /** The first day past the current level's timebox. */
  readonly levelExpiryDay?: number;
  /** The next level of the path above the current one; `undefined` at the top. */
  readonly nextLevel?: number;
  /** The first day the next level is (or will be) due; `undefined` when it never is by time alone. */
  readonly nextDueDay?: number;
  /** The next level is due now. */
  readonly due: boolean;
  /** In breach at the top level with its timebox run out: no level is left. */
  readonly exhausted: boolean;
}

const caches = new WeakMap<FactContext, Map<string, LadderState>>();

/**
 * The ladder state of the subject at `index` of its kind's list, computed once per evaluation.
 *
 * @param ctx - The evaluation's fact context.
 * @param kind - The subject's kind.
 * @param index - Its position in the collaboration's list of that kind.
 * @returns Its state.
 */
export function ladderOf(ctx: FactContext, kind: LadderKind, index: number): LadderState {
  let cache = caches.get(ctx);
  if (cache === undefined) {
    cache = new Map();
    caches.set(ctx, cache);
  }
  const key = `${kind}/${index}`;
  let state = cache.get(key);
  if (state === undefined) {
    state = compute(ctx, kind, index);
    cache.set(key, state);
  }
  return state;
}

/** The first level of the path above `level`. */
export function levelAbove(ctx: FactContext, level: number): number | undefined {
  return ctx.pathLevels.find((l) => l > level);
}

/** The day `n` working days after `day` (the n-th working day after it). */
function workdaysAfter(ctx: FactContext, day: number, n: number): number {
  return toDayNumber(addWorkdays(fromDayNumber(day), n, ctx.calendar));
}

function minDefined(...days: readonly (number | undefined)[]): number | undefined {
  let best: number | undefined;
  for (const d of days)
    if (d !== undefined && Number.isFinite(d) && (best === undefined || d < best)) best = d;
  return best;
}

function recordsOf(list: readonly Escalation[] | undefined): LadderRecord[] {
  return (list ?? [])
    .map((record, index) => ({ record, index, day: toDayNumber(record.on) }))
    .sort((a, b) => a.day - b.day || a.index - b.index);
}

/** The latest record at the highest level. */
function currentOf(records: readonly LadderRecord[]): LadderRecord | undefined {
  let best: LadderRecord | undefined;
  for (const r of records) if (best === undefined || r.record.level >= best.record.level) best = r;
  return best;
}

/** Whether the milestone at `index` is in a critical slip: open, scheduled, slip beyond float plus tolerance. */
export function criticalSlip(ctx: FactContext, index: number): boolean {
  const m = ctx.c.milestones[index];
  if (m === undefined || m.status === 'done') return false;
  const f = ctx.milestones.forecast[index];
  const planned = ctx.milestones.scheduled[index];
  if (f === undefined || planned === undefined) return false;
  return f.slipDays - planned.totalFloat > ctx.param(LADDER_RULES.milestone, 'toleranceDays');
}

/** The first day a conflict's trigger holds: its latest negotiation failed, or the negotiation timebox ran out. */
function conflictBreach(ctx: FactContext, k: Conflict): number | undefined {
  if (k.status === 'resolved') return undefined;
  let latest: { day: number; outcome: string } | undefined;
  for (const n of k.negotiations ?? []) {
    const day = toDayNumber(n.on);
    if (latest === undefined || day >= latest.day) latest = { day, outcome: n.outcome };
  }
  const timebox = ctx.c.negotiationTimeboxDays ?? ctx.param(LADDER_RULES.conflict, 'negotiationTimeboxDays');
  const timeboxOut = workdaysAfter(ctx, toDayNumber(k.raisedOn), timebox + 1);
  return minDefined(latest?.outcome === 'failed' ? latest.day : undefined, timeboxOut);
}

/**
 * The first day a slip trigger can be dated: a snapshot cannot date a slip before `now`, unless an escalation
 * recorded earlier shows it was already in breach then.
 */
function slipSince(ctx: FactContext, records: readonly LadderRecord[]): number {
  return minDefined(records[0]?.day, ctx.nowDay) ?? ctx.nowDay;
}

/** The affected milestones of an incident that are in a critical slip, when it has a schedule impact. */
export function slippingAffected(ctx: FactContext, i: Incident): readonly Milestone[] {
  if ((i.impact?.scheduleDays ?? 0) <= 0) return [];
  const out: Milestone[] = [];
  for (const id of new Set(i.affects ?? [])) {
    const at = ctx.milestones.index.get(id);
    if (at !== undefined && criticalSlip(ctx, at)) out.push(ctx.c.milestones[at]!);
  }
  return out;
}

/** The first day past an open incident's containment timebox (`undefined` once it is contained or closed). */
export function containmentDueDay(ctx: FactContext, i: Incident): number | undefined {
  if (i.status !== 'open') return undefined;
  const timebox = ctx.param(LADDER_RULES.incident, 'containTimeboxDays');
  return workdaysAfter(ctx, toDayNumber(i.occurredOn), timebox + 1);
}

function incidentBreach(ctx: FactContext, i: Incident, records: readonly LadderRecord[]): number | undefined {
  if (i.status === 'closed') return undefined;
  const slip = slippingAffected(ctx, i).length > 0 ? slipSince(ctx, records) : undefined;
  return minDefined(containmentDueDay(ctx, i), slip);
}

function compute(ctx: FactContext, kind: LadderKind, index: number): LadderState {
  const entity = ctx.c[LADDER_LISTS[kind]][index] as Conflict | Milestone | Incident;
  const records = recordsOf(entity.escalations);
  let resolved: boolean;
  let breachSince: number | undefined;
  let name: string;
  if (kind === 'conflict') {
    const k = entity as Conflict;
    resolved = k.status === 'resolved';
    breachSince = conflictBreach(ctx, k);
    name = k.subject;
  } else if (kind === 'milestone') {
    const m = entity as Milestone;
    resolved = m.status === 'done';
    breachSince = criticalSlip(ctx, index) ? slipSince(ctx, records) : undefined;
    name = m.name;
  } else {
    const i = entity as Incident;
    resolved = i.status === 'closed';
    breachSince = incidentBreach(ctx, i, records);
    name = i.description;
  }
  const now = ctx.nowDay;
  const inBreach = breachSince !== undefined && breachSince <= now;
  const current = currentOf(records);
  const level = current?.record.level ?? 0;
  const nextLevel = levelAbove(ctx, level);
  let levelTimeboxDays: number | undefined;
  let levelExpiryDay: number | undefined;
  if (current !== undefined) {
    levelTimeboxDays =
      ctx.levels.get(level)?.timeboxDays ?? ctx.param(LADDER_RULES[kind], 'levelTimeboxDays');
    levelExpiryDay = workdaysAfter(ctx, current.day, levelTimeboxDays + 1);
  }
  const climbFrom =
    breachSince === undefined
      ? undefined
      : levelExpiryDay === undefined
        ? breachSince
        : Math.max(breachSince, levelExpiryDay);
  const nextDueDay = nextLevel === undefined ? undefined : climbFrom;
  const due = nextDueDay !== undefined && nextDueDay <= now;
  const exhausted =
    current !== undefined && nextLevel === undefined && climbFrom !== undefined && climbFrom <= now;
  return {
    kind,
    index,
    id: entity.id,
    name,
    records,
    ...(current === undefined ? {} : { current }),
    level,
    resolved,
    ...(breachSince === undefined ? {} : { breachSince }),
    inBreach,
    ...(levelTimeboxDays === undefined ? {} : { levelTimeboxDays }),
    ...(levelExpiryDay === undefined ? {} : { levelExpiryDay }),
    ...(nextLevel === undefined ? {} : { nextLevel }),
    ...(nextDueDay === undefined ? {} : { nextDueDay }),
    due,
    exhausted,
  };
}

/** A department's head: its first person with decision authority. */
function headOf(ctx: FactContext, department: string | undefined): Person | undefined {
  if (department === undefined) return undefined;
  return ctx.c.people.find((p) => p.department === department && p.decisionAuthority === true);
}

/** A person's superiors along `reportsTo`, nearest first (stopping at a cycle or an unknown id). */
function superiorsOf(ctx: FactContext, id: string): string[] {
  const chain: string[] = [];
  const seen = new Set<string>([id]);
  let at = ctx.people.get(id)?.reportsTo;
  while (at !== undefined && !seen.has(at) && ctx.people.has(at)) {
    chain.push(at);
    seen.add(at);
    at = ctx.people.get(at)?.reportsTo;
  }
  return chain;
}

/**
 * Who decides at `level` for a subject: the level's `person` when the path names one; otherwise, for a conflict,
 * the lowest common superior (along `reportsTo`) of the parties' department heads; for a milestone or an incident,
 * the level-th superior of its owner (a milestone's `owner`, else its department's head; an incident's
 * `temporaryOwner`). `undefined` when the org chart does not say.
 *
 * @param ctx - The evaluation's fact context.
 * @param kind - The subject's kind.
 * @param index - Its position in its list.
 * @param level - The level.
 * @returns A person id, or `undefined`.
 */
export function deciderAt(
  ctx: FactContext,
  kind: LadderKind,
  index: number,
  level: number,
): string | undefined {
  const named = ctx.levels.get(level)?.person;
  if (named !== undefined) return named;
  if (kind === 'conflict') {
    const k = ctx.c.conflicts[index]!;
    const heads = [...new Set(k.parties)].map((d) => headOf(ctx, d)).filter((p) => p !== undefined);
    if (heads.length === 0) return undefined;
    const chains = heads.map((h) => superiorsOf(ctx, h.id));
    return chains[0]!.find((candidate) => chains.every((chain) => chain.includes(candidate)));
  }
  const owner =
    kind === 'milestone'
      ? (ctx.c.milestones[index]!.owner ?? headOf(ctx, ctx.c.milestones[index]!.department)?.id)
      : ctx.c.incidents[index]!.temporaryOwner;
  if (owner === undefined || level < 1) return undefined;
  return superiorsOf(ctx, owner)[level - 1];
}

/**
 * Working days from a day to now on the collaboration's calendar (days d with from < d ≤ now).
 *
 * @param ctx - The evaluation's fact context.
 * @param from - A day number.
 * @returns The count (negative when `from` is after now).
 */
export function workdaysSince(ctx: FactContext, from: number): number {
  return workdaysBetweenDays(from, ctx.nowDay, ctx.calendar);
}

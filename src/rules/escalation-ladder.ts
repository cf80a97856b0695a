import { parseCollaborationForOneUse } from '../model/parse.js';
import type { Collaboration, CollaborationInput } from '../model/types.js';
import { fromDayNumber } from '../schedule/day.js';
import { workdaysBetweenDays } from '../schedule/working-days.js';
import type { RulesConfigOption } from './config-option.js';
import { RulesError } from './errors.js';
import type { EvaluateOptions } from './evaluate.js';
import { FactContext } from './facts/context.js';
import { deciderAt, LADDER_KINDS, LADDER_LISTS, type LadderKind, ladderOf } from './facts/ladder.js';
import { readEvaluateOptions, ruleSetFor } from './options.js';

/**
 * Options of {@link escalationLadder}: `now` (ISO date, required), the PMO `config` (its params give the
 * timeboxes, its `escalation.warnWorkdays` how far ahead `upcoming` looks) and the `locale` of error messages.
 *
 * @example
 * ```ts
 * import type { EscalationLadderOptions } from 'crossdept';
 *
 * const options: EscalationLadderOptions = { now: '2026-11-26', config: { escalation: { warnWorkdays: 3 } } };
 * ```
 */
export interface EscalationLadderOptions {
  readonly now: string;
  readonly config?: RulesConfigOption | null | undefined;
  readonly locale?: EvaluateOptions['locale'];
}

/**
 * One step of the ladder: the level, its title, who decides there (the path's person, else found along
 * `reportsTo`) and the first day it is due (ISO).
 *
 * @example
 * ```ts
 * import type { EscalationStep } from 'crossdept';
 *
 * const step: EscalationStep = { toLevel: 2, title: '分管副总', person: 'zhou', dueOn: '2026-11-26' };
 * ```
 */
export interface EscalationStep {
  readonly toLevel: number;
  readonly title?: string;
  readonly person?: string;
  readonly dueOn: string;
}

/**
 * An escalation record as the ladder reads it: the record's fields, with the level's title and who decides there.
 *
 * @example
 * ```ts
 * import type { EscalationLadderRecord } from 'crossdept';
 *
 * const r: EscalationLadderRecord = { level: 1, on: '2026-11-20', title: '部门经理', acknowledgedOn: '2026-11-20' };
 * ```
 */
export interface EscalationLadderRecord {
  readonly level: number;
  readonly on: string;
  readonly title?: string;
  readonly person?: string;
  readonly acknowledgedOn?: string;
  readonly acknowledgedBy?: string;
  readonly decision?: string;
  readonly decidedBy?: string;
}

/**
 * Where one subject stands on the escalation ladder at `now`: its kind and id (`subjectId`, with the pointer
 * `path`), whether it is in breach and since when, its records in date order, its current level, the level due
 * now (`due`), the level coming due within the warning window (`upcoming`), and whether the ladder is exhausted.
 *
 * @example
 * ```ts
 * import type { EscalationLadderEntry } from 'crossdept';
 *
 * const entry: EscalationLadderEntry = {
 *   kind: 'milestone', subjectId: 'launch', name: '产品上市', path: '/milestones/4', inBreach: true,
 *   inBreachSince: '2026-11-20', level: 1, records: [{ level: 1, on: '2026-11-20', title: '部门经理' }],
 *   due: { toLevel: 2, title: '分管副总', person: 'zhou', dueOn: '2026-11-26' }, exhausted: false,
 * };
 * ```
 */
export interface EscalationLadderEntry {
  readonly kind: LadderKind;
  readonly subjectId: string;
  readonly name: string;
  readonly path: string;
  readonly inBreach: boolean;
  readonly inBreachSince?: string;
  readonly level: number;
  readonly records: readonly EscalationLadderRecord[];
  readonly due?: EscalationStep;
  readonly upcoming?: EscalationStep;
  readonly exhausted: boolean;
}

/**
 * The escalation ladder of every subject that is in breach or escalated and not yet settled (milestones, then
 * conflicts, then incidents, each in document order): who decides by when. It reads the same ladder
 * `evaluate` does (docs/escalation.md), whichever rules the config switches off, so a workbench or a
 * notification service can show it without reading findings.
 *
 * @param collaboration - A collaboration (parsed, or an object that parses; it is validated).
 * @param options - `now` (ISO date, required), `config`, `locale`.
 * @returns One entry per subject on the ladder.
 * @throws {@link RulesError} (and never anything else) with code `invalid_options`, `invalid_locale`,
 *   `invalid_now`, `invalid_config` or `invalid_collaboration`, as `evaluateSync` does.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { escalationLadder, loadCollaboration } from 'crossdept';
 *
 * const parsed = loadCollaboration(readFileSync('examples/new-product-launch.yaml', 'utf8'));
 * if (parsed.success) {
 *   for (const entry of escalationLadder(parsed.data, { now: '2026-11-26' })) {
 *     console.log(entry.kind, entry.subjectId, entry.due?.toLevel, entry.due?.person, entry.due?.dueOn);
 *   }
 * }
 * ```
 */
export function escalationLadder(
  collaboration: Collaboration | CollaborationInput,
  options: EscalationLadderOptions,
): EscalationLadderEntry[] {
  const read = readEvaluateOptions(options);
  const set = ruleSetFor(read.config, read.locale);
  const parsed = parseCollaborationForOneUse(collaboration, { locale: read.locale });
  if (!parsed.success) throw new RulesError('invalid_collaboration', parsed.issues);
  const ctx = new FactContext(parsed.data, read.now, set.params);
  const out: EscalationLadderEntry[] = [];
  for (const kind of LADDER_KINDS) {
    const list = ctx.c[LADDER_LISTS[kind]];
    for (let index = 0; index < list.length; index++) {
      const state = ladderOf(ctx, kind, index);
      if (state.resolved || (!state.inBreach && state.records.length === 0)) continue;
      const step = (level: number, day: number): EscalationStep => {
        const title = ctx.levels.get(level)?.title;
        const person = deciderAt(ctx, kind, index, level);
        return {
          toLevel: level,
          ...(title === undefined ? {} : { title }),
          ...(person === undefined ? {} : { person }),
          dueOn: fromDayNumber(day),
        };
      };
      const next = state.nextLevel;
      const day = state.nextDueDay;
      const soon =
        next !== undefined &&
        day !== undefined &&
        day > ctx.nowDay &&
        workdaysBetweenDays(ctx.nowDay, day, ctx.calendar) <= set.warnWorkdays;
      out.push({
        kind,
        subjectId: state.id,
        name: state.name,
        path: `/${LADDER_LISTS[kind]}/${index}`,
        inBreach: state.inBreach,
        ...(state.inBreach && state.breachSince !== undefined
          ? { inBreachSince: fromDayNumber(state.breachSince) }
          : {}),
        level: state.level,
        records: state.records.map(({ record }) => {
          const title = ctx.levels.get(record.level)?.title;
          const person = deciderAt(ctx, kind, index, record.level);
          return {
            level: record.level,
            on: record.on,
            ...(title === undefined ? {} : { title }),
            ...(person === undefined ? {} : { person }),
            ...(record.acknowledgedOn === undefined ? {} : { acknowledgedOn: record.acknowledgedOn }),
            ...(record.acknowledgedBy === undefined ? {} : { acknowledgedBy: record.acknowledgedBy }),
            ...(record.decision === undefined ? {} : { decision: record.decision }),
            ...(record.decidedBy === undefined ? {} : { decidedBy: record.decidedBy }),
          };
        }),
        ...(state.due && next !== undefined && day !== undefined ? { due: step(next, day) } : {}),
        ...(soon ? { upcoming: step(next, day) } : {}),
        exhausted: state.exhausted,
      });
    }
  }
  return out;
}

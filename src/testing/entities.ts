import fc from 'fast-check';
import { argumentError, guarded } from '../i18n/argument.js';
import type { Period } from '../model/primitives.js';
import type { CollaborationInput } from '../model/types.js';
import { addDays, daysBetween } from '../schedule/day.js';
import { checkContext, checkIds, checkPeriod, checkText, type EntityContext } from './arguments.js';
import { dueArb, isoDateArb, textArb } from './primitives.js';

export type { EntityContext } from './arguments.js';

type Input<K extends keyof CollaborationInput> = NonNullable<CollaborationInput[K]>;
type Item<K extends keyof CollaborationInput> = Input<K> extends readonly (infer U)[] ? U : never;

const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
const pick = <T>(values: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...values);
const subset = <T>(values: readonly T[], maxLength = values.length): fc.Arbitrary<T[]> =>
  values.length === 0 ? fc.constant([]) : fc.uniqueArray(pick(values), { maxLength });
/**
 * Drops keys whose value is undefined, as `exactOptionalPropertyTypes` wants.
 *
 * @param value - An object built from optional arbitraries.
 * @returns The same object without its undefined keys.
 * @throws `CrossdeptError` (of `crossdept`) with code `invalid_argument` when an argument is not of its kind
 *   (or cannot be read), as the arbitrary is built; nothing else.
 * @example
 * ```ts
 * compact({ id: 'a', owner: undefined }); // { id: 'a' }
 * ```
 */
export function compact<T extends object>(value: T): T {
  if (typeof value !== 'object' || value === null)
    throw argumentError('invalid_argument', ['value'], { kind: 'object' });
  return guarded(
    ['value'],
    () => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T,
  );
}
const dateIn = (period: Period): fc.Arbitrary<string> => isoDateArb(period.start, period.end);

/**
 * A department with the given id.
 *
 * @param id - The department id.
 * @returns An arbitrary of departments.
 * @throws `CrossdeptError` (of `crossdept`) with code `invalid_argument` when an argument is not of its kind
 *   (or cannot be read), as the arbitrary is built; nothing else.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { departmentArb } from 'crossdept/testing';
 *
 * fc.sample(departmentArb('rd'), 1);
 * ```
 */
export function departmentArb(id: string): fc.Arbitrary<Item<'departments'>> {
  const args = [checkText(id, ['id'])] as const;
  return guarded(['id'], () => departmentArbOf(...args));
}

function departmentArbOf(id: string): fc.Arbitrary<Item<'departments'>> {
  return fc.record({
    id: fc.constant(id),
    name: textArb(),
    role: pick(['decision', 'execution', 'support'] as const),
  });
}

/**
 * A person with the given id in one of the context's departments.
 *
 * @param id - The person id.
 * @param ctx - Existing departments.
 * @returns An arbitrary of people.
 * @throws `CrossdeptError` (of `crossdept`) with code `invalid_argument` when an argument is not of its kind
 *   (or cannot be read), as the arbitrary is built; nothing else.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { personArb } from 'crossdept/testing';
 *
 * fc.sample(personArb('wang', { period: { start: '2026-09-01', end: '2026-11-30' }, departments: ['rd'], people: [] }), 1);
 * ```
 */
export function personArb(id: string, ctx: EntityContext): fc.Arbitrary<Item<'people'>> {
  const args = [checkText(id, ['id']), checkContext(ctx, ['ctx'])] as const;
  return guarded(['ctx'], () => personArbOf(...args));
}

function personArbOf(id: string, ctx: EntityContext): fc.Arbitrary<Item<'people'>> {
  return fc
    .record({
      id: fc.constant(id),
      name: textArb(),
      department: pick(ctx.departments),
      title: maybe(textArb()),
      decisionAuthority: maybe(fc.boolean()),
    })
    .map(compact);
}

/**
 * A team over the context's people and departments (leader, authority, core, liaisons).
 *
 * @param ctx - Existing people and departments.
 * @returns An arbitrary of teams.
 * @throws `CrossdeptError` (of `crossdept`) with code `invalid_argument` when an argument is not of its kind
 *   (or cannot be read), as the arbitrary is built; nothing else.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { teamArb } from 'crossdept/testing';
 *
 * fc.sample(teamArb({ period: { start: '2026-09-01', end: '2026-11-30' }, departments: ['rd'], people: ['wang'] }), 1);
 * ```
 */
export function teamArb(ctx: EntityContext): fc.Arbitrary<Input<'team'>> {
  const args = [checkContext(ctx, ['ctx'])] as const;
  return guarded(['ctx'], () => teamArbOf(...args));
}

function teamArbOf(ctx: EntityContext): fc.Arbitrary<Input<'team'>> {
  return fc
    .record({
      leader: ctx.people.length > 0 ? maybe(pick(ctx.people)) : fc.constant(undefined),
      leaderAuthority: maybe(subset(['coordinate', 'allocate-resources', 'decide-conflicts'] as const)),
      core: maybe(subset(ctx.people, 12)),
      liaisons: maybe(
        ctx.people.length === 0
          ? fc.constant({})
          : fc
              .tuple(
                subset(ctx.departments),
                fc.array(pick(ctx.people), {
                  minLength: ctx.departments.length,
                  maxLength: ctx.departments.length,
                }),
              )
              .map(([depts, people]) => Object.fromEntries(depts.map((d, i) => [d, people[i]!]))),
      ),
    })
    .map(compact);
}

/**
 * A goal with optional SMART fields, its deadline inside (or just outside) the period.
 *
 * @param period - The collaboration period.
 * @returns An arbitrary of goals.
 * @throws `CrossdeptError` (of `crossdept`) with code `invalid_argument` when an argument is not of its kind
 *   (or cannot be read), as the arbitrary is built; nothing else.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { goalArb } from 'crossdept/testing';
 *
 * fc.sample(goalArb({ start: '2026-09-01', end: '2026-11-30' }), 1);
 * ```
 */
export function goalArb(period: Period): fc.Arbitrary<Input<'goal'>> {
  const args = [checkPeriod(period, ['period'])] as const;
  return guarded(['period'], () => goalArbOf(...args));
}

function goalArbOf(period: Period): fc.Arbitrary<Input<'goal'>> {
  return fc
    .record({
      statement: maybe(
        fc.constantFrom(
          '3个月内完成产品上市，首月销售额达500万元',
          'Cut complaint response time to 24 hours by Q3',
        ),
      ),
      specific: maybe(textArb()),
      measures: maybe(
        fc.array(
          fc
            .record({
              metric: textArb(),
              target: maybe(fc.integer({ min: 0, max: 10_000_000 })),
              unit: maybe(fc.constantFrom('CNY', '%', '个', 'hours')),
            })
            .map(compact),
          { maxLength: 3 },
        ),
      ),
      achievable: maybe(textArb()),
      relevant: maybe(textArb()),
      deadline: maybe(isoDateArb(addDays(period.start, -10), addDays(period.end, 10))),
    })
    .map(compact);
}

/**
 * A scope with optional included and excluded lists.
 *
 * @returns An arbitrary of scopes.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { scopeArb } from 'crossdept/testing';
 *
 * fc.sample(scopeArb(), 1);
 * ```
 */
export function scopeArb(): fc.Arbitrary<Input<'scope'>> {
  return fc
    .record({
      included: maybe(fc.array(textArb(), { maxLength: 4 })),
      excluded: maybe(fc.array(textArb(), { maxLength: 2 })),
    })
    .map(compact);
}

/**
 * A communication plan: cadences, channels and contents.
 *
 * @returns An arbitrary of communication plans.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { communicationArb } from 'crossdept/testing';
 *
 * fc.sample(communicationArb(), 1);
 * ```
 */
export function communicationArb(): fc.Arbitrary<Input<'communication'>> {
  return fc
    .record({
      cadences: maybe(
        fc.array(
          fc
            .record({
              kind: pick(['weekly', 'biweekly', 'monthly', 'ad-hoc'] as const),
              purpose: maybe(textArb()),
            })
            .map(compact),
          {
            maxLength: 3,
          },
        ),
      ),
      channels: maybe(subset(['in-person', 'online', 'shared-docs'] as const)),
      contents: maybe(subset(['progress', 'issues', 'decisions'] as const)),
    })
    .map(compact);
}

/**
 * An escalation path of 0 to 4 consecutive levels.
 *
 * @param ctx - Existing people (for the levels' persons).
 * @returns An arbitrary of escalation paths.
 * @throws `CrossdeptError` (of `crossdept`) with code `invalid_argument` when an argument is not of its kind
 *   (or cannot be read), as the arbitrary is built; nothing else.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { escalationPathArb } from 'crossdept/testing';
 *
 * fc.sample(escalationPathArb({ period: { start: '2026-09-01', end: '2026-11-30' }, departments: [], people: ['zhou'] }), 1);
 * ```
 */
export function escalationPathArb(ctx: EntityContext): fc.Arbitrary<Input<'escalationPath'>> {
  const args = [checkContext(ctx, ['ctx'])] as const;
  return guarded(['ctx'], () => escalationPathArbOf(...args));
}

function escalationPathArbOf(ctx: EntityContext): fc.Arbitrary<Input<'escalationPath'>> {
  return fc.integer({ min: 0, max: 4 }).chain((n) =>
    fc.tuple(
      ...Array.from({ length: n }, (_, i) =>
        fc
          .record({
            level: fc.constant(i + 1),
            title: textArb(),
            person: ctx.people.length > 0 ? maybe(pick(ctx.people)) : fc.constant(undefined),
            timeboxDays: maybe(fc.integer({ min: 1, max: 10 })),
          })
          .map(compact),
      ),
    ),
  );
}

/**
 * A responsibility row of one of the context's departments.
 *
 * @param ctx - Existing departments and people; the period for due dates.
 * @returns An arbitrary of responsibilities (owner, deliverable and due may be missing).
 * @throws `CrossdeptError` (of `crossdept`) with code `invalid_argument` when an argument is not of its kind
 *   (or cannot be read), as the arbitrary is built; nothing else.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { responsibilityArb } from 'crossdept/testing';
 *
 * fc.sample(responsibilityArb({ period: { start: '2026-09-01', end: '2026-11-30' }, departments: ['rd'], people: ['wang'] }), 1);
 * ```
 */
export function responsibilityArb(ctx: EntityContext): fc.Arbitrary<Item<'responsibilities'>> {
  const args = [checkContext(ctx, ['ctx'])] as const;
  return guarded(['ctx'], () => responsibilityArbOf(...args));
}

function responsibilityArbOf(ctx: EntityContext): fc.Arbitrary<Item<'responsibilities'>> {
  return fc
    .record({
      department: pick(ctx.departments),
      owner: ctx.people.length > 0 ? maybe(pick(ctx.people)) : fc.constant(undefined),
      duty: maybe(textArb()),
      deliverable: maybe(textArb()),
      due: maybe(dueArb(ctx.period)),
    })
    .map(compact);
}

/**
 * A dependency-acyclic list of milestones with the given ids: each may depend only on earlier ones.
 *
 * @param milestoneIds - The ids, in order.
 * @param ctx - Existing departments and people; the period for due dates.
 * @returns An arbitrary of milestone lists.
 * @throws `CrossdeptError` (of `crossdept`) with code `invalid_argument` when an argument is not of its kind
 *   (or cannot be read), as the arbitrary is built; nothing else.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { milestonesArb } from 'crossdept/testing';
 *
 * fc.sample(milestonesArb(['m-0', 'm-1'], { period: { start: '2026-09-01', end: '2026-11-30' }, departments: ['rd'], people: [] }), 1);
 * ```
 */
export function milestonesArb(
  milestoneIds: readonly string[],
  ctx: EntityContext,
): fc.Arbitrary<Item<'milestones'>[]> {
  const args = [checkIds(milestoneIds, ['milestoneIds']), checkContext(ctx, ['ctx'])] as const;
  return guarded(['ctx'], () => milestonesArbOf(...args));
}

function milestonesArbOf(
  milestoneIds: readonly string[],
  ctx: EntityContext,
): fc.Arbitrary<Item<'milestones'>[]> {
  return fc.tuple(
    ...milestoneIds.map((id, i) =>
      fc
        .record({
          id: fc.constant(id),
          name: textArb(),
          department: maybe(pick(ctx.departments)),
          owner: ctx.people.length > 0 ? maybe(pick(ctx.people)) : fc.constant(undefined),
          due: dueArb(ctx.period),
          dependsOn: maybe(subset(milestoneIds.slice(0, i), 3)),
          durationDays: maybe(fc.integer({ min: 0, max: 30 })),
          status: pick(['planned', 'in-progress', 'blocked', 'done'] as const),
          completedOn: maybe(dateIn(ctx.period)),
        })
        .map((m) => compact(m.status === 'done' ? m : { ...m, completedOn: undefined })),
    ),
  );
}

/**
 * A risk with the given id, owned by a department (or unowned).
 *
 * @param id - The risk id.
 * @param ctx - Existing departments.
 * @returns An arbitrary of risks.
 * @throws `CrossdeptError` (of `crossdept`) with code `invalid_argument` when an argument is not of its kind
 *   (or cannot be read), as the arbitrary is built; nothing else.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { riskArb } from 'crossdept/testing';
 *
 * fc.sample(riskArb('supply', { period: { start: '2026-09-01', end: '2026-11-30' }, departments: ['sales'], people: [] }), 1);
 * ```
 */
export function riskArb(id: string, ctx: EntityContext): fc.Arbitrary<Item<'risks'>> {
  const args = [checkText(id, ['id']), checkContext(ctx, ['ctx'])] as const;
  return guarded(['ctx'], () => riskArbOf(...args));
}

function riskArbOf(id: string, ctx: EntityContext): fc.Arbitrary<Item<'risks'>> {
  return fc
    .record({
      id: fc.constant(id),
      description: textArb(),
      response: maybe(textArb()),
      owner: maybe(pick(ctx.departments)),
    })
    .map(compact);
}

/**
 * A meeting with minutes: attendees, progress, discussions (possibly tied to a conflict) and actions.
 *
 * @param id - The meeting id.
 * @param ctx - Existing departments, people and conflicts; the period for dates.
 * @returns An arbitrary of meetings.
 * @throws `CrossdeptError` (of `crossdept`) with code `invalid_argument` when an argument is not of its kind
 *   (or cannot be read), as the arbitrary is built; nothing else.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { meetingArb } from 'crossdept/testing';
 *
 * fc.sample(meetingArb('sync-1', { period: { start: '2026-09-01', end: '2026-11-30' }, departments: ['rd'], people: ['wang'] }), 1);
 * ```
 */
export function meetingArb(id: string, ctx: EntityContext): fc.Arbitrary<Item<'meetings'>> {
  const args = [checkText(id, ['id']), checkContext(ctx, ['ctx'])] as const;
  return guarded(['ctx'], () => meetingArbOf(...args));
}

function meetingArbOf(id: string, ctx: EntityContext): fc.Arbitrary<Item<'meetings'>> {
  const dept = pick(ctx.departments);
  const person = ctx.people.length > 0 ? maybe(pick(ctx.people)) : fc.constant(undefined);
  return fc
    .record({
      id: fc.constant(id),
      kind: pick(['progress-sync', 'review', 'decision', 'ad-hoc', 'retrospective'] as const),
      topic: textArb(),
      heldOn: dateIn(ctx.period),
      form: maybe(pick(['in-person', 'online', 'shared-docs'] as const)),
      attendees: maybe(subset(ctx.people, 8)),
      progress: maybe(
        fc
          .record({
            done: maybe(fc.array(fc.record({ department: dept, item: textArb() }), { maxLength: 3 })),
            undone: maybe(
              fc.array(
                fc
                  .record({
                    department: dept,
                    item: textArb(),
                    reason: maybe(textArb()),
                    needs: maybe(textArb()),
                  })
                  .map(compact),
                { maxLength: 2 },
              ),
            ),
          })
          .map(compact),
      ),
      discussions: maybe(
        fc.array(
          fc
            .record({
              dispute: textArb(),
              positions: maybe(
                fc.array(fc.record({ department: dept, position: textArb() }), { maxLength: 2 }),
              ),
              conclusion: maybe(textArb()),
              conflict:
                ctx.conflicts && ctx.conflicts.length > 0
                  ? maybe(pick(ctx.conflicts))
                  : fc.constant(undefined),
            })
            .map(compact),
          { maxLength: 2 },
        ),
      ),
      actions: maybe(
        fc.array(
          fc
            .record({
              item: textArb(),
              owner: person,
              due: maybe(dueArb(ctx.period)),
              done: maybe(fc.boolean()),
              doneOn: maybe(dateIn(ctx.period)),
            })
            .map(compact),
          { maxLength: 3 },
        ),
      ),
    })
    .map(compact);
}

/**
 * A conflict between two of the context's departments, with negotiations and escalations in date order.
 *
 * @param id - The conflict id.
 * @param ctx - Existing departments and people; the period for dates.
 * @returns An arbitrary of conflicts.
 * @throws `CrossdeptError` (of `crossdept`) with code `invalid_argument` when an argument is not of its kind
 *   (or cannot be read), as the arbitrary is built; nothing else.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { conflictArb } from 'crossdept/testing';
 *
 * fc.sample(conflictArb('budget', { period: { start: '2026-09-01', end: '2026-11-30' }, departments: ['mkt', 'sales'], people: ['wang'] }), 1);
 * ```
 */
export function conflictArb(id: string, ctx: EntityContext): fc.Arbitrary<Item<'conflicts'>> {
  const args = [checkText(id, ['id']), checkContext(ctx, ['ctx'])] as const;
  return guarded(['ctx'], () => conflictArbOf(...args));
}

function conflictArbOf(id: string, ctx: EntityContext): fc.Arbitrary<Item<'conflicts'>> {
  const span = Math.max(0, daysBetween(ctx.period.start, ctx.period.end));
  const person = ctx.people.length > 0 ? maybe(pick(ctx.people)) : fc.constant(undefined);
  return fc
    .record({
      raisedAfter: fc.integer({ min: 0, max: span }),
      kind: pick(['opinion', 'resource', 'priority', 'schedule'] as const),
      parties: subset(ctx.departments, 3),
      subject: textArb(),
      negotiations: maybe(
        fc.array(
          fc.record({
            after: fc.integer({ min: 0, max: 10 }),
            facilitator: person,
            outcome: pick(['agreed', 'failed', 'pending'] as const),
          }),
          {
            maxLength: 2,
          },
        ),
      ),
      escalations: maybe(
        fc.array(
          fc.record({
            after: fc.integer({ min: 0, max: 10 }),
            decision: maybe(textArb()),
            decidedBy: person,
          }),
          { maxLength: 3 },
        ),
      ),
      status: pick(['open', 'negotiating', 'escalated', 'resolved'] as const),
      resolution: maybe(textArb()),
    })
    .map((g) => {
      const raisedOn = addDays(ctx.period.start, g.raisedAfter);
      let day = 0;
      const negotiations = g.negotiations?.map((n) => {
        day += n.after;
        return compact({ on: addDays(raisedOn, day), facilitator: n.facilitator, outcome: n.outcome });
      });
      const escalations = g.escalations?.map((e, i) => {
        day += e.after;
        return compact({
          level: i + 1,
          on: addDays(raisedOn, day),
          decision: e.decision,
          decidedBy: e.decidedBy,
        });
      });
      return compact({
        id,
        kind: g.kind,
        parties: g.parties,
        subject: g.subject,
        raisedOn,
        negotiations,
        escalations,
        status: g.status,
        resolvedOn: g.status === 'resolved' ? addDays(raisedOn, day) : undefined,
        resolution: g.status === 'resolved' ? g.resolution : undefined,
      });
    });
}

/**
 * An incident and its emergency plan.
 *
 * @param id - The incident id.
 * @param ctx - Existing people and milestones; the period for dates.
 * @returns An arbitrary of incidents.
 * @throws `CrossdeptError` (of `crossdept`) with code `invalid_argument` when an argument is not of its kind
 *   (or cannot be read), as the arbitrary is built; nothing else.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { incidentArb } from 'crossdept/testing';
 *
 * fc.sample(incidentArb('outage', { period: { start: '2026-09-01', end: '2026-11-30' }, departments: ['rd'], people: ['wu'] }), 1);
 * ```
 */
export function incidentArb(id: string, ctx: EntityContext): fc.Arbitrary<Item<'incidents'>> {
  const args = [checkText(id, ['id']), checkContext(ctx, ['ctx'])] as const;
  return guarded(['ctx'], () => incidentArbOf(...args));
}

function incidentArbOf(id: string, ctx: EntityContext): fc.Arbitrary<Item<'incidents'>> {
  return fc
    .record({
      id: fc.constant(id),
      description: textArb(),
      occurredOn: dateIn(ctx.period),
      temporaryOwner: ctx.people.length > 0 ? maybe(pick(ctx.people)) : fc.constant(undefined),
      measures: maybe(fc.array(textArb(), { maxLength: 3 })),
      impact: maybe(
        fc
          .record({
            summary: textArb(),
            scheduleDays: maybe(fc.integer({ min: 0, max: 30 })),
            cost: maybe(fc.integer({ min: 0, max: 1_000_000 })),
          })
          .map(compact),
      ),
      affects:
        ctx.milestones && ctx.milestones.length > 0
          ? maybe(subset(ctx.milestones, 2))
          : fc.constant(undefined),
      status: pick(['open', 'contained', 'closed'] as const),
    })
    .map(compact);
}

/**
 * A retrospective held after the period, recognising people or departments of the context.
 *
 * @param ctx - Existing people and departments; the period for the date.
 * @returns An arbitrary of retrospectives.
 * @throws `CrossdeptError` (of `crossdept`) with code `invalid_argument` when an argument is not of its kind
 *   (or cannot be read), as the arbitrary is built; nothing else.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { retrospectiveArb } from 'crossdept/testing';
 *
 * fc.sample(retrospectiveArb({ period: { start: '2026-09-01', end: '2026-11-30' }, departments: ['rd'], people: ['wang'] }), 1);
 * ```
 */
export function retrospectiveArb(ctx: EntityContext): fc.Arbitrary<Input<'retrospective'>> {
  const args = [checkContext(ctx, ['ctx'])] as const;
  return guarded(['ctx'], () => retrospectiveArbOf(...args));
}

function retrospectiveArbOf(ctx: EntityContext): fc.Arbitrary<Input<'retrospective'>> {
  const who = [...ctx.people, ...ctx.departments];
  const list = maybe(fc.array(textArb(), { maxLength: 3 }));
  return fc
    .record({
      heldOn: isoDateArb(ctx.period.end, addDays(ctx.period.end, 30)),
      highlights: list,
      improvements: list,
      lessons: list,
      reusablePractices: list,
      recognitions: maybe(fc.array(fc.record({ who: pick(who), for: textArb() }), { maxLength: 2 })),
    })
    .map(compact);
}

/**
 * A working-day calendar with a few holidays and make-up workdays in the period.
 *
 * @param period - The collaboration period.
 * @returns An arbitrary of calendars.
 * @throws `CrossdeptError` (of `crossdept`) with code `invalid_argument` when an argument is not of its kind
 *   (or cannot be read), as the arbitrary is built; nothing else.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { calendarArb } from 'crossdept/testing';
 *
 * fc.sample(calendarArb({ start: '2026-09-01', end: '2026-11-30' }), 1);
 * ```
 */
export function calendarArb(period: Period): fc.Arbitrary<Input<'calendar'>> {
  const args = [checkPeriod(period, ['period'])] as const;
  return guarded(['period'], () => calendarArbOf(...args));
}

function calendarArbOf(period: Period): fc.Arbitrary<Input<'calendar'>> {
  return fc
    .record({
      holidays: maybe(fc.uniqueArray(dateIn(period), { maxLength: 5 })),
      workdays: maybe(fc.uniqueArray(dateIn(period), { maxLength: 2 })),
    })
    .map(compact);
}

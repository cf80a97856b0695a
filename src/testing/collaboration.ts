import fc from 'fast-check';
import { argumentError } from '../i18n/argument.js';
import { readOptionFields } from '../i18n/read-options.js';
import { PHASES, type Phase } from '../model/collaboration.js';
import type { CollaborationInput } from '../model/types.js';
import { checkCount } from './arguments.js';
import {
  calendarArb,
  communicationArb,
  compact,
  conflictArb,
  departmentArb,
  type EntityContext,
  escalationPathArb,
  goalArb,
  incidentArb,
  meetingArb,
  milestonesArb,
  personArb,
  responsibilityArb,
  retrospectiveArb,
  riskArb,
  scopeArb,
  teamArb,
} from './entities.js';
import { ids, isoDateArb, periodArb, textArb } from './primitives.js';

/**
 * How big generated collaborations are: the maximum number of each kind of entity.
 *
 * @example
 * ```ts
 * const size: CollaborationSize = { departments: 3, people: 6, milestones: 20 };
 * ```
 */
export interface CollaborationSize {
  readonly departments?: number;
  readonly people?: number;
  readonly responsibilities?: number;
  readonly milestones?: number;
  readonly risks?: number;
  readonly meetings?: number;
  readonly conflicts?: number;
  readonly incidents?: number;
}

const PRESETS: Record<'small' | 'medium' | 'large', Required<CollaborationSize>> = {
  small: {
    departments: 3,
    people: 5,
    responsibilities: 3,
    milestones: 4,
    risks: 2,
    meetings: 2,
    conflicts: 1,
    incidents: 1,
  },
  medium: {
    departments: 6,
    people: 12,
    responsibilities: 8,
    milestones: 12,
    risks: 4,
    meetings: 5,
    conflicts: 3,
    incidents: 2,
  },
  large: {
    departments: 12,
    people: 40,
    responsibilities: 20,
    milestones: 60,
    risks: 10,
    meetings: 15,
    conflicts: 6,
    incidents: 4,
  },
};

/**
 * Options for {@link collaborationArb}.
 *
 * @example
 * ```ts
 * const options: CollaborationArbOptions = { size: 'large', phase: 'executing' };
 * ```
 */
export interface CollaborationArbOptions {
  /** A preset (`small`, the default; `medium`; `large`) or the maximum count per entity kind. */
  readonly size?: 'small' | 'medium' | 'large' | CollaborationSize;
  /** A fixed phase, `'derived'` to leave `phase` out (so it is derived from the period), or `'any'` (default). */
  readonly phase?: Phase | 'derived' | 'any';
}

const SIZE_KEYS = [
  'departments',
  'people',
  'responsibilities',
  'milestones',
  'risks',
  'meetings',
  'conflicts',
  'incidents',
] as const;

/**
 * The options, read once and checked: `size` a preset or counts (whole numbers up to 100,000), `phase` a phase,
 * `'derived'` or `'any'`; `undefined` and `null` mean the defaults. Anything else is `invalid_argument`.
 */
function readArbOptions(options: unknown): {
  readonly size: Required<CollaborationSize>;
  readonly phase: Phase | 'derived' | 'any';
} {
  const read = readOptionFields(options, ['size', 'phase'] as const);
  const [unreadable] = read.unreadable;
  if (unreadable !== undefined) {
    throw argumentError('invalid_argument', ['options', unreadable.key], { detail: unreadable.detail });
  }
  if (!read.object && options !== undefined && options !== null) {
    throw argumentError('invalid_argument', ['options'], { kind: 'options' });
  }
  const { size, phase } = read.values;
  let counts: Required<CollaborationSize> = PRESETS.small;
  if (size === 'small' || size === 'medium' || size === 'large') counts = PRESETS[size];
  else if (typeof size === 'object' && size !== null && !Array.isArray(size)) {
    const given = readOptionFields(size, SIZE_KEYS);
    if (given.unreadable.length > 0)
      throw argumentError('invalid_argument', ['options', 'size'], { kind: 'size' });
    const merged: Record<string, number> = { ...PRESETS.small };
    for (const key of SIZE_KEYS) {
      const value = given.values[key];
      if (value !== undefined) merged[key] = checkCount(value, ['options', 'size', key]);
    }
    counts = merged as Required<CollaborationSize>;
  } else if (size !== undefined && size !== null) {
    throw argumentError('invalid_argument', ['options', 'size'], { kind: 'size' });
  }
  if (
    phase !== undefined &&
    phase !== null &&
    phase !== 'derived' &&
    phase !== 'any' &&
    !PHASES.includes(phase as Phase)
  ) {
    throw argumentError('invalid_argument', ['options', 'phase'], { kind: 'phase' });
  }
  return { size: counts, phase: (phase ?? 'any') as Phase | 'derived' | 'any' };
}

/**
 * Valid, referentially consistent collaborations: every reference names an existing department, person,
 * milestone or conflict, milestone dependencies form a DAG, dates are real and inside the period, ids are
 * unique. Each generated value parses with `parseCollaboration` to a deep-equal value (entity lists are always
 * present), so it can be used as a collaboration directly. Optional fields are sometimes missing, so rule
 * findings vary.
 *
 * @param options - Size and phase.
 * @returns An arbitrary of collaborations (in the input shape, already in parsed form).
 * @throws `CrossdeptError` (of `crossdept`) with code `invalid_argument` when an option is of the wrong kind
 *   (an unknown preset or phase, a count that is not a whole number from 0 to 100,000) or cannot be read;
 *   nothing else.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { parseCollaboration } from 'crossdept';
 * import { collaborationArb } from 'crossdept/testing';
 *
 * fc.assert(fc.property(collaborationArb({ size: 'medium' }), (c) => parseCollaboration(c).success));
 * ```
 */
export function collaborationArb(options: CollaborationArbOptions = {}): fc.Arbitrary<CollaborationInput> {
  const { size, phase } = readArbOptions(options);
  const phaseArb: fc.Arbitrary<Phase | undefined> =
    phase === 'any'
      ? fc.option(fc.constantFrom(...PHASES), { nil: undefined })
      : phase === 'derived'
        ? fc.constant(undefined)
        : fc.constant(phase);
  const count = (max: number, min = 0) => fc.integer({ min: Math.min(min, max), max });

  return fc
    .record({
      id: fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/),
      name: textArb(),
      scenario: fc.constantFrom('project', 'problem-solving', 'resource-integration', 'strategy' as const),
      phase: phaseArb,
      period: periodArb(),
      nDepartments: count(Math.max(1, size.departments), 1),
      nPeople: count(size.people),
      nMilestones: count(size.milestones),
      nRisks: count(size.risks),
      nMeetings: count(size.meetings),
      nConflicts: count(size.conflicts),
      nIncidents: count(size.incidents),
      nResponsibilities: count(size.responsibilities),
    })
    .chain((base) => {
      const departments = ids('d', base.nDepartments);
      const people = ids('p', base.nPeople);
      const milestones = ids('m', base.nMilestones);
      const conflicts = ids('c', base.nConflicts);
      const ctx: EntityContext = { period: base.period, departments, people, milestones, conflicts };
      const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
      return fc
        .record({
          initiatingDepartment: maybe(fc.constantFrom(...departments)),
          initiatedOn: maybe(isoDateArb(base.period.start, base.period.start)),
          goal: maybe(goalArb(base.period)),
          scope: maybe(scopeArb()),
          departments: fc.tuple(...departments.map((id) => departmentArb(id))),
          people: fc.tuple(...people.map((id) => personArb(id, ctx))),
          // Each person may report to one listed before them, so the org chart has no cycle.
          reportsTo: fc.tuple(
            ...people.map((_, i) =>
              i === 0 ? fc.constant(undefined) : maybe(fc.constantFrom(...people.slice(0, i))),
            ),
          ),
          team: maybe(teamArb(ctx)),
          communication: maybe(communicationArb()),
          decisionMechanism: maybe(
            fc.constantFrom('leader-decides', 'department-vote', 'superior-approval' as const),
          ),
          negotiationTimeboxDays: maybe(fc.integer({ min: 1, max: 10 })),
          escalationPath: maybe(escalationPathArb(ctx)),
          responsibilities: fc.array(responsibilityArb(ctx), {
            minLength: base.nResponsibilities,
            maxLength: base.nResponsibilities,
          }),
          milestones: milestonesArb(milestones, ctx),
          risks: fc.tuple(...ids('r', base.nRisks).map((id) => riskArb(id, ctx))),
          meetings: fc.tuple(...ids('mt', base.nMeetings).map((id) => meetingArb(id, ctx))),
          conflicts: fc.tuple(...conflicts.map((id) => conflictArb(id, ctx))),
          incidents: fc.tuple(...ids('i', base.nIncidents).map((id) => incidentArb(id, ctx))),
          problems: registerArb(ids('pb', size.risks), people.length > 0, (id) => problemArb(id, ctx, maybe)),
          decisions: registerArb(ids('dc', size.conflicts), people.length > 0, (id) =>
            decisionArb(id, ctx, maybe),
          ),
          retrospective: maybe(retrospectiveArb(ctx)),
          calendar: maybe(calendarArb(base.period)),
        })
        .map(({ reportsTo, ...rest }): CollaborationInput => {
          // Escalation records name levels of the escalation path (when there is one).
          const top = rest.escalationPath?.length ?? 0;
          const conflictsOnPath =
            top === 0
              ? rest.conflicts
              : rest.conflicts.map((k) =>
                  k.escalations === undefined
                    ? k
                    : { ...k, escalations: k.escalations.filter((e) => e.level <= top) },
                );
          return compact({
            id: base.id,
            name: base.name,
            scenario: base.scenario,
            phase: base.phase,
            period: base.period,
            ...rest,
            people: rest.people.map((p, i) =>
              reportsTo[i] === undefined ? p : { ...p, reportsTo: reportsTo[i] },
            ),
            conflicts: conflictsOnPath,
          });
        });
    });
}

type Maybe = <T>(arb: fc.Arbitrary<T>) => fc.Arbitrary<T | undefined>;

/** Up to `ids.length` register entries (none without people to raise or decide them). */
function registerArb<T>(
  ids: readonly string[],
  enabled: boolean,
  entry: (id: string) => fc.Arbitrary<T>,
): fc.Arbitrary<T[]> {
  if (!enabled || ids.length === 0) return fc.constant([]);
  return fc
    .integer({ min: 0, max: ids.length })
    .chain((n) => (n === 0 ? fc.constant([]) : fc.tuple(...ids.slice(0, n).map(entry))));
}

/** A problem of the problem log, raised by and owned by people of the context. */
function problemArb(id: string, ctx: EntityContext, maybe: Maybe) {
  const person = fc.constantFrom(...ctx.people);
  return fc
    .record({
      id: fc.constant(id),
      raisedOn: isoDateArb(ctx.period.start, ctx.period.end),
      raisedBy: person,
      description: textArb(),
      needs: maybe(textArb()),
      owner: maybe(person),
      status: fc.constantFrom('open', 'in-progress', 'resolved' as const),
      conflict:
        ctx.conflicts && ctx.conflicts.length > 0
          ? maybe(fc.constantFrom(...ctx.conflicts))
          : fc.constant(undefined),
    })
    .map(compact);
}

/** A decision of the decision log, driven and approved by people of the context. */
function decisionArb(id: string, ctx: EntityContext, maybe: Maybe) {
  const person = fc.constantFrom(...ctx.people);
  const party = fc.constantFrom(...ctx.people, ...ctx.departments);
  return fc
    .record({
      id: fc.constant(id),
      title: textArb(),
      on: isoDateArb(ctx.period.start, ctx.period.end),
      driver: person,
      approver: person,
      contributors: maybe(fc.uniqueArray(party, { maxLength: 3 })),
      informed: maybe(fc.uniqueArray(party, { maxLength: 3 })),
      outcome: textArb(),
      source:
        ctx.conflicts && ctx.conflicts.length > 0
          ? maybe(fc.constantFrom(...ctx.conflicts).map((conflict) => ({ conflict })))
          : fc.constant(undefined),
    })
    .map(compact);
}

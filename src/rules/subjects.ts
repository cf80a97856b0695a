import type {
  ActionItem,
  Collaboration,
  Conflict,
  Decision,
  Department,
  Escalation,
  Incident,
  Measure,
  Meeting,
  Milestone,
  Person,
  Problem,
  Responsibility,
  Risk,
  ScopeChange,
  UndoneItem,
} from '../model/types.js';
import type { RuleScope } from './report.js';

/** An item of a meeting's minutes (an undone item or an action), with its meeting. */
export interface MinutesItem<T> {
  readonly item: T;
  readonly meeting: Meeting;
}

/**
 * An escalation record with the subject it escalates: its kind, the subject and its position in its list.
 */
export interface EscalationRecord {
  readonly kind: 'milestone' | 'conflict' | 'incident';
  readonly subject: Milestone | Conflict | Incident;
  readonly subjectIndex: number;
  readonly record: Escalation;
}

/** The entity a subject of each scope is. */
export interface ScopeEntities {
  readonly collaboration: Collaboration;
  readonly department: Department;
  readonly person: Person;
  readonly responsibility: Responsibility;
  readonly milestone: Milestone;
  readonly risk: Risk;
  readonly meeting: Meeting;
  readonly 'undone-item': MinutesItem<UndoneItem>;
  readonly action: MinutesItem<ActionItem>;
  readonly conflict: Conflict;
  readonly incident: Incident;
  readonly problem: Problem;
  readonly decision: Decision;
  readonly measure: Measure;
  readonly 'scope-change': ScopeChange;
  readonly escalation: EscalationRecord;
}

/**
 * One thing a rule is evaluated for: the entity, its position in its list, its `subjectId` (absent for the
 * collaboration), its JSON Pointer and its document order within the scope (`ordinal`).
 *
 * Subject ids: the entity's `id`; for a responsibility row `responsibilities/<index>`; for an undone item
 * `<meeting id>/undone/<index>`; for a meeting action its `id`, else `<meeting id>/actions/<index>`; for a goal
 * measure its `metric`; for a scope change its `item`; for an escalation record `<kind>/<subject id>/<level>`
 * (`milestone/launch/1`).
 */
export interface Subject<S extends RuleScope = RuleScope> {
  readonly scope: S;
  readonly entity: ScopeEntities[S];
  readonly index: number;
  readonly id?: string;
  readonly pointer: string;
  readonly ordinal: number;
}

function listed<S extends RuleScope>(
  scope: S,
  list: readonly ScopeEntities[S][],
  key: string,
  id: (e: ScopeEntities[S], i: number) => string,
): Subject<S>[] {
  return list.map((entity, index) => ({
    scope,
    entity,
    index,
    id: id(entity, index),
    pointer: `/${key}/${index}`,
    ordinal: index,
  }));
}

/**
 * The subjects of a scope in document order.
 *
 * @param c - A parsed collaboration.
 * @param scope - The scope.
 * @returns One subject per entity of the scope (one for the collaboration scope).
 * @example
 * ```ts
 * import type { Collaboration } from '../model/types.js';
 *
 * declare const collaboration: Collaboration; // the worked example
 * subjectsOf(collaboration, 'milestone').map((s) => s.id); // ['beta', 'promo-plan', …]
 * ```
 */
export function subjectsOf<S extends RuleScope>(c: Collaboration, scope: S): readonly Subject<S>[] {
  // A parsed collaboration is deeply frozen: its subjects never change, so they are listed once per scope.
  if (!Object.isFrozen(c)) return SUBJECTS[scope](c) as readonly Subject<S>[];
  let byScope = listedSubjects.get(c);
  if (byScope === undefined) {
    byScope = new Map();
    listedSubjects.set(c, byScope);
  }
  let list = byScope.get(scope);
  if (list === undefined) {
    list = Object.freeze(SUBJECTS[scope](c));
    byScope.set(scope, list);
  }
  return list as readonly Subject<S>[];
}

// The subjects of each parsed collaboration by scope, kept as long as the collaboration is.
const listedSubjects = new WeakMap<Collaboration, Map<RuleScope, readonly Subject[]>>();

function minutes<S extends 'undone-item' | 'action'>(
  c: Collaboration,
  scope: S,
  items: (m: Meeting) => readonly (S extends 'action' ? ActionItem : UndoneItem)[] | undefined,
  segment: string,
  idSegment: string,
): Subject<S>[] {
  const out: Subject<S>[] = [];
  c.meetings.forEach((meeting, mi) => {
    items(meeting)?.forEach((item, index) => {
      out.push({
        scope,
        entity: { item, meeting } as ScopeEntities[S],
        index,
        id: (item as { readonly id?: string }).id ?? `${meeting.id}/${idSegment}/${index}`,
        pointer: `/meetings/${mi}/${segment}/${index}`,
        ordinal: out.length,
      });
    });
  });
  return out;
}

function escalationRecords(c: Collaboration): Subject<'escalation'>[] {
  const out: Subject<'escalation'>[] = [];
  const add = (
    kind: EscalationRecord['kind'],
    key: string,
    list: readonly (Milestone | Conflict | Incident)[],
  ): void => {
    list.forEach((subject, subjectIndex) => {
      subject.escalations?.forEach((record, index) => {
        out.push({
          scope: 'escalation',
          entity: { kind, subject, subjectIndex, record },
          index,
          id: `${kind}/${subject.id}/${record.level}`,
          pointer: `/${key}/${subjectIndex}/escalations/${index}`,
          ordinal: out.length,
        });
      });
    });
  };
  add('milestone', 'milestones', c.milestones);
  add('conflict', 'conflicts', c.conflicts);
  add('incident', 'incidents', c.incidents);
  return out;
}

// A table rather than a `match`: a mapped type over the scopes is exhaustive as well (a new scope fails to
// compile until it has an entry), and this runs for every scope of every evaluation.
const SUBJECTS: { readonly [S in RuleScope]: (c: Collaboration) => readonly Subject<S>[] } = {
  collaboration: (c) => [{ scope: 'collaboration', entity: c, index: 0, pointer: '', ordinal: 0 }],
  department: (c) => listed('department', c.departments, 'departments', (e) => e.id),
  person: (c) => listed('person', c.people, 'people', (e) => e.id),
  responsibility: (c) =>
    listed('responsibility', c.responsibilities, 'responsibilities', (_, i) => `responsibilities/${i}`),
  milestone: (c) => listed('milestone', c.milestones, 'milestones', (e) => e.id),
  risk: (c) => listed('risk', c.risks, 'risks', (e) => e.id),
  meeting: (c) => listed('meeting', c.meetings, 'meetings', (e) => e.id),
  'undone-item': (c) => minutes(c, 'undone-item', (m) => m.progress?.undone, 'progress/undone', 'undone'),
  action: (c) => minutes(c, 'action', (m) => m.actions, 'actions', 'actions'),
  conflict: (c) => listed('conflict', c.conflicts, 'conflicts', (e) => e.id),
  incident: (c) => listed('incident', c.incidents, 'incidents', (e) => e.id),
  problem: (c) => listed('problem', c.problems, 'problems', (e) => e.id),
  decision: (c) => listed('decision', c.decisions, 'decisions', (e) => e.id),
  measure: (c) =>
    (c.goal?.measures ?? []).map((entity, index) => ({
      scope: 'measure',
      entity,
      index,
      id: entity.metric,
      pointer: `/goal/measures/${index}`,
      ordinal: index,
    })),
  'scope-change': (c) =>
    (c.scope?.changes ?? []).map((entity, index) => ({
      scope: 'scope-change',
      entity,
      index,
      id: entity.item,
      pointer: `/scope/changes/${index}`,
      ordinal: index,
    })),
  escalation: escalationRecords,
};

/** The rule scopes in the order subjects are listed. @example `RULE_SCOPES[0]; // 'collaboration'` */
export const RULE_SCOPES: readonly RuleScope[] = [
  'collaboration',
  'department',
  'person',
  'responsibility',
  'milestone',
  'risk',
  'meeting',
  'undone-item',
  'action',
  'conflict',
  'incident',
  'problem',
  'decision',
  'measure',
  'scope-change',
  'escalation',
];

import { match } from 'ts-pattern';
import type {
  ActionItem,
  Collaboration,
  Conflict,
  Department,
  Incident,
  Meeting,
  Milestone,
  Person,
  Responsibility,
  Risk,
  UndoneItem,
} from '../model/types.js';
import type { RuleScope } from './report.js';

/** An item of a meeting's minutes (an undone item or an action), with its meeting. */
export interface MinutesItem<T> {
  readonly item: T;
  readonly meeting: Meeting;
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
}

/**
 * One thing a rule is evaluated for: the entity, its position in its list, its `subjectId` (absent for the
 * collaboration), its JSON Pointer and its document order within the scope (`ordinal`).
 *
 * Subject ids: the entity's `id`; for a responsibility row `responsibilities/<index>`; for an undone item
 * `<meeting id>/undone/<index>`; for a meeting action `<meeting id>/actions/<index>`.
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
 * subjectsOf(collaboration, 'milestone').map((s) => s.id); // ['beta', 'promo-plan', …]
 * ```
 */
export function subjectsOf<S extends RuleScope>(c: Collaboration, scope: S): readonly Subject<S>[] {
  const minutes = <T>(
    s: 'undone-item' | 'action',
    items: (m: Meeting) => readonly T[] | undefined,
    segment: string,
  ): Subject[] => {
    const out: Subject[] = [];
    c.meetings.forEach((meeting, mi) => {
      items(meeting)?.forEach((item, index) => {
        out.push({
          scope: s,
          entity: { item, meeting } as ScopeEntities[typeof s],
          index,
          id: `${meeting.id}/${segment.split('/').pop()}/${index}`,
          pointer: `/meetings/${mi}/${segment}/${index}`,
          ordinal: out.length,
        });
      });
    });
    return out;
  };
  const result: readonly Subject[] = match<RuleScope, readonly Subject[]>(scope)
    .with('collaboration', () => [{ scope: 'collaboration', entity: c, index: 0, pointer: '', ordinal: 0 }])
    .with('department', () => listed('department', c.departments, 'departments', (e) => e.id))
    .with('person', () => listed('person', c.people, 'people', (e) => e.id))
    .with('responsibility', () =>
      listed('responsibility', c.responsibilities, 'responsibilities', (_, i) => `responsibilities/${i}`),
    )
    .with('milestone', () => listed('milestone', c.milestones, 'milestones', (e) => e.id))
    .with('risk', () => listed('risk', c.risks, 'risks', (e) => e.id))
    .with('meeting', () => listed('meeting', c.meetings, 'meetings', (e) => e.id))
    .with('undone-item', () => minutes('undone-item', (m) => m.progress?.undone, 'progress/undone'))
    .with('action', () => minutes('action', (m) => m.actions, 'actions'))
    .with('conflict', () => listed('conflict', c.conflicts, 'conflicts', (e) => e.id))
    .with('incident', () => listed('incident', c.incidents, 'incidents', (e) => e.id))
    .exhaustive();
  return result as readonly Subject<S>[];
}

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
];

import type { RuleScope } from '../report.js';
import type { FactDefinition } from '../types.js';
import { actionFacts } from './action.js';
import { collaborationFacts } from './collaboration.js';
import { conflictFacts } from './conflict.js';
import { decisionFacts } from './decision.js';
import type { FactImplementation } from './define.js';
import { departmentFacts } from './department.js';
import { escalationFacts } from './escalation.js';
import { incidentFacts } from './incident.js';
import { measureFacts } from './measure.js';
import { meetingFacts } from './meeting.js';
import { milestoneFacts } from './milestone.js';
import { personFacts } from './person.js';
import { problemFacts } from './problem.js';
import { responsibilityFacts } from './responsibility.js';
import { riskFacts } from './risk.js';
import { scopeChangeFacts } from './scope-change.js';
import { undoneItemFacts } from './undone-item.js';

/** Every fact with its implementation, by scope. */
export const FACTS_BY_SCOPE: { readonly [S in RuleScope]: readonly FactImplementation<S>[] } = {
  collaboration: collaborationFacts,
  department: departmentFacts,
  person: personFacts,
  responsibility: responsibilityFacts,
  milestone: milestoneFacts,
  risk: riskFacts,
  meeting: meetingFacts,
  'undone-item': undoneItemFacts,
  action: actionFacts,
  conflict: conflictFacts,
  incident: incidentFacts,
  problem: problemFacts,
  decision: decisionFacts,
  measure: measureFacts,
  'scope-change': scopeChangeFacts,
  escalation: escalationFacts,
};

/**
 * The fact catalog: every value rule conditions can refer to, with its scope, type and description in both
 * locales. Facts of the `collaboration` scope are available to rules of every scope; the others only to rules of
 * their scope.
 *
 * @example
 * ```ts
 * import { facts } from 'crossdept';
 *
 * facts.filter((f) => f.scope === 'collaboration').map((f) => f.name); // ['nowDay', 'periodStartDay', …]
 * ```
 */
export const facts: readonly FactDefinition[] = [
  ...collaborationFacts,
  ...departmentFacts,
  ...personFacts,
  ...responsibilityFacts,
  ...milestoneFacts,
  ...riskFacts,
  ...meetingFacts,
  ...undoneItemFacts,
  ...actionFacts,
  ...conflictFacts,
  ...incidentFacts,
  ...problemFacts,
  ...decisionFacts,
  ...measureFacts,
  ...scopeChangeFacts,
  ...escalationFacts,
];

/**
 * The facts a rule of `scope` may refer to: its own, then the collaboration's.
 *
 * @param scope - A rule scope.
 * @returns The facts by name.
 * @example
 * ```ts
 * factsForScope('milestone').get('dueDay')?.type; // 'day'
 * ```
 */
export function factsForScope(scope: RuleScope): ReadonlyMap<string, FactImplementation> {
  const map = new Map<string, FactImplementation>();
  for (const f of FACTS_BY_SCOPE[scope]) map.set(f.name, f as FactImplementation);
  if (scope !== 'collaboration') {
    for (const f of FACTS_BY_SCOPE.collaboration)
      if (!map.has(f.name)) map.set(f.name, f as FactImplementation);
  }
  return map;
}

/**
 * The count fact of every list fact: a list cannot be compared with `[]`, so its size is a number fact of its own
 * (`statementVagueTerms` → `statementVagueTermCount`).
 *
 * @example
 * ```ts
 * LIST_COUNT_FACTS.statementVagueTerms; // 'statementVagueTermCount'
 * ```
 */
export const LIST_COUNT_FACTS: Readonly<Record<string, string>> = {
  statementVagueTerms: 'statementVagueTermCount',
  leaderAuthority: 'leaderAuthorityCount',
  cadenceKinds: 'cadenceKindCount',
  communicationContents: 'communicationContentCount',
  dependencyCycle: 'dependencyCycleLength',
  missingFields: 'missingFieldCount',
  partyNames: 'partyCount',
  escalationLevels: 'escalationCount',
  skippedEscalationLevels: 'skippedEscalationLevelCount',
  dutyAccountableNames: 'dutyAccountableCount',
  undistributedCoreMembers: 'undistributedCoreMemberCount',
  absentExecutionDepartments: 'absentExecutionDepartmentCount',
  affectedMilestoneNames: 'affectedMilestoneCount',
  criticalSlipMilestoneNames: 'criticalSlipMilestoneCount',
};

/**
 * The scopes whose rules can use a fact of this name (a collaboration fact is usable in every scope).
 *
 * @param name - A fact name.
 * @returns The scopes that have it, in scope order; empty when no scope has it.
 * @example
 * ```ts
 * scopesWithFact('critical'); // ['milestone']
 * ```
 */
export function scopesWithFact(name: string): RuleScope[] {
  return (Object.keys(FACTS_BY_SCOPE) as RuleScope[]).filter((scope) =>
    FACTS_BY_SCOPE[scope].some((f) => f.name === name),
  );
}

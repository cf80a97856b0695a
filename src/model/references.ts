import type { Locale } from '../i18n/locale.js';
import { didYouMean } from '../issues/did-you-mean.js';
import type { IssuePath } from '../issues/issue.js';
import type { ParseIssue } from './issue.js';
import type { IssueList } from './issue-cap.js';
import { term } from './messages.js';
import { parseIssue } from './parse-issue.js';
import type { Collaboration, Escalation } from './types.js';

type Kind =
  | 'department'
  | 'person'
  | 'milestone'
  | 'conflict'
  | 'meeting'
  | 'incident'
  | 'decision'
  | 'escalation level'
  | 'person or department';

/**
 * Checks what a schema cannot: `period.end` not before `period.start`, unique ids per kind, and that every
 * reference names an existing department, person, milestone or conflict.
 *
 * Issues are built (messages, did-you-mean) only while the list keeps them; past its cap they are only counted.
 *
 * @param c - A structurally valid collaboration.
 * @param locale - Message locale.
 * @param issues - Where the issues go, in document order; nothing is added when the collaboration is consistent.
 * @example
 * ```ts
 * import { IssueList } from './issue-cap.js';
 * import type { ParseIssue } from './issue.js';
 * import type { Collaboration, Escalation } from './types.js';
 *
 * declare const collaboration: Collaboration; // parsed by the schema, not yet checked
 * const issues = new IssueList<ParseIssue>();
 * checkConsistency(collaboration, 'en', issues);
 * ```
 */
export function checkConsistency(c: Collaboration, locale: Locale, issues: IssueList<ParseIssue>): void {
  if (c.period.end < c.period.start) {
    issues.add(() =>
      parseIssue(locale, 'period_order', ['period', 'end'], { value: c.period.end, first: c.period.start }),
    );
  }

  const collect = (
    list: readonly { readonly id: string }[],
    key: string,
    kind: string,
  ): ReadonlySet<string> => {
    // The ids in the order they first appear; the first index of a repeated one is looked up only for its issue.
    const ids = new Set<string>();
    for (let index = 0; index < list.length; index++) {
      const id = list[index]!.id;
      if (!ids.has(id)) {
        ids.add(id);
        continue;
      }
      issues.add(() =>
        parseIssue(locale, 'duplicate_id', [key, index, 'id'], {
          kind: term(locale, kind),
          value: id,
          first: `/${key}/${list.findIndex((item) => item.id === id)}/id`,
        }),
      );
    }
    return ids;
  };

  const departments = collect(c.departments, 'departments', 'department');
  const people = collect(c.people, 'people', 'person');
  const milestones = collect(c.milestones, 'milestones', 'milestone');
  collect(c.risks, 'risks', 'risk');
  const meetings = collect(c.meetings, 'meetings', 'meeting');
  const conflicts = collect(c.conflicts, 'conflicts', 'conflict');
  const incidents = collect(c.incidents, 'incidents', 'incident');
  collect(c.problems, 'problems', 'problem');
  const decisions = collect(c.decisions, 'decisions', 'decision');
  // Action ids are optional; the ones given are unique across all meetings.
  const actionIds = new Map<string, string>();
  c.meetings.forEach((m, i) =>
    m.actions?.forEach((a, j) => {
      if (a.id === undefined) return;
      const first = actionIds.get(a.id);
      if (first === undefined) actionIds.set(a.id, `/meetings/${i}/actions/${j}/id`);
      else {
        issues.add(() =>
          parseIssue(locale, 'duplicate_id', ['meetings', i, 'actions', j, 'id'], {
            kind: term(locale, 'action'),
            value: a.id ?? '',
            first,
          }),
        );
      }
    }),
  );
  if (c.escalationPath) {
    const levels = new Map<number, number>();
    c.escalationPath.forEach((l, index) => {
      const seen = levels.get(l.level);
      if (seen === undefined) levels.set(l.level, index);
      else {
        issues.add(() =>
          parseIssue(locale, 'duplicate_id', ['escalationPath', index, 'level'], {
            kind: term(locale, 'escalation level'),
            value: String(l.level),
            first: `/escalationPath/${seen}/level`,
          }),
        );
      }
    });
  }

  const sets: Record<Kind, readonly ReadonlySet<string>[]> = {
    department: [departments],
    person: [people],
    milestone: [milestones],
    conflict: [conflicts],
    meeting: [meetings],
    incident: [incidents],
    decision: [decisions],
    'escalation level': [new Set((c.escalationPath ?? []).map((l) => String(l.level)))],
    'person or department': [people, departments],
  };
  const levelIds = sets['escalation level'][0]!;
  // A switch, not ts-pattern: this runs for every reference of every collaboration parsed; the return type makes
  // it exhaustive (a new kind without a case does not compile).
  const known = (value: string, kind: Kind): boolean => {
    switch (kind) {
      case 'department':
        return departments.has(value);
      case 'person':
        return people.has(value);
      case 'milestone':
        return milestones.has(value);
      case 'conflict':
        return conflicts.has(value);
      case 'meeting':
        return meetings.has(value);
      case 'incident':
        return incidents.has(value);
      case 'decision':
        return decisions.has(value);
      case 'escalation level':
        return levelIds.has(value);
      case 'person or department':
        return people.has(value) || departments.has(value);
    }
  };
  const ref = (value: string | undefined, path: IssuePath, kind: Kind): void => {
    if (value === undefined || known(value, kind)) return;
    const candidates = sets[kind];
    issues.add(() => {
      // Level numbers are not spelled: a did-you-mean would only name another level.
      const suggestion =
        kind === 'escalation level'
          ? undefined
          : didYouMean(
              value,
              candidates.flatMap((s) => [...s]),
            );
      return parseIssue(locale, 'unknown_reference', path, {
        kind: term(locale, kind),
        value,
        ...(suggestion === undefined ? {} : { suggestion }),
      });
    });
  };
  const refs = (values: readonly string[] | undefined, path: IssuePath, kind: Kind): void => {
    if (values === undefined) return;
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      if (!known(value, kind)) ref(value, [...path, i], kind);
    }
  };

  // An escalation record: its people exist, it is acknowledged on or after it was made, and its level is one of
  // the escalation path (when the collaboration has one).
  const pathLevels = (c.escalationPath ?? []).map((l) => l.level);
  const levelSet = new Set(pathLevels);
  const escalations = (list: readonly Escalation[] | undefined, path: IssuePath): void => {
    list?.forEach((e, j) => {
      const at: IssuePath = [...path, j];
      if (pathLevels.length > 0 && !levelSet.has(e.level)) {
        issues.add(() =>
          parseIssue(locale, 'unknown_escalation_level', [...at, 'level'], {
            value: String(e.level),
            options: [...levelSet].sort((a, b) => a - b).join(', '),
          }),
        );
      }
      const ack = e.acknowledgedOn;
      if (ack !== undefined && ack < e.on) {
        issues.add(() =>
          parseIssue(locale, 'acknowledged_before_escalation', [...at, 'acknowledgedOn'], {
            value: ack,
            first: e.on,
          }),
        );
      }
      ref(e.acknowledgedBy, [...at, 'acknowledgedBy'], 'person');
      ref(e.decidedBy, [...at, 'decidedBy'], 'person');
    });
  };

  ref(c.initiatingDepartment, ['initiatingDepartment'], 'department');
  c.people.forEach((p, i) => {
    ref(p.department, ['people', i, 'department'], 'department');
    ref(p.reportsTo, ['people', i, 'reportsTo'], 'person');
  });
  checkReportingCycles(c, locale, issues);
  if (c.team) {
    ref(c.team.leader, ['team', 'leader'], 'person');
    refs(c.team.core, ['team', 'core'], 'person');
    for (const [dept, person] of Object.entries(c.team.liaisons ?? {})) {
      if (!departments.has(dept)) {
        issues.add(() => {
          const suggestion = didYouMean(dept, departments);
          return parseIssue(locale, 'unknown_reference', ['team', 'liaisons', dept], {
            kind: term(locale, 'department'),
            value: dept,
            ...(suggestion === undefined ? {} : { suggestion }),
          });
        });
      }
      ref(person, ['team', 'liaisons', dept], 'person');
    }
  }
  c.escalationPath?.forEach((l, i) => ref(l.person, ['escalationPath', i, 'person'], 'person'));
  c.scope?.changes?.forEach((x, i) => ref(x.approvedBy, ['scope', 'changes', i, 'approvedBy'], 'person'));
  c.responsibilities.forEach((r, i) => {
    ref(r.department, ['responsibilities', i, 'department'], 'department');
    ref(r.owner, ['responsibilities', i, 'owner'], 'person');
    ref(r.accountable, ['responsibilities', i, 'accountable'], 'person');
    refs(r.consulted, ['responsibilities', i, 'consulted'], 'person or department');
    refs(r.informed, ['responsibilities', i, 'informed'], 'person or department');
  });
  c.milestones.forEach((m, i) => {
    ref(m.department, ['milestones', i, 'department'], 'department');
    ref(m.owner, ['milestones', i, 'owner'], 'person');
    refs(m.dependsOn, ['milestones', i, 'dependsOn'], 'milestone');
    escalations(m.escalations, ['milestones', i, 'escalations']);
  });
  c.risks.forEach((r, i) => ref(r.owner, ['risks', i, 'owner'], 'person or department'));
  c.meetings.forEach((m, i) => {
    const at: IssuePath = ['meetings', i];
    ref(m.chair, [...at, 'chair'], 'person');
    refs(m.attendees, [...at, 'attendees'], 'person');
    ref(m.recorder, [...at, 'recorder'], 'person');
    refs(m.distribution, [...at, 'distribution'], 'person or department');
    refs(m.decisions, [...at, 'decisions'], 'decision');
    ref(m.progress?.owner, [...at, 'progress', 'owner'], 'person');
    m.progress?.done?.forEach((d, j) =>
      ref(d.department, [...at, 'progress', 'done', j, 'department'], 'department'),
    );
    m.progress?.undone?.forEach((d, j) =>
      ref(d.department, [...at, 'progress', 'undone', j, 'department'], 'department'),
    );
    m.discussions?.forEach((d, j) => {
      ref(d.owner, [...at, 'discussions', j, 'owner'], 'person');
      d.positions?.forEach((p, k) =>
        ref(p.department, [...at, 'discussions', j, 'positions', k, 'department'], 'department'),
      );
      ref(d.conflict, [...at, 'discussions', j, 'conflict'], 'conflict');
    });
    m.actions?.forEach((a, j) => ref(a.owner, [...at, 'actions', j, 'owner'], 'person'));
  });
  c.conflicts.forEach((k, i) => {
    refs(k.parties, ['conflicts', i, 'parties'], 'department');
    k.negotiations?.forEach((n, j) =>
      ref(n.facilitator, ['conflicts', i, 'negotiations', j, 'facilitator'], 'person'),
    );
    escalations(k.escalations, ['conflicts', i, 'escalations']);
  });
  c.incidents.forEach((n, i) => {
    ref(n.department, ['incidents', i, 'department'], 'department');
    ref(n.temporaryOwner, ['incidents', i, 'temporaryOwner'], 'person');
    refs(n.affects, ['incidents', i, 'affects'], 'milestone');
    escalations(n.escalations, ['incidents', i, 'escalations']);
  });
  c.problems.forEach((p, i) => {
    ref(p.raisedBy, ['problems', i, 'raisedBy'], 'person');
    ref(p.owner, ['problems', i, 'owner'], 'person');
    ref(p.conflict, ['problems', i, 'conflict'], 'conflict');
  });
  c.decisions.forEach((d, i) => {
    const at: IssuePath = ['decisions', i];
    ref(d.driver, [...at, 'driver'], 'person');
    ref(d.approver, [...at, 'approver'], 'person');
    refs(d.contributors, [...at, 'contributors'], 'person or department');
    refs(d.informed, [...at, 'informed'], 'person or department');
    const source = d.source;
    if (source === undefined) return;
    if ('meeting' in source) ref(source.meeting, [...at, 'source', 'meeting'], 'meeting');
    else if ('conflict' in source) ref(source.conflict, [...at, 'source', 'conflict'], 'conflict');
    else {
      // The schema checked the shape `<kind>/<id>/<level>`; here the id must exist for its kind, and the level
      // on the escalation path.
      const [kind = '', id = '', level = ''] = source.escalation.split('/');
      const path: IssuePath = [...at, 'source', 'escalation'];
      const entity: Kind = kind === 'milestone' ? 'milestone' : kind === 'incident' ? 'incident' : 'conflict';
      ref(id, path, entity);
      ref(level, path, 'escalation level');
    }
  });
  c.retrospective?.recognitions?.forEach((r, i) =>
    ref(r.who, ['retrospective', 'recognitions', i, 'who'], 'person or department'),
  );
}

/**
 * Reports each cycle of `reportsTo` once, at the person of the cycle listed first, naming the cycle's ids in
 * order. Walks each chain once (colouring), so it is linear in the number of people.
 */
function checkReportingCycles(c: Collaboration, locale: Locale, issues: IssueList<ParseIssue>): void {
  const index = new Map<string, number>();
  c.people.forEach((p, i) => {
    if (!index.has(p.id)) index.set(p.id, i);
  });
  // 0: not visited, 1: on the current walk, 2: done.
  const state = new Uint8Array(c.people.length);
  for (let start = 0; start < c.people.length; start++) {
    if (state[start] !== 0) continue;
    const walk: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && state[at] === 0) {
      state[at] = 1;
      walk.push(at);
      const boss: string | undefined = c.people[at]!.reportsTo;
      at = boss === undefined ? undefined : index.get(boss);
    }
    if (at !== undefined && state[at] === 1) {
      const cycle = walk.slice(walk.indexOf(at));
      const first = Math.min(...cycle);
      const from = cycle.indexOf(first);
      const ordered = [...cycle.slice(from), ...cycle.slice(0, from), first].map((i) => c.people[i]!.id);
      issues.add(() =>
        parseIssue(locale, 'reports_to_cycle', ['people', first, 'reportsTo'], {
          value: ordered.join(' → '),
        }),
      );
    }
    for (const i of walk) state[i] = 2;
  }
}

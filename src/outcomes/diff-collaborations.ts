import type { Locale } from '../i18n/locale.js';
import type { Collaboration, CollaborationInput } from '../model/types.js';
import type { RulesConfig } from '../rules/config/schema.js';
import type { RulesConfigOption } from '../rules/config-option.js';
import { RulesError } from '../rules/errors.js';
import { evaluateSync } from '../rules/evaluate.js';
import type { Finding } from '../rules/report.js';
import { toDayNumber } from '../schedule/day.js';
import { resolveDue } from '../schedule/due.js';
import { OutcomesError } from './errors.js';
import { parsedCollaboration, readOutcomeOptions } from './options.js';
import { type StructuralChange, structuralDiff } from './structural-diff.js';

/**
 * A milestone whose due date moved between two versions: the resolved dates before and after, and by how many
 * calendar days (positive: later).
 *
 * @example
 * ```ts
 * const m: MovedMilestone = { id: 'launch', dueBefore: '2026-11-30', dueAfter: '2026-12-15', deltaDays: 15 };
 * ```
 */
export interface MovedMilestone {
  readonly id: string;
  readonly dueBefore: string;
  readonly dueAfter: string;
  readonly deltaDays: number;
}

/**
 * What {@link diffCollaborations} returns: the structural `changes`, the `milestones` whose due dates moved, the
 * `scope` items added to and removed from `scope.included`, and the `findings` added and resolved at `now`.
 *
 * @example
 * ```ts
 * const empty: DiffCollaborationsResult = {
 *   changes: [], milestones: [], scope: { added: [], removed: [] }, findings: { added: [], resolved: [] },
 * };
 * ```
 */
export interface DiffCollaborationsResult {
  readonly changes: readonly StructuralChange[];
  readonly milestones: readonly MovedMilestone[];
  readonly scope: { readonly added: readonly string[]; readonly removed: readonly string[] };
  readonly findings: { readonly added: readonly Finding[]; readonly resolved: readonly Finding[] };
}

/**
 * Options of {@link diffCollaborations}.
 *
 * @example
 * ```ts
 * import type { DiffCollaborationsOptions } from 'crossdept';
 *
 * const options: DiffCollaborationsOptions = { now: '2026-11-26', locale: 'en' };
 * ```
 */
export interface DiffCollaborationsOptions {
  /** The date both versions are evaluated at, ISO `YYYY-MM-DD`; the library never reads the clock. */
  readonly now: string;
  /** The locale of the findings (and of a rejection's messages): `zh-CN` (default) or `en`. */
  readonly locale?: Locale;
  /** A PMO config for the evaluations. */
  readonly config?: RulesConfigOption | null | undefined;
}

const findingKey = (f: Finding): string => `${f.ruleId}\u0000${f.subjectId ?? ''}`;

function report(c: Collaboration, now: string, locale: Locale, config: RulesConfig | undefined) {
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

function movedMilestones(before: Collaboration, after: Collaboration): MovedMilestone[] {
  const dueBefore = new Map<string, string>();
  for (const m of before.milestones)
    if (!dueBefore.has(m.id)) dueBefore.set(m.id, resolveDue(m.due, before.period));
  const out: MovedMilestone[] = [];
  const seen = new Set<string>();
  for (const m of after.milestones) {
    const was = dueBefore.get(m.id);
    if (was === undefined || seen.has(m.id)) continue;
    seen.add(m.id);
    const now = resolveDue(m.due, after.period);
    if (now !== was)
      out.push({ id: m.id, dueBefore: was, dueAfter: now, deltaDays: toDayNumber(now) - toDayNumber(was) });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * What changed between two versions of a collaboration, in the terms a person reviewing it thinks in:
 *
 * - `changes`: every added, removed or changed value — a milestone, a person, a field — with a pointer whose list
 *   segments are ids (`/milestones/launch/due`), so reordering a list is not a change;
 * - `milestones`: the due dates that moved (resolved to ISO dates, relative ones against each version's period);
 * - `scope`: the items added to and removed from `scope.included`;
 * - `findings`: both versions evaluated at `now` and compared by rule and subject: `added` (in the new version
 *   only) and `resolved` (in the old version only).
 *
 * The diff of a version with itself is empty, and the diff from B to A is the diff from A to B turned round.
 *
 * @param before - The older version (parsed, or an object that parses; it is validated).
 * @param after - The newer version.
 * @param options - `now` (ISO date, required), `locale`, `config`.
 * @returns The diff.
 * @throws {@link OutcomesError} (and never anything else) with code `invalid_options`, `invalid_locale`,
 *   `invalid_now`, `invalid_config` or `invalid_collaboration` (the issues' paths start with `before` or `after`).
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { diffCollaborations, loadCollaboration } from 'crossdept';
 *
 * const text = readFileSync('examples/new-product-launch.yaml', 'utf8');
 * const before = loadCollaboration(text);
 * const after = loadCollaboration(text.replace('due: 2026-11-30, dependsOn', 'due: 2026-12-15, dependsOn'));
 * if (before.success && after.success) {
 *   const diff = diffCollaborations(before.data, after.data, { now: '2026-11-26', locale: 'en' });
 *   diff.milestones; // [{ id: 'launch', dueBefore: '2026-11-30', dueAfter: '2026-12-15', deltaDays: 15 }]
 *   for (const f of diff.findings.added) console.log(f.ruleId, f.message);
 * }
 * ```
 */
export function diffCollaborations(
  before: Collaboration | CollaborationInput,
  after: Collaboration | CollaborationInput,
  options: DiffCollaborationsOptions,
): DiffCollaborationsResult {
  const { now, locale, config } = readOutcomeOptions(options);
  const a = parsedCollaboration(before, locale, 'before');
  const b = parsedCollaboration(after, locale, 'after');
  const included = (c: Collaboration) => new Set(c.scope?.included ?? []);
  const inA = included(a);
  const inB = included(b);
  const reportA = report(a, now, locale, config);
  const reportB = report(b, now, locale, config);
  const keysA = new Set(reportA.findings.map(findingKey));
  const keysB = new Set(reportB.findings.map(findingKey));
  return {
    changes: structuralDiff(a, b),
    milestones: movedMilestones(a, b),
    scope: {
      added: [...inB].filter((i) => !inA.has(i)).sort(),
      removed: [...inA].filter((i) => !inB.has(i)).sort(),
    },
    findings: {
      added: reportB.findings.filter((f) => !keysA.has(findingKey(f))),
      resolved: reportA.findings.filter((f) => !keysB.has(findingKey(f))),
    },
  };
}

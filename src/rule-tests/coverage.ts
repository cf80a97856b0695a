import type { EffectiveRule } from '../rules/apply-config.js';
import type { ObservedRuleRun } from '../rules/evaluate.js';
import { conditionHeld } from '../rules/explain-finding.js';

/**
 * How well a suite covers one rule: whether it fired in at least one case and stayed silent in at least one.
 *
 * @example
 * ```ts
 * import type { RuleCoverageEntry } from 'crossdept';
 *
 * const covered = (e: RuleCoverageEntry) => e.fired && e.silent;
 * ```
 */
export interface RuleCoverageEntry {
  readonly rule: string;
  readonly custom: boolean;
  readonly fired: boolean;
  readonly silent: boolean;
}

/**
 * How well a suite covers one named condition of a rule (json-rules-engine's `name` on `all`/`any`/`not` or on a
 * single condition): whether it held in some case and failed in some case (a condition the engine did not get to
 * counts as neither).
 *
 * @example
 * ```ts
 * import type { ConditionCoverageEntry } from 'crossdept';
 *
 * const label = (e: ConditionCoverageEntry) => `${e.rule} [${e.name}]`;
 * ```
 */
export interface ConditionCoverageEntry {
  readonly rule: string;
  readonly name: string;
  readonly held: boolean;
  readonly failed: boolean;
}

/**
 * Rule coverage of a test run: every rule in effect (built-in and custom), every named condition, and the share
 * of the outcomes covered (each rule counts two: fired, silent; each named condition two: held, failed), as a
 * percentage from 0 to 100 (100 when there is nothing to cover).
 *
 * @example
 * ```ts
 * import type { RuleCoverage } from 'crossdept';
 *
 * const uncovered = (c: RuleCoverage) => c.rules.filter((r) => !r.fired || !r.silent).map((r) => r.rule);
 * ```
 */
export interface RuleCoverage {
  readonly rules: readonly RuleCoverageEntry[];
  readonly conditions: readonly ConditionCoverageEntry[];
  readonly covered: number;
  readonly total: number;
  readonly percentage: number;
}

type Node = Readonly<Record<string, unknown>>;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

function children(node: Node): unknown[] {
  if (Array.isArray(node.all)) return node.all;
  if (Array.isArray(node.any)) return node.any;
  return Object.hasOwn(node, 'not') ? [node.not] : [];
}

/** Every named node of a condition tree, depth first. */
function named(node: unknown, visit: (name: string, node: Node) => void): void {
  if (!isNode(node)) return;
  if (typeof node.name === 'string') visit(node.name, node);
  for (const child of children(node)) named(child, visit);
}

/** Whether the engine evaluated a node: a leaf with a result, or a group with an evaluated leaf. */
function evaluated(node: Node): boolean {
  if (typeof node.fact === 'string') return typeof node.result === 'boolean';
  return children(node).some((c) => isNode(c) && evaluated(c));
}

/** Collects what cases did, rule by rule, and turns it into a {@link RuleCoverage}. */
export class CoverageRecorder {
  private readonly rules = new Map<string, { custom: boolean; fired: boolean; silent: boolean }>();
  private readonly conditions = new Map<
    string,
    { rule: string; name: string; held: boolean; failed: boolean }
  >();

  /** Registers the rules in effect of a suite (the enabled ones), with their named conditions. */
  addRules(rules: readonly EffectiveRule[]): void {
    for (const rule of rules) {
      if (!rule.enabled) continue;
      if (!this.rules.has(rule.id))
        this.rules.set(rule.id, { custom: rule.custom, fired: false, silent: false });
      named(rule.conditions, (name) => {
        const key = `${rule.id}\u0000${name}`;
        if (!this.conditions.has(key))
          this.conditions.set(key, { rule: rule.id, name, held: false, failed: false });
      });
    }
  }

  /** Records one case: the rules that fired, and every rule run observed. */
  addCase(
    rules: readonly EffectiveRule[],
    fired: ReadonlySet<string>,
    runs: readonly ObservedRuleRun[],
  ): void {
    for (const rule of rules) {
      const entry = this.rules.get(rule.id);
      if (!rule.enabled || entry === undefined) continue;
      if (fired.has(rule.id)) entry.fired = true;
      else entry.silent = true;
    }
    for (const run of runs) {
      named(run.outcome.conditions, (name, node) => {
        const entry = this.conditions.get(`${run.ruleId}\u0000${name}`);
        if (entry === undefined || !evaluated(node)) return;
        if (conditionHeld(node)) entry.held = true;
        else entry.failed = true;
      });
    }
  }

  /** The coverage so far. */
  result(): RuleCoverage {
    const rules = [...this.rules].map(([rule, e]) => ({ rule, ...e }));
    const conditions = [...this.conditions.values()].map((e) => ({ ...e }));
    const total = 2 * (rules.length + conditions.length);
    const covered =
      rules.reduce((n, r) => n + Number(r.fired) + Number(r.silent), 0) +
      conditions.reduce((n, c) => n + Number(c.held) + Number(c.failed), 0);
    const percentage = total === 0 ? 100 : Math.floor((covered / total) * 1000) / 10;
    return { rules, conditions, covered, total, percentage };
  }
}

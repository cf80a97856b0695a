import type { ValidationResult } from '../issues/issue.js';
import { ConditionCompiler } from './compile-conditions.js';
import { EngineError } from './errors.js';
import { FactSlots } from './fact-slots.js';
import type { EngineIssue } from './issue.js';
import { normalizeRules } from './normalize.js';
import { type CompiledRule, type CompiledRulePack, createPack } from './run-pack.js';
import type { EngineOptions, RuleProperties } from './types.js';

export type { CompiledRulePack, RunOptions } from './run-pack.js';

/**
 * Options of {@link compileRules}: json-rules-engine's engine options that matter for precomputed facts.
 *
 * @example
 * ```ts
 * const options: CompileOptions = { allowUndefinedFacts: true, locale: 'en' };
 * ```
 */
export type CompileOptions = EngineOptions;

/**
 * Validates rules (and shared conditions) and compiles them once into synchronous closures with
 * json-rules-engine's exact semantics. See {@link CompiledRulePack}.
 *
 * @param rules - Rules in json-rules-engine's format.
 * @param options - Shared conditions (`conditions`), `allowUndefinedFacts`, `allowUndefinedConditions`,
 *   `maxDepth` (default 32) and the `locale` of issue messages (`zh-CN` or `en`; anything else is an
 *   `invalid_locale` issue). `null` and `undefined` mean the defaults.
 * @returns The validated rules, or every issue found. It never throws, whatever it is given: input it cannot
 *   read (a getter or Proxy trap that throws) is an `unreadable` issue.
 * @example
 * ```ts
 * const compiled = safeCompileRules([{ conditions: { all: [{ fact: 'x', operator: 'greaterThen', value: 1 }] }, event: { type: 'x' } }]);
 * compiled.success || compiled.issues[0]?.suggestion; // 'greaterThan'
 * ```
 */
export function safeCompileRules(
  rules: readonly RuleProperties[],
  options: CompileOptions = {},
): ValidationResult<CompiledRulePack, EngineIssue> {
  const normalized = normalizeRules(rules, options);
  if (!normalized.success) return normalized;
  const { allowUndefinedFacts, locale } = normalized.data;
  const slots = new FactSlots();
  const lean = new ConditionCompiler(false, allowUndefinedFacts, locale, slots);
  const explained = new ConditionCompiler(true, allowUndefinedFacts, locale, slots);
  const byPriority = new Map<number, CompiledRule[]>();
  for (const rule of normalized.data.rules) {
    // The root `all`/`any`/`not` of a rule is not wrapped in evaluateCondition (a reference's target always is).
    const compiled: CompiledRule = {
      rule,
      lean: lean.compile(rule.root, false),
      explained: explained.compile(rule.root, false),
    };
    const group = byPriority.get(rule.priority);
    if (group === undefined) byPriority.set(rule.priority, [compiled]);
    else group.push(compiled);
  }
  const groups = [...byPriority.entries()].sort((a, b) => b[0] - a[0]).map(([, group]) => group);
  return {
    success: true,
    data: createPack(
      groups,
      slots,
      Object.freeze(normalized.data.rules.map((r) => r.source)),
      normalized.data.conditions,
      locale,
    ),
  };
}

/**
 * Validates rules (and shared conditions) and compiles them once into synchronous closures with
 * json-rules-engine's exact semantics. See {@link CompiledRulePack}.
 *
 * @param rules - Rules in json-rules-engine's format.
 * @param options - Shared conditions (`conditions`), `allowUndefinedFacts`, `allowUndefinedConditions`,
 *   `maxDepth` (default 32) and the `locale` of issue messages (`zh-CN` or `en`; anything else is an
 *   `invalid_locale` issue). `null` and `undefined` mean the defaults.
 * @returns The compiled rule pack.
 * @throws {@link EngineError} with code `invalid_rules` and every issue found, when the rules or the options are
 *   invalid or cannot be read; never anything else.
 * @example
 * ```ts
 * const pack = compileRules(
 *   [{ name: 'late', conditions: { condition: 'isLate' }, event: { type: 'late' } }],
 *   { conditions: { isLate: { all: [{ fact: 'daysLate', operator: 'greaterThan', value: 0 }] } } },
 * );
 * pack.run({ daysLate: 3 }).results[0]?.name; // 'late'
 * ```
 */
export function compileRules(
  rules: readonly RuleProperties[],
  options: CompileOptions = {},
): CompiledRulePack {
  const compiled = safeCompileRules(rules, options);
  if (!compiled.success) throw new EngineError('invalid_rules', compiled.issues);
  return compiled.data;
}

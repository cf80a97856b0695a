import type { NestedCondition, TopLevelCondition } from '../engine/types.js';
import type { Localized } from '../i18n/locale.js';
import type { Phase } from '../model/collaboration.js';
import { isIsoDate } from '../model/primitives.js';
import { toDayNumber } from '../schedule/day.js';
import { applyRulesConfig, type EffectiveRule } from './apply-config.js';
import { DEFAULT_WARN_WORKDAYS, type RulesConfig } from './config/schema.js';
import { defaultRules } from './default-rules.js';
import { factsForScope } from './facts/catalog.js';
import type { ParamValues } from './facts/context.js';
import { placeholders } from './format.js';
import type { RuleScope, Severity } from './report.js';
import type { ActionSpec, RuleDefinition, RulePhase, RuleVariant } from './types.js';

/** A rule with the config applied: effective severity and params, params resolved into the conditions. */
export interface CompiledRule {
  readonly id: string;
  readonly scopes: readonly RuleScope[];
  readonly severity: Severity;
  readonly phase: RulePhase;
  readonly lastPhase?: Phase;
  readonly params: Readonly<Record<string, number>>;
  readonly conditions: TopLevelCondition;
  readonly message: Localized;
  readonly variants: Readonly<Record<string, RuleVariant>>;
  readonly variantNames: ReadonlySet<string>;
  readonly path: string;
  readonly action?: ActionSpec;
  readonly custom: boolean;
  /** Every name the rule reads: facts in conditions, message, path and action (params and specials included). */
  readonly names: ReadonlySet<string>;
}

/**
 * The enabled rules of a config, the effective params of every built-in rule, and how many working days ahead
 * escalations coming due are reported.
 */
export interface CompiledRuleSet {
  readonly rules: readonly CompiledRule[];
  readonly params: ParamValues;
  readonly warnWorkdays: number;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An ISO date written for a date fact, as its day number; anything else as it is. */
function dayValue(value: unknown): unknown {
  if (typeof value === 'string' && isIsoDate(value)) return toDayNumber(value);
  if (Array.isArray(value)) return value.map(dayValue);
  return value;
}

/**
 * Replaces `{ param }` values by the param's number and ISO dates on date facts by their day numbers (a config
 * writes dates as dates); collects the fact names read.
 */
function resolve(
  node: NestedCondition,
  params: Readonly<Record<string, number>>,
  names: Set<string>,
  isDay: (fact: string) => boolean,
): NestedCondition {
  const n = node as unknown as Record<string, unknown>;
  if (Array.isArray(n.all) || Array.isArray(n.any)) {
    const key = Array.isArray(n.all) ? 'all' : 'any';
    const children = (n[key] as NestedCondition[]).map((c) => resolve(c, params, names, isDay));
    return { ...n, [key]: children } as unknown as NestedCondition;
  }
  if (Object.hasOwn(n, 'not'))
    return {
      ...n,
      not: resolve(n.not as NestedCondition, params, names, isDay),
    } as unknown as NestedCondition;
  if (typeof n.fact === 'string') names.add(n.fact);
  let value = n.value;
  if (typeof n.fact === 'string' && n.path === undefined && isDay(n.fact)) value = dayValue(value);
  if (isObject(value) && typeof value.param === 'string') {
    const resolved = params[value.param];
    if (resolved === undefined) throw new Error(`unknown param ${value.param}`);
    value = resolved;
  } else if (isObject(value) && typeof value.fact === 'string') {
    names.add(value.fact);
  }
  return { ...n, value } as unknown as NestedCondition;
}

function templateNames(texts: readonly string[], names: Set<string>): void {
  for (const t of texts) for (const n of placeholders(t)) names.add(n);
}

/** The params of a rule as name → effective value. */
function paramValues(rule: EffectiveRule): Readonly<Record<string, number>> {
  const values: Record<string, number> = {};
  for (const p of rule.params) values[p.name] = p.value;
  return values;
}

/** A rule as the config leaves it, made ready to run: params resolved into the conditions, names collected. */
function compile(rule: EffectiveRule, params: Readonly<Record<string, number>>): CompiledRule {
  const names = new Set<string>();
  const isDay = (fact: string): boolean =>
    rule.scopes.some((scope) => factsForScope(scope).get(fact)?.type === 'day');
  const conditions = resolve(rule.conditions, params, names, isDay) as TopLevelCondition;
  const path = rule.custom ? (rule.definition.path ?? '{subject}') : rule.definition.path;
  const action: ActionSpec | undefined = rule.custom ? rule.definition.action : rule.definition.action;
  templateNames(
    [
      rule.message['zh-CN'],
      rule.message.en,
      path,
      ...Object.values(rule.variants).flatMap((v) => [v.message['zh-CN'], v.message.en, v.path ?? '']),
    ],
    names,
  );
  if (action && typeof action.toLevel === 'object') names.add(action.toLevel.fact);
  return {
    id: rule.id,
    scopes: rule.scopes,
    severity: rule.severity,
    phase: rule.phase,
    ...(rule.lastPhase === undefined ? {} : { lastPhase: rule.lastPhase }),
    params,
    conditions,
    message: rule.message,
    variants: rule.variants,
    variantNames: new Set(Object.keys(rule.variants)),
    path,
    ...(action === undefined ? {} : { action }),
    custom: rule.custom,
    names,
  };
}

/**
 * Applies a validated config to the built-in rules and adds its custom rules (see {@link applyRulesConfig}, the
 * one place a config's settings are applied): switched-off rules are left out, severities and params
 * overridden, params resolved into the conditions.
 *
 * @param config - A validated config, or nothing for the defaults.
 * @param builtIn - The built-in rules (default {@link defaultRules}).
 * @returns The rules to run and the effective params of every built-in rule.
 * @example
 * ```ts
 * import { compileRuleSet } from './rule-set.js';
 *
 * compileRuleSet({ rules: { 'retro.recognition': { enabled: false } }, custom: [] }).rules.length; // one less
 * ```
 */
export function compileRuleSet(
  config?: RulesConfig,
  builtIn: readonly RuleDefinition[] = defaultRules,
): CompiledRuleSet {
  const rules: CompiledRule[] = [];
  const params = new Map<string, Readonly<Record<string, number>>>();
  for (const rule of applyRulesConfig(config, builtIn)) {
    const values = paramValues(rule);
    if (!rule.custom) params.set(rule.id, values);
    if (rule.enabled) rules.push(compile(rule, values));
  }
  return { rules, params, warnWorkdays: config?.escalation?.warnWorkdays ?? DEFAULT_WARN_WORKDAYS };
}

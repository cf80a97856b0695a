import type { TopLevelCondition } from '../engine/types.js';
import type { Localized } from '../i18n/locale.js';
import { type CustomRule, defaultRules, type RulesConfig } from '../rules/index.js';
import type { RuleScope, Severity } from '../rules/report.js';
import type { ParamDefinition, RuleDefinition, RulePhase, RuleVariant } from '../rules/types.js';

/** One rule as a configuration leaves it: built-in or custom, with its effective severity, params and state. @example `const ids = (rules: readonly EffectiveRule[]) => rules.filter((r) => r.enabled).map((r) => r.id);` */
export interface EffectiveRule {
  readonly id: string;
  readonly custom: boolean;
  readonly scope: readonly RuleScope[];
  readonly severity: Severity;
  readonly phase: RulePhase;
  readonly lastPhase?: string;
  readonly enabled: boolean;
  /** Effective param values, with their definitions (built-in rules only). */
  readonly params: readonly {
    readonly name: string;
    readonly value: number;
    readonly definition: ParamDefinition;
  }[];
  readonly description?: Localized;
  readonly message: Localized;
  readonly variants: Readonly<Record<string, RuleVariant>>;
  readonly conditions: TopLevelCondition;
}

const both = (m: { readonly 'zh-CN'?: string; readonly en?: string }): Localized => ({
  'zh-CN': m['zh-CN'] ?? m.en ?? '',
  en: m.en ?? m['zh-CN'] ?? '',
});

function builtIn(rule: RuleDefinition, config: RulesConfig | undefined): EffectiveRule {
  const setting = config?.rules[rule.id];
  return {
    id: rule.id,
    custom: false,
    scope: typeof rule.scope === 'string' ? [rule.scope] : rule.scope,
    severity: setting?.severity ?? rule.severity,
    phase: rule.phase,
    ...(rule.lastPhase === undefined ? {} : { lastPhase: rule.lastPhase }),
    enabled: setting?.enabled ?? true,
    params: Object.entries(rule.params).map(([name, definition]) => ({
      name,
      value: setting?.params?.[name] ?? definition.default,
      definition,
    })),
    description: rule.description,
    message: rule.message,
    variants: rule.variants ?? {},
    conditions: rule.conditions,
  };
}

function custom(rule: CustomRule): EffectiveRule {
  return {
    id: rule.id,
    custom: true,
    scope: [rule.scope],
    severity: rule.severity,
    phase: rule.phase ?? 'any',
    ...(rule.lastPhase === undefined ? {} : { lastPhase: rule.lastPhase }),
    enabled: rule.enabled ?? true,
    params: [],
    ...(rule.description === undefined ? {} : { description: both(rule.description) }),
    message: both(rule.message),
    variants: {},
    conditions: rule.conditions,
  };
}

/**
 * Every rule as the configuration leaves it: the built-in rules in the order of the rules table (switched-off
 * ones included, marked), then the configuration's custom rules.
 *
 * @param config - A validated configuration, or nothing for the defaults.
 * @returns The effective rules.
 * @example
 * ```ts
 * effectiveRules().find((r) => r.id === 'team.core-size')?.params; // [{ name: 'min', value: 5, … }, …]
 * ```
 */
export function effectiveRules(config?: RulesConfig): EffectiveRule[] {
  return [...defaultRules.map((r) => builtIn(r, config)), ...(config?.custom ?? []).map(custom)];
}

/**
 * The effective rule pack as a PMO configuration document: every built-in rule with its effective `enabled`,
 * `severity` and `params`, then the custom rules. Loading it gives
 * the same rules again, so it is a complete starting point for tuning.
 *
 * @param config - A validated configuration, or nothing for the defaults.
 * @returns A plain object with `rules` and `custom`, in rule order.
 * @example
 * ```ts
 * const pack = exportConfig(undefined);
 * pack.rules['team.core-size']; // { enabled: true, severity: 'warning', params: { min: 5, max: 8 } }
 * ```
 */
export function exportConfig(config: RulesConfig | undefined): {
  rules: Record<string, unknown>;
  custom: readonly CustomRule[];
} {
  const rules: Record<string, unknown> = {};
  for (const rule of effectiveRules(config)) {
    if (rule.custom) continue;
    rules[rule.id] = {
      enabled: rule.enabled,
      severity: rule.severity,
      ...(rule.params.length === 0
        ? {}
        : { params: Object.fromEntries(rule.params.map((p) => [p.name, p.value])) }),
    };
  }
  return { rules, custom: config?.custom ?? [] };
}

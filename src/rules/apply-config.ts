import type { TopLevelCondition } from '../engine/types.js';
import type { Localized } from '../i18n/locale.js';
import type { Phase } from '../model/collaboration.js';
import type { CustomRule, RulesConfig } from './config/schema.js';
import { defaultRules } from './default-rules.js';
import type { RuleScope, Severity } from './report.js';
import type { ParamDefinition, RuleDefinition, RulePhase, RuleVariant } from './types.js';

/**
 * One param of an {@link EffectiveRule}: its effective value (the config's, else the default) and its
 * definition (type, default, bounds, description).
 *
 * @example
 * ```ts
 * import type { EffectiveRuleParam } from 'crossdept';
 *
 * const describe = (p: EffectiveRuleParam) => `${p.name} = ${p.value} (default ${p.definition.default})`;
 * ```
 */
export interface EffectiveRuleParam {
  readonly name: string;
  readonly value: number;
  readonly definition: ParamDefinition;
}

/** What every effective rule has, built-in or custom. */
interface EffectiveRuleFields {
  readonly id: string;
  /** The scopes it runs over: one for custom rules, one or more for built-in rules. */
  readonly scopes: readonly RuleScope[];
  /** The effective severity: the config's, else the rule's own. */
  readonly severity: Severity;
  /** The earliest phase it applies in (`any`: always). */
  readonly phase: RulePhase;
  /** The last phase it applies in; absent: no end. */
  readonly lastPhase?: Phase;
  /** Whether it runs: `false` when the config switched it off. */
  readonly enabled: boolean;
  /** Its params with their effective values, in the rule's order (custom rules have none). */
  readonly params: readonly EffectiveRuleParam[];
  readonly description?: Localized;
  /** The finding's message in both locales (a custom rule's missing locale falls back to the other). */
  readonly message: Localized;
  /** The named variants of the message, when the rule has some. */
  readonly variants: Readonly<Record<string, RuleVariant>>;
  /** The conditions as written, `{ param }` references and all. */
  readonly conditions: TopLevelCondition;
}

/**
 * A built-in rule as a config leaves it, with its {@link RuleDefinition}.
 *
 * @example
 * ```ts
 * import type { EffectiveBuiltInRule } from 'crossdept';
 *
 * const path = (rule: EffectiveBuiltInRule) => rule.definition.path;
 * ```
 */
export interface EffectiveBuiltInRule extends EffectiveRuleFields {
  readonly custom: false;
  readonly definition: RuleDefinition;
}

/**
 * A config's custom rule, with the {@link CustomRule} as the config defines it.
 *
 * @example
 * ```ts
 * import type { EffectiveCustomRule } from 'crossdept';
 *
 * const written = (rule: EffectiveCustomRule) => rule.definition.message;
 * ```
 */
export interface EffectiveCustomRule extends EffectiveRuleFields {
  readonly custom: true;
  readonly definition: CustomRule;
}

/**
 * One rule as a config leaves it: built-in or custom (`custom` tells them apart), with its id, whether it is
 * enabled, its effective severity and params, and what it checks.
 *
 * @example
 * ```ts
 * import type { EffectiveRule } from 'crossdept';
 *
 * const enabledIds = (rules: readonly EffectiveRule[]) => rules.filter((r) => r.enabled).map((r) => r.id);
 * ```
 */
export type EffectiveRule = EffectiveBuiltInRule | EffectiveCustomRule;

const both = (m: { readonly 'zh-CN'?: string; readonly en?: string }): Localized => ({
  'zh-CN': m['zh-CN'] ?? m.en ?? '',
  en: m.en ?? m['zh-CN'] ?? '',
});

/** A text with its `{param}` placeholders filled (other placeholders left as written). */
function fillParams(text: string, values: Readonly<Record<string, number>>): string {
  return text.replace(/\{([A-Za-z][A-Za-z0-9_-]*)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

function builtIn(rule: RuleDefinition, config: RulesConfig | undefined): EffectiveBuiltInRule {
  const setting = config?.rules[rule.id];
  const values: Record<string, number> = {};
  for (const [name, definition] of Object.entries(rule.params))
    values[name] = setting?.params?.[name] ?? definition.default;
  const override = setting?.message;
  // An overridden message is the rule's message in that locale, whichever variant's condition holds.
  const over = (m: Localized): Localized => ({
    'zh-CN': override?.['zh-CN'] ?? m['zh-CN'],
    en: override?.en ?? m.en,
  });
  return {
    id: rule.id,
    custom: false,
    scopes: typeof rule.scope === 'string' ? [rule.scope] : rule.scope,
    severity: setting?.severity ?? rule.severity,
    phase: rule.phase,
    ...(rule.lastPhase === undefined ? {} : { lastPhase: rule.lastPhase }),
    enabled: setting?.enabled ?? true,
    params: Object.entries(rule.params).map(([name, definition]) => ({
      name,
      value: values[name]!,
      definition,
    })),
    description: {
      'zh-CN': fillParams(rule.description['zh-CN'], values),
      en: fillParams(rule.description.en, values),
    },
    message: over(rule.message),
    variants: Object.fromEntries(
      Object.entries(rule.variants ?? {}).map(([name, v]) => [name, { ...v, message: over(v.message) }]),
    ),
    conditions: rule.conditions,
    definition: rule,
  };
}

function custom(rule: CustomRule): EffectiveCustomRule {
  return {
    id: rule.id,
    custom: true,
    scopes: [rule.scope],
    severity: rule.severity,
    phase: rule.phase ?? 'any',
    ...(rule.lastPhase === undefined ? {} : { lastPhase: rule.lastPhase }),
    enabled: rule.enabled ?? true,
    params: [],
    ...(rule.description === undefined ? {} : { description: both(rule.description) }),
    message: both(rule.message),
    variants: {},
    conditions: rule.conditions,
    definition: rule,
  };
}

/**
 * How a validated config applies to the rules — the one place it is written, shared by rule compilation and
 * `effectiveRules`: each built-in rule, in order, with the config's `enabled`, `severity`, params and message
 * over its own (its description's `{param}` placeholders filled with the effective params); then the config's
 * custom rules. Switched-off rules are kept, marked `enabled: false`.
 *
 * @param config - A validated config, or nothing for the defaults.
 * @param rules - The built-in rules (default {@link defaultRules}).
 * @returns The rules in effect.
 * @example
 * ```ts
 * import { applyRulesConfig } from './apply-config.js';
 *
 * applyRulesConfig(undefined).every((r) => r.enabled); // true
 * ```
 */
export function applyRulesConfig(
  config: RulesConfig | undefined,
  rules: readonly RuleDefinition[] = defaultRules,
): EffectiveRule[] {
  return [...rules.map((r) => builtIn(r, config)), ...(config?.custom ?? []).map(custom)];
}

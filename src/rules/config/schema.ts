import * as z from 'zod';
import { BUILT_IN_OPERATOR_NAMES } from '../../engine/operators.js';
import type { NestedCondition, TopLevelCondition } from '../../engine/types.js';
import { PhaseSchema } from '../../model/collaboration.js';
import { defaultRules } from '../default-rules.js';
import type { RuleScope, Severity } from '../report.js';
import { RULE_SCOPES } from '../subjects.js';
import type { ParamDefinition, RulePhase } from '../types.js';

/** The json-rules-engine operators a config may use: the ten built-in ones. @example `OPERATORS.includes('in'); // true` */
export const OPERATORS = BUILT_IN_OPERATOR_NAMES;

/** Limits on a rules config, since it is untrusted input. @example `RULES_CONFIG_LIMITS.maxCustomRules; // 200` */
export const RULES_CONFIG_LIMITS = {
  /** The longest config text, in characters (64 KiB). */
  maxTextLength: 64 * 1024,
  /** The most custom rules. */
  maxCustomRules: 200,
  /** The deepest nesting of a custom rule's conditions (the root `all`/`any`/`not` is level 1). */
  maxConditionDepth: 16,
  /** The most conditions in one `all` or `any`. */
  maxConditionsPerGroup: 100,
  /** The deepest nesting of the config document as a whole. */
  maxDocumentDepth: 48,
  /** The most values (objects, lists and scalars) in the config document. */
  maxDocumentNodes: 50_000,
} as const;

/**
 * Custom rule ids: lowercase letters and digits, in words joined by `.` or `-`, e.g. `acme.too-many-departments`
 * (no capitals, no `_`, no separator at either end or twice in a row).
 */
export const CUSTOM_RULE_ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/**
 * The id {@link CUSTOM_RULE_ID} accepts that is nearest to one it rejects: lowercased, `_`, spaces and other
 * characters turned into `-`, separators not doubled nor at either end.
 *
 * @param id - A rejected id.
 * @returns The suggestion, or `undefined` when nothing is left of it.
 * @example
 * ```ts
 * suggestRuleId('acme.acme_rule'); // 'acme.acme-rule'
 * ```
 */
export function suggestRuleId(id: string): string | undefined {
  const fixed = id
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/([.-])[.-]+/g, '$1')
    .replace(/^[.-]+|[.-]+$/g, '');
  return CUSTOM_RULE_ID.test(fixed) ? fixed : undefined;
}

const SeveritySchema = z.enum(['error', 'warning', 'info']);
const RuleScopeSchema = z.enum(RULE_SCOPES as unknown as [RuleScope, ...RuleScope[]]);
const RulePhaseSchema = z.union([PhaseSchema, z.literal('any')]);
const TextSchema = z.string().max(10_000);

/** A message in one or both locales; a missing locale falls back to the other. */
export const CustomMessageSchema = z.strictObject({
  'zh-CN': TextSchema.optional(),
  en: TextSchema.optional(),
});

const paramSchema = (p: ParamDefinition) => {
  let n = p.type === 'day' ? z.number().int() : z.number();
  if (p.min !== undefined) n = n.min(p.min);
  if (p.max !== undefined) n = n.max(p.max);
  return n.describe(`${p.description.en} (default ${p.default})`);
};

/** The object form of one built-in rule's settings, its params strict. */
export function ruleSettingSchema(params: Readonly<Record<string, ParamDefinition>>) {
  return z.strictObject({
    enabled: z.boolean().optional(),
    severity: SeveritySchema.optional(),
    message: CustomMessageSchema.optional().describe(
      'The finding’s message in one or both locales, over the built-in one ({placeholders}: facts and params)',
    ),
    params: z
      .strictObject(
        Object.fromEntries(Object.entries(params).map(([k, p]) => [k, paramSchema(p).optional()])),
      )
      .optional(),
  });
}

/** A custom rule's escalation: to a fixed level of the escalation path, or `next` (the level after the highest recorded). */
export const CustomActionSchema = z.strictObject({
  type: z.literal('escalate'),
  toLevel: z.union([z.number().int().min(1).max(1000), z.literal('next')]),
});

/** A custom rule, with its conditions left unchecked (they are checked against the fact catalog separately). */
export const CustomRuleShellSchema = z.strictObject({
  id: z.string().min(1).max(200).regex(CUSTOM_RULE_ID),
  path: z
    .string()
    .max(2000)
    .optional()
    .describe('JSON Pointer of the finding: {subject} is the subject’s pointer, {id} its id, {fact} a fact'),
  action: CustomActionSchema.optional(),
  scope: RuleScopeSchema,
  severity: SeveritySchema,
  phase: RulePhaseSchema.optional(),
  lastPhase: PhaseSchema.optional(),
  enabled: z.boolean().optional(),
  message: CustomMessageSchema,
  description: CustomMessageSchema.optional(),
  conditions: z.unknown(),
});

/**
 * The PMO's settings of the health status: `amberFloatDays`, the float (days left before a critical milestone
 * is late) under which an open critical milestone makes a collaboration amber (3 by default).
 *
 * @example
 * ```ts
 * HealthSettingsSchema.parse({ amberFloatDays: 5 });
 * ```
 */
export const HealthSettingsSchema = z.strictObject({
  amberFloatDays: z
    .number()
    .int()
    .min(0)
    .max(3650)
    .optional()
    .describe('Days of float under which an open critical milestone makes the health amber (default 3)'),
});

/** The default of `health.amberFloatDays`. @example `DEFAULT_AMBER_FLOAT_DAYS; // 3` */
export const DEFAULT_AMBER_FLOAT_DAYS = 3;

/**
 * The escalation ladder's settings in a PMO config: how many working days ahead `Report.upcoming` warns of
 * escalations coming due (`warnWorkdays`, default 2; 0 turns the warnings off).
 *
 * @example
 * ```ts
 * const settings: EscalationSettings = { warnWorkdays: 3 };
 * ```
 */
export interface EscalationSettings {
  readonly warnWorkdays?: number;
}

/** How far ahead escalations coming due are reported when a config does not say. @example `DEFAULT_WARN_WORKDAYS; // 2` */
export const DEFAULT_WARN_WORKDAYS = 2;

/** The `escalation` section of a config. */
export const EscalationSettingsSchema = z.strictObject({
  warnWorkdays: z
    .number()
    .int()
    .min(0)
    .max(365)
    .optional()
    .describe('Working days ahead that Report.upcoming warns of escalations coming due (default 2; 0: none)'),
});

/** The config document's top level, its parts left to the checks above. */
export const RulesConfigShellSchema = z.strictObject({
  $schema: z.string().max(2000).optional(),
  rules: z.record(z.string(), z.unknown()).optional(),
  custom: z.array(z.unknown()).max(RULES_CONFIG_LIMITS.maxCustomRules).optional(),
  health: HealthSettingsSchema.optional(),
  escalation: EscalationSettingsSchema.optional(),
});

/**
 * A PMO's health settings (`health` in a PMO config: `amberFloatDays`, default 3).
 *
 * @example
 * ```ts
 * const s: HealthSettings = { amberFloatDays: 5 };
 * ```
 */
export interface HealthSettings {
  readonly amberFloatDays?: number;
}

/**
 * A PMO's settings for one built-in rule: switched on or off, its severity, its params.
 *
 * @example
 * ```ts
 * const s: RuleSetting = { severity: 'error', params: { min: 4, max: 10 } };
 * ```
 */
export interface RuleSetting {
  readonly enabled?: boolean;
  readonly severity?: Severity;
  readonly params?: Readonly<Record<string, number>>;
  /** The finding's message over the built-in one, in one or both locales (the other keeps the built-in one). */
  readonly message?: { readonly 'zh-CN'?: string; readonly en?: string };
}

/**
 * A rule a PMO defines in its config: json-rules-engine conditions over the catalog facts of its scope, and a
 * message in one or both locales (`{value}` is the first condition's expected value, `{actual}` its actual
 * value, `{<fact>}` a fact's value, `{name}` the subject's name; dates shown as dates); optionally a `path`
 * template and an escalation `action`. A condition on a date fact (`dueDay`, …) may give an ISO date.
 *
 * @example
 * ```ts
 * const rule: CustomRule = {
 *   id: 'acme.too-many-departments', scope: 'collaboration', severity: 'warning',
 *   message: { 'zh-CN': '参与部门超过 {value} 个', en: 'More than {value} departments take part' },
 *   conditions: { all: [{ fact: 'departmentCount', operator: 'greaterThan', value: 4 }] },
 * };
 * ```
 */
export interface CustomRule {
  readonly id: string;
  readonly scope: RuleScope;
  readonly severity: Severity;
  readonly phase?: RulePhase;
  readonly lastPhase?: z.infer<typeof PhaseSchema>;
  readonly enabled?: boolean;
  readonly message: { readonly 'zh-CN'?: string; readonly en?: string };
  readonly description?: { readonly 'zh-CN'?: string; readonly en?: string };
  /** The finding's JSON Pointer template (`{subject}`, `{id}`, facts); absent: the subject's pointer. */
  readonly path?: string;
  /** The escalation a firing asks for: a fixed level, or `next`. */
  readonly action?: { readonly type: 'escalate'; readonly toLevel: number | 'next' };
  readonly conditions: TopLevelCondition;
}

/**
 * A validated PMO rules config: settings per built-in rule id (`'off'` and `'on'` are normalised to
 * `{ enabled }`), custom rules, and the health status's settings.
 *
 * @example
 * ```ts
 * const config: RulesConfig = { rules: { 'retro.recognition': { enabled: false } }, custom: [] };
 * ```
 */
export interface RulesConfig {
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly custom: readonly CustomRule[];
  /** The health status's settings, when the config sets them. */
  readonly health?: HealthSettings;
  /** Escalation ladder settings: `warnWorkdays`, how far ahead `Report.upcoming` looks (default 2). */
  readonly escalation?: EscalationSettings;
}

function conditionSchemas() {
  const Value = z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(z.union([z.string(), z.number(), z.boolean()])),
  ]);
  const FactRef = z.strictObject({ fact: z.string(), path: z.string().optional() });
  const Leaf = z
    .strictObject({
      fact: z.string().describe('A fact of the rule’s scope (see docs/facts.md)'),
      operator: z.enum(OPERATORS),
      value: z.union([Value, FactRef]),
      path: z.string().optional(),
      name: z.string().optional(),
      priority: z.number().int().min(1).optional(),
    })
    .meta({ id: 'FactCondition' });
  const Condition: z.ZodType<NestedCondition> = z.lazy(() =>
    z.union([Leaf, All, Any, Not]),
  ) as z.ZodType<NestedCondition>;
  const group = (key: 'all' | 'any') =>
    z.strictObject({
      [key]: z.array(Condition).max(RULES_CONFIG_LIMITS.maxConditionsPerGroup),
      name: z.string().optional(),
      priority: z.number().int().min(1).optional(),
    });
  const All = group('all');
  const Any = group('any');
  const Not = z.strictObject({
    not: Condition,
    name: z.string().optional(),
    priority: z.number().int().min(1).optional(),
  });
  const Top = z.union([All, Any, Not]);
  return { Top };
}

/**
 * The full config schema, for editors (JSON Schema): every built-in rule id with its params, and custom rules
 * with json-rules-engine conditions. Validation itself is done by `loadRulesConfig`, which reports precise issues.
 */
export function rulesConfigSchema() {
  const { Top } = conditionSchemas();
  const rules = z.strictObject(
    Object.fromEntries(
      defaultRules.map((r) => [
        r.id,
        z
          .union([z.literal('off'), z.literal('on'), ruleSettingSchema(r.params)])
          .describe(r.description.en)
          .optional(),
      ]),
    ),
  );
  return z.strictObject({
    $schema: z.string().optional(),
    rules: rules.optional(),
    custom: z
      .array(CustomRuleShellSchema.extend({ conditions: Top }))
      .max(RULES_CONFIG_LIMITS.maxCustomRules)
      .optional(),
    health: HealthSettingsSchema.optional(),
    escalation: EscalationSettingsSchema.optional(),
  });
}

/**
 * The JSON Schema of a PMO rules config (draft 2020-12), generated from the zod schema, so editors can
 * validate and autocomplete config files: every rule id, its params, and the shape of custom rules.
 *
 * @returns The JSON Schema as a plain object.
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { rulesConfigJsonSchema } from 'crossdept/schemas';
 *
 * writeFileSync('rules-config.schema.json', JSON.stringify(rulesConfigJsonSchema(), null, 2));
 * ```
 */
export function rulesConfigJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(rulesConfigSchema(), { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    title: 'crossdept rules config',
    description:
      'PMO settings for the crossdept rules: severities, params, rules switched off, custom rules.',
  };
}

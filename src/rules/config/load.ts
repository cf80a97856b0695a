import type { TopLevelCondition } from '../../engine/types.js';
import { type Locale, resolveLocale } from '../../i18n/locale.js';
import { type IssuePath, toJsonPointer } from '../../i18n/pointer.js';
import { didYouMean } from '../../i18n/suggest.js';
import { deepFreeze } from '../../model/freeze.js';
import type { ValidationResult } from '../../model/issue.js';
import { readText, readYaml } from '../../model/parse.js';
import { fromZodIssues, makeIssue } from '../../model/zod-issues.js';
import { defaultRules } from '../default-rules.js';
import { factsForScope } from '../facts/catalog.js';
import { placeholders } from '../format.js';
import type { RuleScope } from '../report.js';
import type { RuleDefinition } from '../types.js';
import { ConditionChecker } from './conditions.js';
import { type RulesConfigIssue, rulesIssue } from './issues.js';
import { hidePlaceholders, restorePlaceholders } from './placeholders.js';
import {
  type CustomRule,
  CustomRuleShellSchema,
  RULES_CONFIG_LIMITS,
  type RuleSetting,
  type RulesConfig,
  RulesConfigShellSchema,
  ruleSettingSchema,
} from './schema.js';

/**
 * Options of {@link loadRulesConfig}.
 *
 * @example
 * ```ts
 * const options: LoadRulesConfigOptions = { format: 'json', locale: 'en' };
 * ```
 */
export interface LoadRulesConfigOptions {
  /** The text format; `yaml` (the default) also reads JSON. Ignored for objects. */
  readonly format?: 'yaml' | 'json';
  /** The locale of issue messages: `zh-CN` (default) or `en`. */
  readonly locale?: Locale;
}

/**
 * What {@link loadRulesConfig} returns: the validated config, or every issue found.
 *
 * @example
 * ```ts
 * const result: LoadRulesConfigResult = loadRulesConfig('rules: { retro.recognition: off }');
 * ```
 */
export type LoadRulesConfigResult = ValidationResult<RulesConfig, RulesConfigIssue>;

/** Configs this module validated (deep-frozen), so `evaluate` can trust them without checking again. */
const validated = new WeakSet<RulesConfig>();

/**
 * Whether a value is a config returned by {@link loadRulesConfig} (and so already valid).
 *
 * @param value - Anything.
 * @returns `true` for validated configs.
 * @example
 * ```ts
 * const r = loadRulesConfig({});
 * r.success && isValidatedRulesConfig(r.data); // true
 * ```
 */
export function isValidatedRulesConfig(value: unknown): value is RulesConfig {
  return typeof value === 'object' && value !== null && validated.has(value as RulesConfig);
}

/** Copies plain JSON-like data (own enumerable string keys), refusing documents that are too large or deep. */
function plainCopy(value: unknown, locale: Locale): ValidationResult<unknown, RulesConfigIssue> {
  let nodes = 0;
  const tooLarge = (limit: string): ValidationResult<unknown, RulesConfigIssue> => ({
    success: false,
    issues: [makeIssue(locale, 'too_large', [], { limit })],
  });
  const seen = new Set<object>();
  const copy = (v: unknown, depth: number): unknown => {
    if (++nodes > RULES_CONFIG_LIMITS.maxDocumentNodes)
      throw new LimitError(`${RULES_CONFIG_LIMITS.maxDocumentNodes}`);
    if (depth > RULES_CONFIG_LIMITS.maxDocumentDepth)
      throw new LimitError(`depth ${RULES_CONFIG_LIMITS.maxDocumentDepth}`);
    if (typeof v !== 'object' || v === null) return v;
    if (seen.has(v)) throw new LimitError('cycle');
    seen.add(v);
    let out: unknown;
    if (Array.isArray(v)) out = v.map((x) => copy(x, depth + 1));
    else {
      const o: Record<string, unknown> = {};
      for (const k of Object.keys(v)) {
        Object.defineProperty(o, k, {
          value: copy((v as Record<string, unknown>)[k], depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      out = o;
    }
    seen.delete(v);
    return out;
  };
  try {
    return { success: true, data: copy(value, 0) };
  } catch (error) {
    if (error instanceof LimitError) return tooLarge(error.message);
    throw error;
  }
}

class LimitError extends Error {}

function withPrefix(issues: readonly RulesConfigIssue[], prefix: IssuePath): RulesConfigIssue[] {
  return issues.map((i) => {
    const path = [...prefix, ...i.path];
    return { ...i, path, pointer: toJsonPointer(path) };
  });
}

function ruleSettings(
  rules: Record<string, unknown>,
  locale: Locale,
  issues: RulesConfigIssue[],
): Record<string, RuleSetting> {
  const byId = new Map<string, RuleDefinition>(defaultRules.map((r) => [r.id, r]));
  const out: Record<string, RuleSetting> = {};
  for (const [id, raw] of Object.entries(rules)) {
    const path: IssuePath = ['rules', id];
    const rule = byId.get(id);
    if (rule === undefined) {
      issues.push(rulesIssue(locale, 'unknown_rule', path, { id }, didYouMean(id, byId.keys())));
      continue;
    }
    if (raw === 'off' || raw === 'on') {
      out[id] = { enabled: raw === 'on' };
      continue;
    }
    if (typeof raw === 'string' || typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      const suggestion = typeof raw === 'string' ? didYouMean(raw, ['off', 'on']) : undefined;
      issues.push(
        makeIssue(locale, 'invalid_enum', path, {
          value: typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? String(raw)),
          options: `off, on, { enabled, severity, params }`,
          ...(suggestion === undefined ? {} : { suggestion }),
        }),
      );
      continue;
    }
    const schema = ruleSettingSchema(rule.params);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of withPrefix(fromZodIssues(parsed.error.issues, raw, schema, locale), path)) {
        // An unknown key under `params` is an unknown param of this rule.
        if (issue.code === 'unknown_key' && issue.path.length === 4 && issue.path[2] === 'params') {
          const name = String(issue.path[3]);
          issues.push(
            rulesIssue(
              locale,
              'unknown_param',
              issue.path,
              { id, name },
              didYouMean(name, Object.keys(rule.params)),
            ),
          );
        } else if (issue.code === 'invalid_type' && issue.path.length === 4 && issue.path[2] === 'params') {
          const param = rule.params[String(issue.path[3])];
          const value = (raw as { params?: Record<string, unknown> }).params?.[String(issue.path[3])];
          issues.push(
            rulesIssue(locale, 'invalid_value_type', issue.path, {
              name: String(issue.path[3]),
              expected: param?.type === 'day' ? 'day' : 'number',
              received: Array.isArray(value)
                ? 'list'
                : typeof value === 'string'
                  ? 'text'
                  : value === null
                    ? 'null'
                    : typeof value,
            }),
          );
        } else issues.push(issue);
      }
      continue;
    }
    const setting = parsed.data;
    const params =
      setting.params === undefined
        ? undefined
        : (Object.fromEntries(Object.entries(setting.params).filter(([, v]) => v !== undefined)) as Record<
            string,
            number
          >);
    out[id] = {
      ...(setting.enabled === undefined ? {} : { enabled: setting.enabled }),
      ...(setting.severity === undefined ? {} : { severity: setting.severity }),
      ...(params === undefined ? {} : { params }),
    };
  }
  return out;
}

const SPECIAL_PLACEHOLDERS = ['value', 'actual', 'matched'];

function customRules(list: readonly unknown[], locale: Locale, issues: RulesConfigIssue[]): CustomRule[] {
  const out: CustomRule[] = [];
  const ids = new Map<string, number>();
  const builtIn = new Set(defaultRules.map((r) => r.id));
  list.forEach((raw, index) => {
    const path: IssuePath = ['custom', index];
    const parsed = CustomRuleShellSchema.safeParse(raw);
    if (!parsed.success) {
      issues.push(
        ...withPrefix(fromZodIssues(parsed.error.issues, raw, CustomRuleShellSchema, locale), path),
      );
      return;
    }
    const rule = parsed.data;
    const before = issues.length;
    if (builtIn.has(rule.id)) {
      issues.push(
        rulesIssue(locale, 'duplicate_id', [...path, 'id'], {
          id: rule.id,
          detail: locale === 'en' ? 'a built-in rule has this id' : '与内置规则同名',
        }),
      );
    } else if (ids.has(rule.id)) {
      issues.push(
        rulesIssue(locale, 'duplicate_id', [...path, 'id'], {
          id: rule.id,
          detail: `/custom/${ids.get(rule.id)}/id`,
        }),
      );
    } else ids.set(rule.id, index);
    if (rule.message['zh-CN'] === undefined && rule.message.en === undefined) {
      issues.push(makeIssue(locale, 'missing', [...path, 'message', 'zh-CN'], { key: 'zh-CN' }));
    }
    const scope: RuleScope = rule.scope;
    const facts = factsForScope(scope);
    const checker = new ConditionChecker(locale, scope, facts);
    checker.root(rule.conditions, [...path, 'conditions']);
    issues.push(...checker.issues);
    for (const key of ['zh-CN', 'en'] as const) {
      const text = rule.message[key];
      if (text === undefined) continue;
      for (const name of placeholders(text)) {
        if (!facts.has(name) && !SPECIAL_PLACEHOLDERS.includes(name)) {
          issues.push(
            rulesIssue(
              locale,
              'unknown_placeholder',
              [...path, 'message', key],
              { name },
              didYouMean(name, [...facts.keys(), ...SPECIAL_PLACEHOLDERS]),
            ),
          );
        }
      }
    }
    if (issues.length > before) return;
    out.push({
      id: rule.id,
      scope,
      severity: rule.severity,
      ...(rule.phase === undefined ? {} : { phase: rule.phase }),
      ...(rule.lastPhase === undefined ? {} : { lastPhase: rule.lastPhase }),
      ...(rule.enabled === undefined ? {} : { enabled: rule.enabled }),
      message: {
        ...(rule.message['zh-CN'] === undefined ? {} : { 'zh-CN': rule.message['zh-CN'] }),
        ...(rule.message.en === undefined ? {} : { en: rule.message.en }),
      },
      ...(rule.description === undefined
        ? {}
        : {
            description: {
              ...(rule.description['zh-CN'] === undefined ? {} : { 'zh-CN': rule.description['zh-CN'] }),
              ...(rule.description.en === undefined ? {} : { en: rule.description.en }),
            },
          }),
      conditions: rule.conditions as TopLevelCondition,
    });
  });
  return out;
}

/**
 * Validates a config value (already plain data). Never throws.
 */
function validate(value: unknown, locale: Locale): LoadRulesConfigResult {
  const copied = plainCopy(value, locale);
  if (!copied.success) return copied;
  const input = copied.data ?? {};
  const shell = RulesConfigShellSchema.safeParse(input);
  if (!shell.success) {
    const issues = fromZodIssues(shell.error.issues, input, RulesConfigShellSchema, locale);
    return { success: false, issues };
  }
  const issues: RulesConfigIssue[] = [];
  const rules = ruleSettings(shell.data.rules ?? {}, locale, issues);
  const custom = customRules(shell.data.custom ?? [], locale, issues);
  if (issues.length > 0) return { success: false, issues };
  const data: RulesConfig = deepFreeze({ rules, custom });
  validated.add(data);
  return { success: true, data };
}

/**
 * Reads and validates a PMO rules config from YAML or JSON text, or from an object. Rejects, as issues with a
 * pointer into the config (and line and column for text, and a did-you-mean where one fits): unknown rule ids
 * (`unknown_rule`), params (`unknown_param`) and keys (`unknown_key`); facts outside the rule's scope
 * (`unknown_fact`); operators other than json-rules-engine's ten (`unknown_operator`); values of the wrong type
 * for the fact (`invalid_value_type`, `operator_not_applicable`); `in`/`notIn` without a list
 * (`expected_list`); unsafe or invalid paths (`invalid_path`); duplicate ids (`duplicate_id`); oversized or too
 * deeply nested input (`too_large`, `too_big`, `too_deep`). It never throws.
 *
 * @param input - YAML or JSON text, or an object.
 * @param options - Text format and message locale.
 * @returns `{ success: true, data }` with the normalised config, or `{ success: false, issues }`.
 * @example
 * ```ts
 * import { loadRulesConfig } from 'crossdept';
 *
 * const result = loadRulesConfig('rules:\n  team.core-size: { params: { min: 4, max: 10 } }\n  retro.recognition: off\n', { locale: 'en' });
 * if (!result.success) for (const i of result.issues) console.log(`${i.line}:${i.column} ${i.message}`);
 * ```
 */
export function loadRulesConfig(input: unknown, options: LoadRulesConfigOptions = {}): LoadRulesConfigResult {
  const locale = resolveLocale(options.locale);
  try {
    if (typeof input !== 'string') return validate(input, locale);
    if (input.length > RULES_CONFIG_LIMITS.maxTextLength) {
      return {
        success: false,
        issues: [makeIssue(locale, 'too_large', [], { limit: `${RULES_CONFIG_LIMITS.maxTextLength} B` })],
      };
    }
    const read = readText(input, options.format, locale);
    let { value, locate } = read;
    if (read.issues.length > 0) {
      // Unquoted `{value}` placeholders in flow mappings: parse again with them hidden (see placeholders.ts).
      const hidden = options.format === 'json' ? undefined : hidePlaceholders(input);
      const retried = hidden === undefined ? undefined : readYaml(hidden, locale);
      if (retried === undefined || retried.issues.length > 0) return { success: false, issues: read.issues };
      value = restorePlaceholders(retried.value);
      locate = retried.locate;
    }
    const result = validate(value, locale);
    if (result.success) return result;
    return { success: false, issues: result.issues.map((i) => ({ ...i, ...locate(i.path) })) };
  } catch (error) {
    return {
      success: false,
      issues: [
        makeIssue(locale, 'unreadable', [], {
          detail: error instanceof Error ? error.message : String(error),
        }),
      ],
    };
  }
}

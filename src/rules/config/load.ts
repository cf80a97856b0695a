import * as z from 'zod';
import type { TopLevelCondition } from '../../engine/types.js';
import type { Locale } from '../../i18n/locale.js';
import { didYouMean } from '../../issues/did-you-mean.js';
import type { IssuePath, ValidationResult } from '../../issues/issue.js';
import { toJsonPointer } from '../../issues/pointer.js';
import { deepFreeze } from '../../model/freeze.js';
import { capIssues } from '../../model/issue-cap.js';
import { limitIssue } from '../../model/limit-issue.js';
import type { LimitBreach } from '../../model/limits.js';
import { term } from '../../model/messages.js';
import { readerOptions } from '../../model/options.js';
import { parseIssue } from '../../model/parse-issue.js';
import { readText } from '../../model/read-text.js';
import { readYaml } from '../../model/read-yaml.js';
import { fromZodIssues, visible } from '../../model/zod-issues.js';
import { defaultRules } from '../default-rules.js';
import { factsForScope } from '../facts/catalog.js';
import { placeholders } from '../format.js';
import { orderedParams } from '../param-order.js';
import type { RuleScope } from '../report.js';
import type { RuleDefinition } from '../types.js';
import { ConditionChecker } from './conditions.js';
import { type RulesConfigIssue, rulesIssue } from './issues.js';
import { hidePlaceholders, restorePlaceholders } from './placeholders.js';
import {
  CUSTOM_RULE_ID,
  type CustomRule,
  CustomRuleShellSchema,
  RULES_CONFIG_LIMITS,
  type RuleSetting,
  type RulesConfig,
  RulesConfigShellSchema,
  ruleSettingSchema,
  suggestRuleId,
} from './schema.js';

/** The shell as loaded: the id's pattern is checked apart, for a message that states it and a suggestion. */
const LoadedCustomRuleShell = CustomRuleShellSchema.extend({ id: z.string().min(1).max(200) });

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

/** The rules config's own limits, as the reader limits' messages name them. */
const CONFIG_LIMIT: { readonly [K in 'text' | 'nodes' | 'depth']: LimitBreach } = {
  text: { limit: 'text', max: RULES_CONFIG_LIMITS.maxTextLength, name: 'RULES_CONFIG_LIMITS.maxTextLength' },
  nodes: {
    limit: 'nodes',
    max: RULES_CONFIG_LIMITS.maxDocumentNodes,
    name: 'RULES_CONFIG_LIMITS.maxDocumentNodes',
  },
  depth: {
    limit: 'depth',
    max: RULES_CONFIG_LIMITS.maxDocumentDepth,
    name: 'RULES_CONFIG_LIMITS.maxDocumentDepth',
  },
};

class LimitError extends Error {
  constructor(readonly breach: LimitBreach) {
    super(breach.name);
  }
}

/**
 * Copies plain JSON-like data (own enumerable string keys, as data properties, so `__proto__` stays a key),
 * refusing documents that are too large or too deep (a cyclic object is infinitely deep). The recursion is
 * bounded by the depth limit.
 */
function plainCopy(value: unknown, locale: Locale): ValidationResult<unknown, RulesConfigIssue> {
  let nodes = 0;
  const copy = (v: unknown, depth: number): unknown => {
    if (++nodes > RULES_CONFIG_LIMITS.maxDocumentNodes) throw new LimitError(CONFIG_LIMIT.nodes);
    if (typeof v !== 'object' || v === null) return v;
    if (depth >= RULES_CONFIG_LIMITS.maxDocumentDepth) throw new LimitError(CONFIG_LIMIT.depth);
    if (Array.isArray(v)) {
      if (v.length > RULES_CONFIG_LIMITS.maxDocumentNodes) throw new LimitError(CONFIG_LIMIT.nodes);
      return v.map((x) => copy(x, depth + 1));
    }
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      Object.defineProperty(o, k, {
        value: copy((v as Record<string, unknown>)[k], depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return o;
  };
  try {
    return { success: true, data: copy(value, 0) };
  } catch (error) {
    if (error instanceof LimitError) return { success: false, issues: [limitIssue(locale, error.breach)] };
    throw error;
  }
}

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
  // The copied input's own keys, not zod's record (which drops a `__proto__` key without a word).
  for (const id of Object.keys(rules)) {
    const raw = rules[id];
    const path: IssuePath = ['rules', id];
    const rule = byId.get(id);
    if (rule === undefined) {
      issues.push(
        rulesIssue(locale, 'unknown_rule', path, {
          id: visible(id),
          suggestion: didYouMean(id, byId.keys()),
        }),
      );
      continue;
    }
    if (raw === 'off' || raw === 'on') {
      out[id] = { enabled: raw === 'on' };
      continue;
    }
    if (typeof raw === 'string' || typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      const suggestion = typeof raw === 'string' ? didYouMean(raw, ['off', 'on']) : undefined;
      issues.push(
        parseIssue(locale, 'invalid_enum', path, {
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
            rulesIssue(locale, 'unknown_param', issue.path, {
              id,
              name: visible(name),
              suggestion: didYouMean(name, Object.keys(rule.params), { prefixes: true }),
            }),
          );
        } else if (issue.code === 'invalid_type' && issue.path.length === 4 && issue.path[2] === 'params') {
          const param = rule.params[String(issue.path[3])];
          const value = (raw as { params?: Record<string, unknown> }).params?.[String(issue.path[3])];
          issues.push(
            rulesIssue(locale, 'invalid_value_type', issue.path, {
              name: String(issue.path[3]),
              expected: param?.type === 'day' ? 'integer' : 'number',
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
    const before = issues.length;
    // The ends of a range as they take effect (the config's, else the default) are in order: `max: 4` alone
    // under the default `min: 5` is the same trap as `min: 9, max: 3`, a rule that fires whatever the value.
    const effective = (name: string): number => params?.[name] ?? rule.params[name]!.default;
    for (const [low, high] of orderedParams(rule.params)) {
      const a = effective(low);
      const b = effective(high);
      if (a <= b) continue;
      const at = params?.[low] !== undefined ? low : high;
      issues.push(
        rulesIssue(locale, 'param_range', [...path, 'params', at], {
          id,
          name: low,
          other: high,
          low: a,
          high: b,
        }),
      );
    }
    const message = setting.message;
    if (message !== undefined) {
      const scopes = typeof rule.scope === 'string' ? [rule.scope] : rule.scope;
      const known = new Set<string>([...Object.keys(rule.params), ...SPECIAL_PLACEHOLDERS, 'name']);
      for (const scope of scopes) for (const name of factsForScope(scope).keys()) known.add(name);
      checkPlaceholders(message, known, [...path, 'message'], locale, issues);
    }
    if (issues.length > before) continue;
    out[id] = {
      ...(setting.enabled === undefined ? {} : { enabled: setting.enabled }),
      ...(setting.severity === undefined ? {} : { severity: setting.severity }),
      ...(params === undefined ? {} : { params }),
      ...(message === undefined ? {} : { message: localized(message) }),
    };
  }
  return out;
}

/** A message in one or both locales, without absent keys. */
function localized(m: { readonly 'zh-CN'?: string | undefined; readonly en?: string | undefined }): {
  'zh-CN'?: string;
  en?: string;
} {
  return {
    ...(m['zh-CN'] === undefined ? {} : { 'zh-CN': m['zh-CN'] }),
    ...(m.en === undefined ? {} : { en: m.en }),
  };
}

/** Reports every `{placeholder}` of a message (or path, `key` absent) that is not a known name. */
function checkPlaceholders(
  message: { readonly 'zh-CN'?: string | undefined; readonly en?: string | undefined } | string,
  known: ReadonlySet<string>,
  path: IssuePath,
  locale: Locale,
  issues: RulesConfigIssue[],
): void {
  const texts: [IssuePath, string | undefined][] =
    typeof message === 'string'
      ? [[path, message]]
      : [
          [[...path, 'zh-CN'], message['zh-CN']],
          [[...path, 'en'], message.en],
        ];
  for (const [at, text] of texts) {
    if (text === undefined) continue;
    for (const name of placeholders(text)) {
      if (known.has(name)) continue;
      issues.push(
        rulesIssue(locale, 'unknown_placeholder', at, { name, suggestion: didYouMean(name, known) }),
      );
    }
  }
}

const SPECIAL_PLACEHOLDERS = ['value', 'actual', 'matched'];

function customRules(list: readonly unknown[], locale: Locale, issues: RulesConfigIssue[]): CustomRule[] {
  const out: CustomRule[] = [];
  const ids = new Map<string, number>();
  const builtIn = new Set(defaultRules.map((r) => r.id));
  list.forEach((raw, index) => {
    const path: IssuePath = ['custom', index];
    const parsed = LoadedCustomRuleShell.safeParse(raw);
    if (!parsed.success) {
      issues.push(
        ...withPrefix(fromZodIssues(parsed.error.issues, raw, LoadedCustomRuleShell, locale), path),
      );
      return;
    }
    const rule = parsed.data;
    const before = issues.length;
    if (!CUSTOM_RULE_ID.test(rule.id)) {
      issues.push(
        rulesIssue(locale, 'invalid_rule_id', [...path, 'id'], {
          id: visible(rule.id),
          suggestion: suggestRuleId(rule.id),
        }),
      );
      return;
    }
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
      issues.push(parseIssue(locale, 'missing', [...path, 'message', 'zh-CN'], { key: 'zh-CN' }));
    }
    const scope: RuleScope = rule.scope;
    const facts = factsForScope(scope);
    const checker = new ConditionChecker(locale, scope, facts);
    checker.root(rule.conditions, [...path, 'conditions']);
    issues.push(...checker.issues);
    // Every scope's subject has a name: the entity's `name` fact, the collaboration's name in its own scope.
    const known = new Set([...facts.keys(), ...SPECIAL_PLACEHOLDERS, 'name']);
    checkPlaceholders(rule.message, known, [...path, 'message'], locale, issues);
    if (rule.path !== undefined) {
      if (rule.path !== '' && !rule.path.startsWith('/') && !rule.path.startsWith('{subject}')) {
        issues.push(
          rulesIssue(locale, 'invalid_path', [...path, 'path'], {
            detail:
              locale === 'en'
                ? `a finding's path is a JSON Pointer: it starts with "/" or "{subject}", got "${visible(rule.path)}"`
                : `结论的路径是 JSON Pointer，应以 "/" 或 "{subject}" 开头，实际为 "${visible(rule.path)}"`,
          }),
        );
      } else {
        const pathNames = new Set([...facts.keys(), 'subject', 'id']);
        checkPlaceholders(rule.path, pathNames, [...path, 'path'], locale, issues);
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
      message: localized(rule.message),
      ...(rule.path === undefined ? {} : { path: rule.path }),
      ...(rule.action === undefined ? {} : { action: { type: 'escalate', toLevel: rule.action.toLevel } }),
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
  if (typeof input !== 'object' || Array.isArray(input)) {
    const received = term(locale, Array.isArray(input) ? 'array' : typeof input);
    return { success: false, issues: [parseIssue(locale, 'not_an_object', [], { received })] };
  }
  const shell = RulesConfigShellSchema.safeParse(input);
  if (!shell.success) {
    const issues = fromZodIssues(shell.error.issues, input, RulesConfigShellSchema, locale);
    return { success: false, issues: capIssues(issues, locale) };
  }
  const issues: RulesConfigIssue[] = [];
  const rules = ruleSettings((input as { rules?: Record<string, unknown> }).rules ?? {}, locale, issues);
  const custom = customRules(shell.data.custom ?? [], locale, issues);
  if (issues.length > 0) return { success: false, issues: capIssues(issues, locale) };
  const health = shell.data.health;
  const escalation = shell.data.escalation;
  const data: RulesConfig = deepFreeze({
    rules,
    custom,
    ...(health === undefined
      ? {}
      : { health: health.amberFloatDays === undefined ? {} : { amberFloatDays: health.amberFloatDays } }),
    ...(escalation === undefined
      ? {}
      : {
          escalation: escalation.warnWorkdays === undefined ? {} : { warnWorkdays: escalation.warnWorkdays },
        }),
  });
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
 * deeply nested input (`too_large`, `too_big`, `too_deep`); a document that is not an object (`not_an_object`).
 * Text is read within the reader limits (see `MAX_YAML_TOKENS`) and `RULES_CONFIG_LIMITS`; keys must be unique.
 * `null` or `undefined` options mean the defaults; an unknown `locale` or `format` is an `invalid_option`
 * issue. At most `MAX_ISSUES` issues come back, then a `too_many_issues` issue. It never throws.
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
export function loadRulesConfig(
  input: unknown,
  options?: LoadRulesConfigOptions | null,
): LoadRulesConfigResult {
  const read = readerOptions(options);
  if ('code' in read) return { success: false, issues: [read] };
  const { locale, format } = read;
  try {
    if (typeof input !== 'string') return validate(input, locale);
    if (input.length > RULES_CONFIG_LIMITS.maxTextLength) {
      return { success: false, issues: [limitIssue(locale, CONFIG_LIMIT.text)] };
    }
    const first = readText(input, format, locale);
    let text = first;
    if (first.issues.length > 0) {
      // Unquoted `{value}` placeholders in flow mappings: parse again with them hidden (see placeholders.ts).
      const hidden = format === 'json' ? undefined : hidePlaceholders(input);
      const retried = hidden === undefined ? undefined : readYaml(hidden, locale);
      if (retried === undefined || retried.issues.length > 0) return { success: false, issues: first.issues };
      text = { ...retried, value: restorePlaceholders(retried.value) };
    }
    const result = validate(text.value, locale);
    if (result.success) return result;
    const positions = text.locateAll(result.issues.map((i) => i.path));
    return {
      success: false,
      issues: result.issues.map((issue, k) =>
        issue.code === 'too_many_issues' ? issue : { ...issue, ...positions[k] },
      ),
    };
  } catch (error) {
    return unreadable(error, locale);
  }
}

/**
 * {@link loadRulesConfig} for a config given as data, never as text: what `evaluate`'s `config` option validates.
 * It does not reach the text reader, so a bundle that only evaluates carries no YAML reader.
 *
 * @param input - The config as data (a string is validated as data too, and refused as not an object).
 * @param locale - The message locale.
 * @returns The validated config, or every issue found.
 */
export function loadRulesConfigData(input: unknown, locale: Locale): LoadRulesConfigResult {
  try {
    return validate(input, locale);
  } catch (error) {
    return unreadable(error, locale);
  }
}

/** The answer to a config that could not be read at all (a getter that throws, a Proxy). */
function unreadable(error: unknown, locale: Locale): LoadRulesConfigResult {
  return {
    success: false,
    issues: [
      parseIssue(locale, 'unreadable', [], {
        detail: visible(error instanceof Error ? error.message : String(error)),
      }),
    ],
  };
}

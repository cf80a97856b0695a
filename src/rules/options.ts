import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { readOptionFields } from '../i18n/read-options.js';
import { showError, showValue } from '../i18n/show.js';
import type { CrossdeptIssue } from '../issues/issue.js';
import { isIsoDate } from '../model/primitives.js';
import { rulesIssue } from './config/issues.js';
import { isValidatedRulesConfig, type LoadRulesConfigResult, loadRulesConfigData } from './config/load.js';
import type { RulesConfig } from './config/schema.js';
import { RulesError } from './errors.js';
import { type CompiledRuleSet, compileRuleSet } from './rule-set.js';
import type { RuleBackend } from './run.js';

/**
 * `evaluate`'s options once read: every field read exactly once (a getter runs once, and a Proxy's traps fire
 * here or nowhere), checked, and defaulted.
 */
export interface ReadEvaluateOptions {
  readonly now: string;
  readonly locale: Locale;
  /** `undefined` for the default rules. */
  readonly config: unknown;
  readonly engine: RuleBackend;
}

const KEYS = ['locale', 'now', 'config', 'engine'] as const;

/**
 * Reads `evaluate`'s options: `now` is required; `locale`, `config` and `engine` default when absent, `null` or
 * `undefined`. Throws the {@link RulesError} of the first problem: `invalid_options` (not an object, or a field
 * that cannot be read), `invalid_locale` (in `zh-CN`), `invalid_now`, `invalid_engine`.
 *
 * @param options - Whatever the caller passed.
 * @returns The options, read.
 */
export function readEvaluateOptions(options: unknown): ReadEvaluateOptions {
  const read = readOptionFields(options, KEYS);
  const [unreadable] = read.unreadable;
  if (unreadable !== undefined) {
    const path = unreadable.key === 'options' ? [] : [unreadable.key];
    throw new RulesError('invalid_options', [
      rulesIssue(DEFAULT_LOCALE, 'invalid_options', path, {
        name: unreadable.key,
        detail: unreadable.detail,
      }),
    ]);
  }
  if (!read.object) {
    throw new RulesError('invalid_options', [rulesIssue(DEFAULT_LOCALE, 'invalid_options', [])]);
  }
  const raw = read.values;
  const rawLocale = raw.locale ?? DEFAULT_LOCALE;
  if (rawLocale !== 'zh-CN' && rawLocale !== 'en') {
    throw new RulesError('invalid_locale', [
      rulesIssue(DEFAULT_LOCALE, 'invalid_locale', ['locale'], { value: showValue(rawLocale) }),
    ]);
  }
  const locale: Locale = rawLocale;
  const now = raw.now;
  if (typeof now !== 'string' || !isIsoDate(now)) {
    throw new RulesError('invalid_now', [
      rulesIssue(locale, 'invalid_now', ['now'], { value: showValue(now) }),
    ]);
  }
  const engine = raw.engine ?? 'compiled';
  if (engine !== 'compiled' && engine !== 'json-rules-engine') {
    throw new RulesError('invalid_engine', [
      rulesIssue(locale, 'invalid_engine', ['engine'], { value: showValue(engine) }),
    ]);
  }
  return { now, locale, config: raw.config ?? undefined, engine };
}

let defaultSet: CompiledRuleSet | undefined;
const compiledConfigs = new WeakMap<RulesConfig, CompiledRuleSet>();

/** The issues of a failed `loadRulesConfig` result, when they are a readable list of issues; else `undefined`. */
function failedIssues(result: { readonly issues?: unknown }): readonly CrossdeptIssue[] | undefined {
  try {
    const issues = result.issues;
    if (!Array.isArray(issues) || issues.length === 0) return undefined;
    const copy: CrossdeptIssue[] = [];
    for (const issue of issues as unknown[]) {
      if (typeof issue !== 'object' || issue === null) return undefined;
      const { code, path, pointer, message } = issue as Record<string, unknown>;
      if (typeof code !== 'string' || typeof message !== 'string' || typeof pointer !== 'string')
        return undefined;
      if (!Array.isArray(path) || !path.every((s) => typeof s === 'string' || typeof s === 'number'))
        return undefined;
      copy.push({ ...(issue as CrossdeptIssue), path: [...path] });
    }
    return copy;
  } catch {
    return undefined;
  }
}

/** `success` of a `loadRulesConfig` result, read once; `undefined` for anything else. */
function resultSuccess(value: unknown): boolean | undefined {
  if (typeof value !== 'object' || value === null || !('success' in value)) return undefined;
  const success: unknown = (value as { success: unknown }).success;
  return typeof success === 'boolean' ? success : undefined;
}

/**
 * Validates a raw config, throwing `invalid_config` with its issues. Text is refused with `config_is_text`: it is
 * read by `loadRulesConfig`, whose result the option takes, so evaluating never needs the YAML reader.
 */
function loaded(config: unknown, locale: Locale): RulesConfig {
  if (typeof config === 'string') {
    throw new RulesError('invalid_config', [rulesIssue(locale, 'config_is_text', ['config'])]);
  }
  let result: LoadRulesConfigResult;
  try {
    result = loadRulesConfigData(config, locale);
  } catch (error) {
    // loadRulesConfigData answers every input with issues; should even wording a thrown value fail (a Proxy as the
    // error), say so typed.
    throw unreadable(['config'], error, locale);
  }
  if (!result.success) throw new RulesError('invalid_config', result.issues);
  return result.data;
}

function unreadable(path: readonly (string | number)[], error: unknown, locale: Locale): RulesError {
  const name = path.join('.');
  return new RulesError('invalid_config', [
    rulesIssue(locale, 'invalid_options', path, { name, detail: showError(error) }),
  ]);
}

/**
 * The validated config of `evaluate`'s `config` option: a validated config as it is, a `loadRulesConfig` result's
 * data (a failed one throws `invalid_config` with its issues), anything else validated here. `undefined` for the
 * default rules.
 *
 * @param config - The option, read.
 * @param locale - The message locale.
 * @returns The validated config, or `undefined`.
 * @throws {@link RulesError} `invalid_config`.
 */
export function configData(config: unknown, locale: Locale): RulesConfig | undefined {
  if (config === undefined) return undefined;
  if (isValidatedRulesConfig(config)) return config;
  let success: boolean | undefined;
  let data: unknown;
  try {
    success = resultSuccess(config);
    // One level only: a result's data is a config, never another result (which does not validate as one).
    if (success === true) data = (config as { readonly data?: unknown }).data;
  } catch (error) {
    throw unreadable(success === true ? ['config', 'data'] : ['config'], error, locale);
  }
  if (success === undefined) return loaded(config, locale);
  if (success) return isValidatedRulesConfig(data) ? data : loaded(data, locale);
  const issues = failedIssues(config as { readonly issues?: unknown });
  throw new RulesError(
    'invalid_config',
    issues ?? [rulesIssue(locale, 'invalid_config_result', ['config', 'issues'])],
  );
}

/**
 * The compiled rule set of `evaluate`'s `config` option, compiled once per validated config.
 *
 * @param config - The option, read.
 * @param locale - The message locale.
 * @returns The rule set.
 * @throws {@link RulesError} `invalid_config`.
 */
export function ruleSetFor(config: unknown, locale: Locale): CompiledRuleSet {
  const data = configData(config, locale);
  if (data === undefined) {
    defaultSet ??= compileRuleSet();
    return defaultSet;
  }
  let set = compiledConfigs.get(data);
  if (set === undefined) {
    set = compileRuleSet(data);
    compiledConfigs.set(data, set);
  }
  return set;
}

import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { readOptionFields } from '../i18n/read-options.js';
import { showValue } from '../i18n/show.js';
import { applyRulesConfig, type EffectiveRule } from './apply-config.js';
import { rulesIssue } from './config/issues.js';
import type { RulesConfigOption } from './config-option.js';
import { RulesError } from './errors.js';
import { configData } from './options.js';

/**
 * Options of {@link effectiveRules}.
 *
 * @example
 * ```ts
 * import type { EffectiveRulesOptions } from 'crossdept';
 *
 * const options: EffectiveRulesOptions = { locale: 'en' };
 * ```
 */
export interface EffectiveRulesOptions {
  /**
   * The locale of the issues' messages when the config is rejected: `zh-CN` (the default, also for `undefined`
   * and `null`) or `en`.
   */
  readonly locale?: Locale;
}

const KEYS = ['locale'] as const;

/** The locale of the options; throws the {@link RulesError} `evaluate` throws for the same problem. */
function localeOf(options: unknown): Locale {
  if (options === undefined || options === null) return DEFAULT_LOCALE;
  const read = readOptionFields(options, KEYS);
  const [unreadable] = read.unreadable;
  if (unreadable !== undefined) {
    const path = unreadable.key === 'options' ? [] : [unreadable.key];
    const params = { name: unreadable.key, detail: unreadable.detail };
    throw new RulesError('invalid_options', [rulesIssue(DEFAULT_LOCALE, 'invalid_options', path, params)]);
  }
  if (!read.object)
    throw new RulesError('invalid_options', [rulesIssue(DEFAULT_LOCALE, 'invalid_options', [])]);
  const locale = read.values.locale ?? DEFAULT_LOCALE;
  if (locale !== 'zh-CN' && locale !== 'en') {
    const params = { value: showValue(locale) };
    throw new RulesError('invalid_locale', [
      rulesIssue(DEFAULT_LOCALE, 'invalid_locale', ['locale'], params),
    ]);
  }
  return locale;
}

/**
 * The rules a config puts in effect: every built-in rule in the order of the rules table (switched-off ones
 * included, marked `enabled: false`), then the config's custom rules — each with its id, whether it is enabled,
 * its effective severity and params, and what it checks. The same rules, settings and params `evaluate` runs
 * with the same config; what `crossdept rules list`, `rules show` and `rules export` print.
 *
 * @param config - The config as `evaluate` takes it: as written (validated here), validated, or
 *   `loadRulesConfig`'s result. Absent, `undefined` or `null`: the default rules.
 * @param options - `locale`, of the messages of a rejection.
 * @returns The rules in effect.
 * @throws {@link RulesError} (and never anything else) with code `invalid_config` and the config's issues, as
 *   `evaluate` does, or `invalid_options` / `invalid_locale` for options it cannot use.
 * @example
 * ```ts
 * import { effectiveRules, loadRulesConfig } from 'crossdept';
 *
 * const rules = effectiveRules(loadRulesConfig('rules: { team.core-size: { params: { max: 10 } } }'));
 * rules.find((r) => r.id === 'team.core-size')?.params.map((p) => [p.name, p.value]); // [['min', 5], ['max', 10]]
 * effectiveRules().filter((r) => !r.enabled); // []
 * ```
 */
export function effectiveRules(
  config?: RulesConfigOption | null,
  options?: EffectiveRulesOptions | null,
): EffectiveRule[] {
  const locale = localeOf(options);
  return applyRulesConfig(configData(config ?? undefined, locale));
}

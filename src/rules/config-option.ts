import type { z } from 'zod';
import type { DeepReadonly } from '../model/types.js';
import type { LoadRulesConfigResult } from './config/load.js';
import type { RulesConfig, rulesConfigSchema } from './config/schema.js';

/**
 * A PMO rules config as written, before validation: the shape of the config document (`rules` by built-in rule
 * id, each `'off'`, `'on'` or `{ enabled, severity, params }`; `custom` rules), inferred from the config schema's
 * input (read-only, so a config written `as const` fits too), so an editor completes and checks a config written
 * in code. Whatever its type says, a config is
 * validated by `loadRulesConfig` (or by `evaluate` and `effectiveRules`, which call it) before it is used.
 *
 * @example
 * ```ts
 * import type { RulesConfigInput } from 'crossdept';
 *
 * const config: RulesConfigInput = {
 *   rules: { 'team.core-size': { severity: 'error', params: { max: 10 } }, 'retro.recognition': 'off' },
 * };
 * ```
 */
export type RulesConfigInput = DeepReadonly<z.input<ReturnType<typeof rulesConfigSchema>>>;

/**
 * A rules config in every form `evaluate` and `effectiveRules` take: a config as written (validated when it is
 * used), a validated config (`loadRulesConfig`'s `data`, used as it is), or `loadRulesConfig`'s result (a failed
 * one is rejected with its issues).
 *
 * A config parsed from text by `yaml`'s `parse` or `JSON.parse` is typed `any` and passes as it is; a value typed
 * `unknown` (read from a database, say) needs a cast, `value as RulesConfigInput`: the cast is safe, since the
 * value is validated before use and rejected with `invalid_config` issues when it is not a config. Better still,
 * pass the text to `loadRulesConfig` and the result here.
 *
 * @example
 * ```ts
 * import { loadRulesConfig, type RulesConfigInput, type RulesConfigOption } from 'crossdept';
 *
 * const written: RulesConfigOption = { rules: { 'retro.recognition': 'off' } };
 * const loaded: RulesConfigOption = loadRulesConfig('rules: { retro.recognition: off }');
 * const stored: unknown = JSON.parse('{ "rules": { "retro.recognition": "off" } }');
 * const cast: RulesConfigOption = stored as RulesConfigInput;
 * ```
 */
export type RulesConfigOption = RulesConfig | LoadRulesConfigResult | RulesConfigInput;

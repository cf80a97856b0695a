import {
  type Collaboration,
  evaluate,
  loadRulesConfig,
  type Report,
  type RulesConfig,
  RulesError,
} from '../index.js';
import type { CliContext } from './context.js';
import { CliFailure } from './failure.js';
import { formatOf, type InputFormat, readInput } from './files.js';
import { isReadFailure, unreadableIssue } from './load.js';
import { cliMessage } from './messages/catalogue.js';
import { formatIssue } from './output.js';
import { inputName } from './stdin.js';

/**
 * Reads and validates a PMO rules configuration file (YAML or JSON; stdin for `-`, read as YAML unless `format`
 * says JSON), or fails with a {@link CliFailure} (exit code 2) that lists every issue as
 * `file:line:column: /pointer message`.
 *
 * @param file - The path as the user gave it, or `-`.
 * @param ctx - The run's context.
 * @param format - The `--input-format` value, if any.
 * @returns The validated configuration.
 * @example
 * ```ts
 * import type { CliContext } from './context.js';
 *
 * declare const ctx: CliContext;
 * const config = await loadConfigOrFail('pmo.yaml', ctx);
 * ```
 */
export async function loadConfigOrFail(
  file: string,
  ctx: CliContext,
  format?: InputFormat,
): Promise<RulesConfig> {
  const { locale } = ctx;
  const name = inputName(file, locale);
  let text: string;
  try {
    text = await readInput(file, ctx.io.cwd, ctx.io.stdin);
  } catch (error) {
    throw new CliFailure(
      'unreadable',
      cliMessage(locale, 'at', { path: name, message: unreadableIssue(error, locale).message }),
    );
  }
  const result = loadRulesConfig(text, { format: formatOf(file, format), locale });
  if (result.success) return result.data;
  const { issues } = result;
  if (isReadFailure(issues))
    throw new CliFailure('unreadable', cliMessage(locale, 'at', { path: name, message: issues[0]!.message }));
  throw new CliFailure(
    'invalid_config',
    cliMessage(locale, 'invalidConfig', { path: name, count: issues.length }),
    issues.map((i) => formatIssue(name, i)),
  );
}

/**
 * Evaluates the rules on a collaboration at `now`, with a validated configuration.
 *
 * @param collaboration - A parsed collaboration.
 * @param now - The ISO date to evaluate at.
 * @param config - A configuration from {@link loadConfigOrFail}, or nothing for the defaults.
 * @param ctx - The run's context.
 * @returns The report, its messages in the context's locale.
 * @example
 * ```ts
 * import type { CliContext } from './context.js';
 * import { type Collaboration } from '../index.js';
 *
 * declare const ctx: CliContext;
 * declare const collaboration: Collaboration;
 * const report = await evaluateCollaboration(collaboration, '2026-11-26', undefined, ctx);
 * ```
 */
export async function evaluateCollaboration(
  collaboration: Collaboration,
  now: string,
  config: RulesConfig | undefined,
  ctx: CliContext,
): Promise<Report> {
  try {
    return await evaluate(collaboration, {
      now,
      locale: ctx.locale,
      ...(config === undefined ? {} : { config }),
    });
  } catch (error) {
    // The date, the configuration and the collaboration are validated before: this is a defect, said plainly.
    if (error instanceof RulesError) throw new CliFailure('invalid_input', error.message);
    throw error;
  }
}

/**
 * Loads the configuration file when one is named, then evaluates (for `render findings`).
 *
 * @param c - A parsed collaboration.
 * @param now - The ISO date to evaluate at.
 * @param configFile - The configuration file, if any.
 * @param ctx - The run's context.
 * @returns The report.
 * @example
 * ```ts
 * import type { CliContext } from './context.js';
 * import { type Collaboration } from '../index.js';
 *
 * declare const ctx: CliContext;
 * declare const collaboration: Collaboration;
 * const report = await evaluateWithConfig(collaboration, '2026-11-26', 'pmo.yaml', ctx);
 * ```
 */
export async function evaluateWithConfig(
  c: Collaboration,
  now: string,
  configFile: string | undefined,
  ctx: CliContext,
): Promise<Report> {
  const config = configFile === undefined ? undefined : await loadConfigOrFail(configFile, ctx);
  return evaluateCollaboration(c, now, config, ctx);
}

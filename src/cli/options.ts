import { Option } from 'commander';
import { didYouMean, isIsoDate, type Locale } from '../index.js';
import { CliFailure } from './failure.js';
import { cliMessage } from './messages/catalogue.js';

/** The values of `--locale`. @example `LOCALES.includes('en'); // true` */
export const LOCALES = ['zh-CN', 'en'] as const;

/**
 * A commander argument parser that accepts one of `allowed` and otherwise fails with a localized message and a
 * did-you-mean (`--format jsno` → "did you mean json?").
 *
 * @param flag - The option, for the message.
 * @param allowed - The accepted values.
 * @param locale - The locale of the message.
 * @returns The parser.
 * @example
 * ```ts
 * import { Option } from 'commander';
 *
 * new Option('--format <format>').argParser(choice('--format', ['text', 'json'], 'en'));
 * ```
 */
export function choice<T extends string>(flag: string, allowed: readonly T[], locale: Locale) {
  return (value: string): T => {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    const suggestion = didYouMean(value, allowed);
    throw new CliFailure(
      'usage',
      cliMessage(locale, 'invalidChoice', { flag, value, known: allowed, suggestion }),
    );
  };
}

/**
 * `--locale <locale>`: `zh-CN` or `en`.
 *
 * @param locale - The locale of the help text and messages.
 * @returns The option.
 * @example
 * ```ts
 * import type { Command } from 'commander';
 *
 * declare const command: Command;
 * command.addOption(localeOption('en'));
 * ```
 */
export function localeOption(locale: Locale): Option {
  return new Option('--locale <locale>', cliMessage(locale, 'optLocale')).argParser(
    choice('--locale', LOCALES, locale),
  );
}

/**
 * `-f, --format <format>` with the given values and default.
 *
 * @param allowed - The formats; the first is the default.
 * @param description - Help text.
 * @param locale - The locale of the help text and messages.
 * @returns The option.
 * @example
 * ```ts
 * formatOption(['text', 'json'], 'output format', 'en');
 * ```
 */
export function formatOption(allowed: readonly string[], description: string, locale: Locale): Option {
  return new Option('-f, --format <format>', description)
    .argParser(choice('--format', allowed, locale))
    .default(allowed[0]);
}

/**
 * `--now <date>`: an ISO date, checked to exist.
 *
 * @param locale - The locale of the help text and messages.
 * @returns The option.
 * @example
 * ```ts
 * import type { Command } from 'commander';
 *
 * declare const command: Command;
 * command.addOption(nowOption('en'));
 * ```
 */
export function nowOption(locale: Locale): Option {
  return new Option('--now <date>', cliMessage(locale, 'optNow')).argParser((value: string) => {
    if (isIsoDate(value)) return value;
    throw new CliFailure('usage', cliMessage(locale, 'invalidDate', { flag: '--now', value }));
  });
}

/**
 * `-c, --config <file>`: a PMO rule configuration.
 *
 * @param locale - The locale of the help text and messages.
 * @returns The option.
 * @example
 * ```ts
 * import type { Command } from 'commander';
 *
 * declare const command: Command;
 * command.addOption(configOption('en'));
 * ```
 */
export function configOption(locale: Locale): Option {
  return new Option('-c, --config <file>', cliMessage(locale, 'optConfig'));
}

/**
 * `--input-format <format>`: read the inputs as `yaml` or `json` whatever their extension; without it, by the
 * extension, and stdin (`-`) as YAML, which reads JSON too.
 *
 * @param locale - The locale of the help text and messages.
 * @returns The option.
 * @example
 * ```ts
 * import type { Command } from 'commander';
 *
 * declare const command: Command;
 * command.addOption(inputFormatOption('en'));
 * ```
 */
export function inputFormatOption(locale: Locale): Option {
  return new Option('--input-format <format>', cliMessage(locale, 'optInputFormat')).argParser(
    choice('--input-format', INPUT_FORMATS, locale),
  );
}

/** The values of `--input-format`. @example `INPUT_FORMATS.includes('json'); // true` */
export const INPUT_FORMATS = ['yaml', 'json'] as const;

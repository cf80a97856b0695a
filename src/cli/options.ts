import { Option } from 'commander';
import { didYouMean } from '../issues/did-you-mean.js';
import { isIsoDate } from '../model/primitives.js';
import { CliFailure } from './failure.js';
import type { CliMessages } from './messages.js';

/** The values of `--locale`. @example `LOCALES.includes('en'); // true` */
export const LOCALES = ['zh-CN', 'en'] as const;

/**
 * A commander argument parser that accepts one of `allowed` and otherwise fails with a localized message and a
 * did-you-mean (`--format jsno` → "did you mean json?").
 *
 * @param flag - The option, for the message.
 * @param allowed - The accepted values.
 * @param m - Messages.
 * @returns The parser.
 * @example
 * ```ts
 * import { Option } from 'commander';
 * import { cliMessages } from './messages.js';
 *
 * new Option('--format <format>').argParser(choice('--format', ['text', 'json'], cliMessages('en')));
 * ```
 */
export function choice<T extends string>(flag: string, allowed: readonly T[], m: CliMessages) {
  return (value: string): T => {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    const suggestion = didYouMean(value, allowed);
    throw new CliFailure('usage', m.suggest(m.invalidChoice(flag, value, allowed), suggestion));
  };
}

/**
 * `--locale <locale>`: `zh-CN` or `en`.
 *
 * @param m - Messages.
 * @returns The option.
 * @example
 * ```ts
 * import { Command } from 'commander';
 * import { cliMessages } from './messages.js';
 *
 * new Command('check').addOption(localeOption(cliMessages('en')));
 * ```
 */
export function localeOption(m: CliMessages): Option {
  return new Option('--locale <locale>', m.optLocale).argParser(choice('--locale', LOCALES, m));
}

/**
 * `-f, --format <format>` with the given values and default.
 *
 * @param allowed - The formats; the first is the default.
 * @param description - Help text.
 * @param m - Messages.
 * @returns The option.
 * @example
 * ```ts
 * import { cliMessages } from './messages.js';
 *
 * formatOption(['text', 'json'], 'output format', cliMessages('en'));
 * ```
 */
export function formatOption(allowed: readonly string[], description: string, m: CliMessages): Option {
  return new Option('-f, --format <format>', description)
    .argParser(choice('--format', allowed, m))
    .default(allowed[0]);
}

/**
 * `--now <date>`: an ISO date, checked to exist.
 *
 * @param m - Messages.
 * @returns The option.
 * @example
 * ```ts
 * import { Command } from 'commander';
 * import { cliMessages } from './messages.js';
 *
 * new Command('check').addOption(nowOption(cliMessages('en')));
 * ```
 */
export function nowOption(m: CliMessages): Option {
  return new Option('--now <date>', m.optNow).argParser((value: string) => {
    if (isIsoDate(value)) return value;
    throw new CliFailure('usage', m.invalidDate('--now', value));
  });
}

/**
 * `-c, --config <file>`: a PMO rule configuration.
 *
 * @param m - Messages.
 * @returns The option.
 * @example
 * ```ts
 * import { Command } from 'commander';
 * import { cliMessages } from './messages.js';
 *
 * new Command('check').addOption(configOption(cliMessages('en')));
 * ```
 */
export function configOption(m: CliMessages): Option {
  return new Option('-c, --config <file>', m.optConfig);
}

/**
 * `--input-format <format>`: read the inputs as `yaml` or `json` whatever their extension; without it, by the
 * extension, and stdin (`-`) as YAML, which reads JSON too.
 *
 * @param m - Messages.
 * @returns The option.
 * @example
 * ```ts
 * import { Command } from 'commander';
 * import { cliMessages } from './messages.js';
 *
 * new Command('check').addOption(inputFormatOption(cliMessages('en')));
 * ```
 */
export function inputFormatOption(m: CliMessages): Option {
  return new Option('--input-format <format>', m.optInputFormat).argParser(
    choice('--input-format', INPUT_FORMATS, m),
  );
}

/** The values of `--input-format`. @example `INPUT_FORMATS.includes('json'); // true` */
export const INPUT_FORMATS = ['yaml', 'json'] as const;

import type { Locale } from '../index.js';

/**
 * The locale the environment asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set (the POSIX
 * order); `zh…` means `zh-CN`, anything else (or nothing) `en`.
 *
 * @param env - Environment variables.
 * @returns `zh-CN` or `en`.
 * @example
 * ```ts
 * localeFromEnv({ LANG: 'zh_CN.UTF-8' }); // 'zh-CN'
 * localeFromEnv({ LANG: 'C.UTF-8' }); // 'en'
 * ```
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return value.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/**
 * The value of `--locale` in raw arguments, read before commander parses them so that its own error messages
 * and help can already be in that locale. Both `--locale en` and `--locale=en` count; the last one wins, as
 * commander does.
 *
 * @param argv - The arguments after the program name.
 * @returns The raw value, or `undefined` when absent.
 * @example
 * ```ts
 * localeArgument(['check', 'a.yaml', '--locale=en']); // 'en'
 * ```
 */
export function localeArgument(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--locale' && i + 1 < argv.length) found = argv[++i];
    else if (arg.startsWith('--locale=')) found = arg.slice('--locale='.length);
  }
  return found;
}

/**
 * The locale of a run: `--locale` when it names one (read before parsing, see {@link localeArgument}), else the
 * environment's (see {@link localeFromEnv}).
 *
 * @param argv - The arguments after the program name.
 * @param env - Environment variables.
 * @returns `zh-CN` or `en`.
 * @example
 * ```ts
 * runLocale(['check', 'a.yaml', '--locale', 'en'], { LANG: 'zh_CN.UTF-8' }); // 'en'
 * ```
 */
export function runLocale(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Locale {
  const requested = localeArgument(argv);
  return requested === 'en' || requested === 'zh-CN' ? requested : localeFromEnv(env);
}

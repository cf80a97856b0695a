import { defineCatalogue, type Locale } from '../../index.js';
import type { CliMessageCode, CliMessageParams } from './codes.js';
import { en } from './en.js';
import { zhCN } from './zh-cn.js';

/**
 * Every sentence and word the command line prints, in both locales, built as every catalogue in crossdept is:
 * `cliMessage(locale, code, params)`, with the one did-you-mean suffix when `params.suggestion` is set.
 *
 * @example
 * ```ts
 * import { cliMessage } from './catalogue.js';
 *
 * cliMessage('en', 'unknownRule', { name: 'team.core-sise', suggestion: 'team.core-size' });
 * // 'unknown rule "team.core-sise"; did you mean "team.core-size"?'
 * ```
 */
export const cliMessage: (locale: Locale, code: CliMessageCode, params?: CliMessageParams) => string =
  defineCatalogue<CliMessageCode, CliMessageParams>({ 'zh-CN': zhCN, en });

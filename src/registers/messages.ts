import type { Locale } from '../i18n/locale.js';
import { defineCatalogue, type SuggestionParams } from '../issues/catalogue.js';

/**
 * The machine codes of the registers' issues, which are also the codes of {@link RegisterError}s (with
 * `invalid_collaboration`, whose issues are the parse issues):
 *
 * - `invalid_options`: the options are not an object, or one of them cannot be read.
 * - `invalid_locale`: `locale` is neither `zh-CN` nor `en` (the message is in `zh-CN`).
 * - `invalid_now`: `now` is not a real ISO date.
 *
 * @example
 * ```ts
 * import type { RegisterIssueCode } from 'crossdept';
 *
 * const code: RegisterIssueCode = 'invalid_now';
 * ```
 */
export type RegisterIssueCode = 'invalid_options' | 'invalid_locale' | 'invalid_now';

/**
 * What the RACI matrix finds wrong with a row: no accountable person, several accountable people for the same
 * duty, or an accountable person without decision authority.
 *
 * @example
 * ```ts
 * import type { RaciProblemCode } from 'crossdept';
 *
 * const code: RaciProblemCode = 'no_accountable';
 * ```
 */
export type RaciProblemCode = 'no_accountable' | 'several_accountable' | 'accountable_without_authority';

/** The values a register message is filled with. */
export interface RegisterMessageParams extends SuggestionParams {
  /** The option that cannot be read. */
  readonly name?: string;
  /** What reading it threw. */
  readonly detail?: string;
  /** The value shown (a locale, a date). */
  readonly value?: string;
  /** The row of the responsibility table (from 1). */
  readonly row?: number;
  /** The duty of the row. */
  readonly duty?: string;
  /** A person's name. */
  readonly person?: string;
  /** Names, joined. */
  readonly people?: string;
}

const zh = {
  invalid_options: (p: RegisterMessageParams) =>
    p.name
      ? `登记册选项 ${p.name} 无法读取${p.detail ? `（${p.detail}）` : ''}`
      : '登记册选项应为对象：{ now, locale? }',
  invalid_locale: (p: RegisterMessageParams) => `不支持的语言 "${p.value ?? ''}"，可选：zh-CN、en`,
  invalid_now: (p: RegisterMessageParams) => `评估日期 "${p.value ?? ''}" 不是有效日期（格式 YYYY-MM-DD）`,
  no_accountable: (p: RegisterMessageParams) =>
    `职责表第 ${p.row ?? ''} 行「${p.duty ?? ''}」没有批准人（A）`,
  several_accountable: (p: RegisterMessageParams) =>
    `职责表第 ${p.row ?? ''} 行「${p.duty ?? ''}」的同一职责有多个批准人（A）：${p.people ?? ''}`,
  accountable_without_authority: (p: RegisterMessageParams) =>
    `职责表第 ${p.row ?? ''} 行「${p.duty ?? ''}」的批准人（A）${p.person ?? ''}没有决策权`,
};

const en = {
  invalid_options: (p: RegisterMessageParams) =>
    p.name
      ? `The register option ${p.name} cannot be read${p.detail ? ` (${p.detail})` : ''}`
      : 'The register options must be an object: { now, locale? }',
  invalid_locale: (p: RegisterMessageParams) => `Unsupported locale "${p.value ?? ''}"; use zh-CN or en`,
  invalid_now: (p: RegisterMessageParams) => `The date "${p.value ?? ''}" is not a valid date (YYYY-MM-DD)`,
  no_accountable: (p: RegisterMessageParams) =>
    `Row ${p.row ?? ''} of the responsibility table (“${p.duty ?? ''}”) has no accountable person (A)`,
  several_accountable: (p: RegisterMessageParams) =>
    `Row ${p.row ?? ''} of the responsibility table (“${p.duty ?? ''}”): the same duty has several accountable people (A): ${p.people ?? ''}`,
  accountable_without_authority: (p: RegisterMessageParams) =>
    `Row ${p.row ?? ''} of the responsibility table (“${p.duty ?? ''}”): the accountable person (A) ${p.person ?? ''} holds no decision authority`,
};

/**
 * The registers' messages, in both locales: `registerMessage(locale, code, params)`.
 *
 * @example
 * ```ts
 * import { registerMessage } from './messages.js';
 *
 * registerMessage('en', 'invalid_now', { value: '2026-02-30' });
 * // 'The date "2026-02-30" is not a valid date (YYYY-MM-DD)'
 * ```
 */
export const registerMessage: (
  locale: Locale,
  code: RegisterIssueCode | RaciProblemCode,
  params?: RegisterMessageParams,
) => string = defineCatalogue<RegisterIssueCode | RaciProblemCode, RegisterMessageParams>({
  'zh-CN': zh,
  en,
});

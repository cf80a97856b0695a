import type { Locale } from '../i18n/locale.js';
import { defineCatalogue, type SuggestionParams } from '../issues/catalogue.js';
import type { TemplateIssueCode } from './errors.js';

/**
 * What a field of a findings report must be, for the `invalid_report` messages.
 *
 * @example
 * ```ts
 * import type { ReportValueKind } from './messages.js';
 *
 * const kind: ReportValueKind = 'severity';
 * ```
 */
export type ReportValueKind = 'object' | 'list' | 'text' | 'number' | 'boolean' | 'severity';

/**
 * The codes of the template messages: one per issue code, and the variants that say more — an option or
 * collaboration that cannot be read (`unreadable_option`, `unreadable_collaboration`), a report field of the
 * wrong kind or one that cannot be read (`invalid_report_value`, `unreadable_report`), a `source` that is not text
 * (`invalid_source`).
 *
 * @example
 * ```ts
 * import type { TemplateMessageCode } from './messages.js';
 *
 * const code: TemplateMessageCode = 'unreadable_option';
 * ```
 */
export type TemplateMessageCode =
  | TemplateIssueCode
  | 'unreadable_option'
  | 'invalid_source'
  | 'unreadable_collaboration'
  | 'invalid_report_value'
  | 'unreadable_report';

/** The values a template message is filled with. */
export interface TemplateMessageParams extends SuggestionParams {
  /** The value given: a template name, locale, format, meeting or incident id. */
  readonly value?: string | undefined;
  /** The values to choose from, or the ids the collaboration has, as a list in words. */
  readonly options?: string | undefined;
  /** The option that cannot be read, the path of a report field, or the template that needs a date. */
  readonly name?: string | undefined;
  /** What reading it threw. */
  readonly detail?: string | undefined;
  /** What the report field must be. */
  readonly kind?: ReportValueKind | undefined;
}

const REPORT_VALUE: { readonly [L in Locale]: { readonly [K in ReportValueKind]: string } } = {
  'zh-CN': {
    object: '对象',
    list: '列表',
    text: '文本',
    number: '数字',
    boolean: '布尔值（true/false）',
    severity: 'error、warning 或 info 之一',
  },
  en: {
    object: 'an object',
    list: 'a list',
    text: 'text',
    number: 'a number',
    boolean: 'true or false',
    severity: 'one of error, warning or info',
  },
};

/**
 * Why a template cannot be rendered, in both locales: `templateMessage(locale, code, params)`, with the one
 * did-you-mean suffix when `params.suggestion` is set.
 *
 * @example
 * ```ts
 * import { templateMessage } from './messages.js';
 *
 * templateMessage('en', 'unknown_meeting', { value: 'sync-2026-10-21', options: 'sync-2026-10-12', suggestion: 'sync-2026-10-12' });
 * // 'There is no meeting "sync-2026-10-21"; the meetings are: sync-2026-10-12; did you mean "sync-2026-10-12"?'
 * ```
 */
export const templateMessage: (
  locale: Locale,
  code: TemplateMessageCode,
  params?: TemplateMessageParams,
) => string = defineCatalogue<TemplateMessageCode, TemplateMessageParams>({
  'zh-CN': {
    invalid_options: () => '渲染选项应为对象：{ locale, format, meeting?, incident?, report?, now? }',
    unknown_template: (p) => `未知的模板 "${p.value}"，可选：${p.options}`,
    invalid_locale: (p) => `不支持的语言 "${p.value}"，可选：zh-CN、en`,
    invalid_format: (p) => `不支持的输出格式 "${p.value}"，可选：markdown、html`,
    invalid_collaboration: () => '协作数据应为解析后的协作对象，或为 null（空白表单）',
    missing_meeting: () => '模板 minutes 需要在 meeting 中指定会议编号',
    unknown_meeting: (p) =>
      `会议 "${p.value}" 不存在${p.options ? `，现有会议：${p.options}` : '，该协作没有会议'}`,
    missing_incident: () => '模板 emergency-plan 需要在 incident 中指定突发事件编号',
    unknown_incident: (p) =>
      `突发事件 "${p.value}" 不存在${p.options ? `，现有突发事件：${p.options}` : '，该协作没有突发事件'}`,
    missing_now: (p) => `模板 ${p.name ?? ''} 需要在 now 中指定日期（YYYY-MM-DD）`,
    invalid_now: (p) => `日期 "${p.value ?? ''}" 不是有效日期（格式 YYYY-MM-DD）`,
    missing_report: () => '模板 findings 需要在 report 中传入 evaluate 的检查结果',
    missing_subject: () =>
      '模板 escalation 需要在 subject 中指定升级事项：milestone/<编号>、conflict/<编号> 或 incident/<编号>',
    unknown_subject: (p) =>
      `升级事项 "${p.value}" 不存在${p.options ? `，可选：${p.options}` : '，该协作没有里程碑、冲突或突发事件'}`,
    invalid_report: () => 'report 应为 evaluate 返回的检查结果：{ findings, actions, summary }',
    unreadable_option: (p) => `渲染选项 ${p.name} 无法读取${p.detail ? `（${p.detail}）` : ''}`,
    invalid_source: () => '渲染选项 source 应为文本：协作数据的来源，如文件名',
    unreadable_collaboration: (p) =>
      `协作数据无法读取或渲染${p.detail ? `（${p.detail}）` : ''}：应为解析后的协作对象，或为 null（空白表单）`,
    invalid_report_value: (p) => `report 中的 ${p.name} 应为${REPORT_VALUE['zh-CN'][p.kind ?? 'object']}`,
    unreadable_report: (p) =>
      `report 中的 ${p.name || 'report'} 无法读取${p.detail ? `（${p.detail}）` : ''}`,
  },
  en: {
    invalid_options: () =>
      'The options must be an object: { locale, format, meeting?, incident?, report?, now? }',
    unknown_template: (p) => `Unknown template "${p.value}"; choose one of: ${p.options}`,
    invalid_locale: (p) => `Unsupported locale "${p.value}"; use zh-CN or en`,
    invalid_format: (p) => `Unsupported format "${p.value}"; use markdown or html`,
    invalid_collaboration: () => 'The collaboration must be a parsed collaboration, or null for a blank form',
    missing_meeting: () => 'The minutes template needs a meeting id in `meeting`',
    unknown_meeting: (p) =>
      `There is no meeting "${p.value}"${p.options ? `; the meetings are: ${p.options}` : '; the collaboration has no meetings'}`,
    missing_incident: () => 'The emergency-plan template needs an incident id in `incident`',
    unknown_incident: (p) =>
      `There is no incident "${p.value}"${p.options ? `; the incidents are: ${p.options}` : '; the collaboration has no incidents'}`,
    missing_now: (p) =>
      `The ${p.name ?? ''} template needs the date it is seen from, in \`now\` (YYYY-MM-DD)`,
    invalid_now: (p) => `The date "${p.value ?? ''}" is not a valid date (YYYY-MM-DD)`,
    missing_report: () => 'The findings template needs the report `evaluate` returned, in `report`',
    missing_subject: () =>
      'The escalation template needs what is escalated in `subject`: milestone/<id>, conflict/<id> or incident/<id>',
    unknown_subject: (p) =>
      `There is no subject "${p.value}"${p.options ? `; choose one of: ${p.options}` : '; the collaboration has no milestones, conflicts or incidents'}`,
    invalid_report: () => 'The report must be what `evaluate` returns: { findings, actions, summary }',
    unreadable_option: (p) => `The option ${p.name} cannot be read${p.detail ? ` (${p.detail})` : ''}`,
    invalid_source: () =>
      'The option source must be text: where the collaboration was read from, such as a file name',
    unreadable_collaboration: (p) =>
      `The collaboration cannot be read or rendered${p.detail ? ` (${p.detail})` : ''}: pass a parsed collaboration, or null for a blank form`,
    invalid_report_value: (p) => `In the report, ${p.name} must be ${REPORT_VALUE.en[p.kind ?? 'object']}`,
    unreadable_report: (p) =>
      `In the report, ${p.name || 'the report'} cannot be read${p.detail ? ` (${p.detail})` : ''}`,
  },
});

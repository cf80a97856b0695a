import type { Locale } from '../../i18n/locale.js';
import { defineCatalogue } from '../../issues/catalogue.js';
import type { TemplateLabelCode, TemplateLabelParams } from './codes.js';
import { en } from './en.js';
import { zhCN } from './zh-cn.js';

/**
 * Every word and phrase the templates print, per locale — field labels mirroring the playbook's templates in
 * Chinese, natural English labels, enum values, and the formats of dates, people and counts — built as every
 * catalogue in crossdept is and called the same way: `templateLabel(locale, code, params)`.
 *
 * @example
 * ```ts
 * import { templateLabel } from './catalogue.js';
 *
 * templateLabel('zh-CN', 'kickoff.title'); // '跨部门协作启动表'
 * templateLabel('en', 'period', { start: '2026-09-01', end: '2026-11-30' }); // '2026-09-01 to 2026-11-30'
 * ```
 */
export const templateLabel: (
  locale: Locale,
  code: TemplateLabelCode,
  params?: TemplateLabelParams,
) => string = defineCatalogue<TemplateLabelCode, TemplateLabelParams>({ 'zh-CN': zhCN, en });

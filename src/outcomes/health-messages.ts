import type { Locale } from '../i18n/locale.js';
import { defineCatalogue, type SuggestionParams } from '../issues/catalogue.js';

/** The causes a health status names (see `HealthCause`). */
export type HealthMessageCode =
  | 'escalation-due'
  | 'critical-late'
  | 'escalation-upcoming'
  | 'measure-off-track'
  | 'critical-float';

/** The values a health reason is filled with. */
export interface HealthMessageParams extends SuggestionParams {
  readonly name?: string;
  readonly subject?: string;
  readonly toLevel?: number;
  readonly title?: string;
  readonly reason?: string;
  readonly due?: string;
  readonly forecast?: string;
  readonly days?: number;
  readonly amber?: number;
  readonly dueOn?: string;
  readonly latest?: number | undefined;
  readonly latestOn?: string | undefined;
  readonly expected?: number;
}

/**
 * The sentences of the health reasons that are not findings, in both locales.
 *
 * @example
 * ```ts
 * import { healthMessage } from './health-messages.js';
 *
 * healthMessage('en', 'critical-float', { name: '产品上市', due: '2026-11-30', days: 2, amber: 3 });
 * // 'Critical milestone “产品上市” has 2 days of float left before its due date 2026-11-30, less than 3'
 * ```
 */
export const healthMessage: (
  locale: Locale,
  code: HealthMessageCode,
  params?: HealthMessageParams,
) => string = defineCatalogue<HealthMessageCode, HealthMessageParams>({
  'zh-CN': {
    'escalation-due': (p) => `应升级到第 ${p.toLevel} 级${p.title ? `（${p.title}）` : ''}：${p.reason}`,
    'critical-late': (p) => `关键里程碑「${p.name}」预计 ${p.forecast} 完成，比时限 ${p.due} 晚 ${p.days} 天`,
    'escalation-upcoming': (p) =>
      `「${p.subject}」将于 ${p.dueOn} 升级到第 ${p.toLevel} 级${p.title ? `（${p.title}）` : ''}，除非在此之前解决`,
    'measure-off-track': (p) =>
      `指标「${p.name}」最新实际值 ${p.latest}（${p.latestOn}）落后于按进度此时应达到的 ${p.expected}`,
    'critical-float': (p) =>
      `关键里程碑「${p.name}」距时限 ${p.due} 只剩 ${p.days} 天浮动，少于 ${p.amber} 天`,
  },
  en: {
    'escalation-due': (p) => `Escalate to level ${p.toLevel}${p.title ? ` (${p.title})` : ''}: ${p.reason}`,
    'critical-late': (p) =>
      `Critical milestone “${p.name}” is forecast to finish on ${p.forecast}, ${p.days} days after its due date ${p.due}`,
    'escalation-upcoming': (p) =>
      `“${p.subject}” escalates to level ${p.toLevel}${p.title ? ` (${p.title})` : ''} on ${p.dueOn} unless it is settled first`,
    'measure-off-track': (p) =>
      `Measure “${p.name}” stands at ${p.latest} (${p.latestOn}), behind the ${p.expected} expected by now`,
    'critical-float': (p) =>
      `Critical milestone “${p.name}” has ${p.days} days of float left before its due date ${p.due}, less than ${p.amber}`,
  },
});

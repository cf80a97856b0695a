import type { Locale } from '../i18n/locale.js';
import { defineCatalogue, type SuggestionParams } from '../issues/catalogue.js';

/** The code of every phrase a calendar or a notification shows. @example `const code: IntegrationWord = 'milestone';` */
export type IntegrationWord =
  | 'calendarName'
  | 'milestone'
  | 'status'
  | 'forecast'
  | 'completed'
  | 'onTime'
  | 'late'
  | 'early'
  | 'department'
  | 'owner'
  | 'meetingKind'
  | 'chair'
  | 'attendees'
  | 'form'
  | 'action'
  | 'fromMeeting'
  | 'escalationDue'
  | 'escalationUpcoming'
  | 'decides'
  | 'reason'
  | `status.${'planned' | 'in-progress' | 'blocked' | 'done'}`
  | `kind.${'progress-sync' | 'review' | 'decision' | 'ad-hoc' | 'retrospective'}`
  | `channel.${'in-person' | 'online' | 'shared-docs'}`
  | 'title'
  | 'health.green'
  | 'health.amber'
  | 'health.red'
  | 'sectionEscalations'
  | 'sectionUpcoming'
  | 'sectionErrors'
  | 'sectionWarnings'
  | 'more'
  | 'nothingNew'
  | 'seenAt'
  | 'level'
  | 'by';

/** The values a phrase is filled with. @example `const p: WordParams = { name: '上市' };` */
export interface WordParams extends SuggestionParams {
  readonly name?: string;
  readonly value?: string;
  readonly count?: number;
  readonly level?: number;
  readonly date?: string;
}

/**
 * The phrases of calendars and notifications, in both locales.
 *
 * @example
 * ```ts
 * import { integrationWord } from './words.js';
 *
 * integrationWord('en', 'milestone', { name: 'Launch' }); // 'Milestone: Launch'
 * ```
 */
export const integrationWord: (locale: Locale, code: IntegrationWord, params?: WordParams) => string =
  defineCatalogue<IntegrationWord, WordParams>({
    'zh-CN': {
      calendarName: (p) => `${p.name ?? ''}（crossdept）`,
      milestone: (p) => `里程碑：${p.name ?? ''}`,
      status: (p) => `状态：${p.value ?? ''}`,
      forecast: (p) => `预测完成：${p.date ?? ''}（${p.value ?? ''}）`,
      completed: (p) => `完成于：${p.date ?? ''}（${p.value ?? ''}）`,
      onTime: () => '按期',
      late: (p) => `延误 ${p.count ?? 0} 天`,
      early: (p) => `提前 ${p.count ?? 0} 天`,
      department: (p) => `负责部门：${p.name ?? ''}`,
      owner: (p) => `负责人：${p.name ?? ''}`,
      meetingKind: (p) => `会议类型：${p.value ?? ''}`,
      chair: (p) => `主持人：${p.name ?? ''}`,
      attendees: (p) => `参会人：${p.value ?? ''}`,
      form: (p) => `形式：${p.value ?? ''}`,
      action: (p) => `待办：${p.name ?? ''}`,
      fromMeeting: (p) => `来自会议：${p.name ?? ''}（${p.date ?? ''}）`,
      escalationDue: (p) => `升级到第 ${p.level ?? 0} 级：${p.name ?? ''}`,
      escalationUpcoming: (p) => `即将升级到第 ${p.level ?? 0} 级：${p.name ?? ''}`,
      decides: (p) => `决策人：${p.name ?? ''}`,
      reason: (p) => `原因：${p.value ?? ''}`,
      'status.planned': () => '计划中',
      'status.in-progress': () => '进行中',
      'status.blocked': () => '受阻',
      'status.done': () => '已完成',
      'kind.progress-sync': () => '进度同步会',
      'kind.review': () => '评审会',
      'kind.decision': () => '决策会',
      'kind.ad-hoc': () => '临时会议',
      'kind.retrospective': () => '复盘会',
      'channel.in-person': () => '线下',
      'channel.online': () => '线上',
      'channel.shared-docs': () => '文档协同',
      title: (p) => `crossdept｜${p.name ?? ''}`,
      'health.green': () => '🟢 正常',
      'health.amber': () => '🟡 需关注',
      'health.red': () => '🔴 需处理',
      sectionEscalations: () => '待升级事项',
      sectionUpcoming: () => '即将升级',
      sectionErrors: () => '错误',
      sectionWarnings: () => '警告',
      more: (p) => `另有 ${p.count ?? 0} 项未列出`,
      nothingNew: () => '没有新的升级事项或问题',
      seenAt: (p) => `检查日期：${p.date ?? ''}`,
      level: (p) => `第 ${p.level ?? 0} 级`,
      by: (p) => `请 ${p.name ?? ''} 于 ${p.date ?? ''} 前决策`,
    },
    en: {
      calendarName: (p) => `${p.name ?? ''} (crossdept)`,
      milestone: (p) => `Milestone: ${p.name ?? ''}`,
      status: (p) => `Status: ${p.value ?? ''}`,
      forecast: (p) => `Forecast finish: ${p.date ?? ''} (${p.value ?? ''})`,
      completed: (p) => `Completed on ${p.date ?? ''} (${p.value ?? ''})`,
      onTime: () => 'on time',
      late: (p) => `${p.count ?? 0} day${p.count === 1 ? '' : 's'} late`,
      early: (p) => `${p.count ?? 0} day${p.count === 1 ? '' : 's'} early`,
      department: (p) => `Department: ${p.name ?? ''}`,
      owner: (p) => `Owner: ${p.name ?? ''}`,
      meetingKind: (p) => `Meeting: ${p.value ?? ''}`,
      chair: (p) => `Chair: ${p.name ?? ''}`,
      attendees: (p) => `Attendees: ${p.value ?? ''}`,
      form: (p) => `Form: ${p.value ?? ''}`,
      action: (p) => `Action: ${p.name ?? ''}`,
      fromMeeting: (p) => `From the meeting: ${p.name ?? ''} (${p.date ?? ''})`,
      escalationDue: (p) => `Escalate to level ${p.level ?? 0}: ${p.name ?? ''}`,
      escalationUpcoming: (p) => `Escalation to level ${p.level ?? 0} coming up: ${p.name ?? ''}`,
      decides: (p) => `Decides: ${p.name ?? ''}`,
      reason: (p) => `Reason: ${p.value ?? ''}`,
      'status.planned': () => 'planned',
      'status.in-progress': () => 'in progress',
      'status.blocked': () => 'blocked',
      'status.done': () => 'done',
      'kind.progress-sync': () => 'progress sync',
      'kind.review': () => 'review',
      'kind.decision': () => 'decision meeting',
      'kind.ad-hoc': () => 'ad-hoc meeting',
      'kind.retrospective': () => 'retrospective',
      'channel.in-person': () => 'in person',
      'channel.online': () => 'online',
      'channel.shared-docs': () => 'shared documents',
      title: (p) => `crossdept | ${p.name ?? ''}`,
      'health.green': () => '🟢 on track',
      'health.amber': () => '🟡 needs attention',
      'health.red': () => '🔴 action needed',
      sectionEscalations: () => 'Escalations due',
      sectionUpcoming: () => 'Escalations coming up',
      sectionErrors: () => 'Errors',
      sectionWarnings: () => 'Warnings',
      more: (p) => `${p.count ?? 0} more not shown`,
      nothingNew: () => 'No new escalations or findings',
      seenAt: (p) => `Checked on ${p.date ?? ''}`,
      level: (p) => `level ${p.level ?? 0}`,
      by: (p) => `${p.name ?? ''} to decide by ${p.date ?? ''}`,
    },
  });

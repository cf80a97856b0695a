// Held-out goal sentences: written after the analyzer's lexicons were frozen, labelled by the same rules as
// goals.dataset.ts, and never used to tune the analyzer. Their disagreements are reported as they are.
import type { Locale } from '../../src/i18n/locale.js';
import type { LabelledGoal } from './goals.dataset.js';

type Row = readonly [id: string, text: string, m: 0 | 1, t: 0 | 1, s: 0 | 1, a: 0 | 1, note?: string];

function rows(locale: Locale, list: readonly Row[]): LabelledGoal[] {
  return list.map(([id, text, m, t, s, a, note]) => ({
    id,
    locale,
    text,
    measurable: m === 1,
    timeBound: t === 1,
    specific: s === 1,
    assignable: a === 1,
    ...(note === undefined ? {} : { note }),
  }));
}

const ZH: readonly Row[] = [
  ['h-zh-01', '物流部在下季度将平均配送时效缩短到48小时以内', 1, 1, 1, 1],
  ['h-zh-02', '全面提升门店服务水平', 0, 0, 0, 0],
  ['h-zh-03', '12月15日前完成年度审计报告的编制', 0, 1, 1, 0],
  ['h-zh-04', '今年新开门店不少于20家', 1, 1, 1, 0],
  ['h-zh-05', '采购部要在两个月内把供应商数量从120家精简到80家', 1, 1, 1, 1],
  ['h-zh-06', '努力提高员工满意度', 0, 0, 0, 0],
  ['h-zh-07', '第二季度线上订单量同比增长30%', 1, 1, 1, 0],
  ['h-zh-08', '人事部每季度组织一次全员安全培训', 0, 0, 1, 1, 'a cadence, and one session is no target'],
  ['h-zh-09', '在9月30日之前将网站平均加载时间降到2秒以内', 1, 1, 1, 0],
  ['h-zh-10', '打造行业一流的研发团队', 0, 0, 0, 0],
  ['h-zh-11', '我计划在半年内考取CPA证书', 0, 1, 1, 1],
  ['h-zh-12', '客服热线的接通率要保持在95%以上', 1, 0, 1, 0],
  ['h-zh-13', '下个月底前上线新版会员小程序，首月新增注册用户3万', 1, 1, 1, 0],
  ['h-zh-14', '争取让更多客户满意', 0, 0, 0, 0],
  ['h-zh-15', '销售团队今年要完成8000万元的销售目标', 1, 1, 1, 1],
];

const EN: readonly Row[] = [
  [
    'h-en-01',
    'By the end of Q3, the procurement team will consolidate our supplier list from 120 vendors to 80.',
    1,
    1,
    1,
    1,
  ],
  ['h-en-02', 'Reduce medication errors on the ward by 30% over the next 12 months.', 1, 1, 1, 0],
  ['h-en-03', 'I will complete three online courses on leadership before December 1.', 1, 1, 1, 1],
  ['h-en-04', 'Be more proactive in meetings.', 0, 0, 0, 0],
  ['h-en-05', 'Increase first-call resolution from 65% to 75% in the second quarter.', 1, 1, 1, 0],
  ['h-en-06', 'Streamline the invoice approval process.', 0, 0, 0, 0],
  [
    'h-en-07',
    'The logistics department will cut average delivery time to 2 days by the end of this year.',
    1,
    1,
    1,
    1,
  ],
  [
    'h-en-08',
    'Publish a monthly newsletter for employees.',
    0,
    0,
    1,
    0,
    'a cadence, and one newsletter is no target',
  ],
  ['h-en-09', 'Achieve zero lost-time injuries at the plant this fiscal year.', 1, 1, 1, 0],
  ['h-en-10', 'Grow monthly active users to 50,000 by June 30, 2026.', 1, 1, 1, 0],
  ['h-en-11', 'Work on improving customer relationships.', 0, 0, 0, 0],
  ['h-en-12', 'Within six weeks, HR will hire 4 nurses for the night shift.', 1, 1, 1, 1],
  ['h-en-13', 'Lower our energy use by 8% compared with last year.', 1, 0, 1, 1],
  ['h-en-14', 'Send the final budget proposal to the CFO by next Monday.', 0, 1, 1, 0],
  ['h-en-15', 'Make sure every new hire feels welcome.', 0, 0, 0, 0],
];

/** The held-out set. */
export const HELD_OUT_GOALS: readonly LabelledGoal[] = [...rows('zh-CN', ZH), ...rows('en', EN)];

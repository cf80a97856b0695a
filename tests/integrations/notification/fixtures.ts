import type { Finding, Report } from '../../../src/rules/report.js';

export const NOW = '2026-11-26';

export function finding(severity: Finding['severity'], subjectId: string, message: string): Finding {
  return {
    ruleId: `test.${severity}`,
    severity,
    scope: 'milestone',
    subjectId,
    path: `/milestones/${subjectId}`,
    message,
    explanation: [],
  };
}

/** A report with one escalation due, one error and one warning about the worked example. */
export function busyReport(): Report {
  const findings = [
    finding('warning', 'beta', '测试版交付偏晚'),
    finding('error', 'launch', '里程碑「产品上市」预计延误 3 天'),
  ];
  return {
    findings,
    actions: [
      {
        type: 'escalate',
        ruleId: 'conflict.escalate-after-failed-negotiation',
        scope: 'conflict',
        subjectId: 'budget-priority',
        toLevel: 2,
        title: '分管副总',
        person: 'wang',
        reason: '两次协商未达成一致',
      },
    ],
    upcoming: [],
    summary: { error: 1, warning: 1, info: 0 },
  };
}

/** A report with `n` errors whose messages are long Chinese sentences. */
export function floodReport(
  n: number,
  message = '里程碑已逾期，需要协调资源并在本周内完成交付，否则影响上市',
): Report {
  const findings = Array.from({ length: n }, (_, i) => finding('error', `m${i}`, `${i}：${message}`));
  return { findings, actions: [], upcoming: [], summary: { error: n, warning: 0, info: 0 } };
}

import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('scope.initiator', () => {
  it('fires without an initiating department, in both locales', async () => {
    const en = await evaluateChanged((c) => {
      delete c.initiatingDepartment;
    });
    expect(ruleIds(en)).toEqual(['scope.initiator']);
    expect(en.findings[0]).toMatchObject({
      severity: 'warning',
      path: '/initiatingDepartment',
      message:
        'No initiating department is stated (initiatingDepartment): the initiating department leads the collaboration',
    });
    const zh = await evaluateChanged(
      (c) => {
        delete c.initiatingDepartment;
      },
      { locale: 'zh-CN' },
    );
    expect(zh.findings[0]?.message).toBe('没有写明发起部门（initiatingDepartment）：发起部门牵头推动协作');
  });

  it('fires without a date of initiation', async () => {
    const report = await evaluateChanged((c) => {
      delete c.initiatedOn;
    });
    expect(report.findings).toMatchObject([
      {
        ruleId: 'scope.initiator',
        path: '/initiatedOn',
        message: 'The date the collaboration was initiated is not stated (initiatedOn)',
      },
    ]);
  });
});

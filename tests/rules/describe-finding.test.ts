import { describe, expect, it } from 'vitest';
import { describeFinding } from '../../src/index.js';
import { parseCollaboration } from '../../src/model/parse.js';
import type { Collaboration } from '../../src/model/types.js';
import { changed, evaluateChanged, findingsOf, type Input } from './helpers.js';

const reopen = (c: Input) => {
  c.meetings[1].actions[0].done = false;
};
const parsedOf = (mutate: (c: Input) => void): Collaboration => {
  const result = parseCollaboration(changed(mutate));
  if (!result.success) throw new Error('does not parse');
  return result.data;
};

describe('describeFinding', () => {
  it('says why an action is overdue in sentences with dates, and where it is', async () => {
    const report = await evaluateChanged(reopen, { now: '2026-12-10' });
    const finding = findingsOf(report, 'exec.action-overdue')[0]!;
    const c = parsedOf(reopen);
    expect(describeFinding(c, finding, { locale: 'en' })).toEqual({
      place: 'The action “确认上市发布会场地” of meeting “新产品上市第11周进度同步会”',
      why: [
        'The action is done: no',
        'The resolved due date 2026-11-20, before the evaluation date 2026-12-10',
      ],
    });
    expect(describeFinding(c, finding, { locale: 'zh-CN' })).toEqual({
      place: '会议「新产品上市第11周进度同步会」的行动项「确认上市发布会场地」',
      why: ['已完成：否', '解析后的完成时限 2026-11-20，早于评估日期 2026-12-10'],
    });
  });

  it('names a milestone, a row of the responsibility table and a field of the collaboration', async () => {
    const late = (c: Input) => {
      c.responsibilities[1].owner = undefined;
      delete c.responsibilities[1].owner;
      delete c.initiatedOn;
    };
    const report = await evaluateChanged(late, { locale: 'zh-CN' });
    const c = parsedOf(late);
    const places = report.findings.map((f) => describeFinding(c, f, { locale: 'zh-CN' }).place);
    expect(places).toContain('协作「新产品上市」的字段 initiatedOn');
    expect(places).toContain('职责表第 2 行（市场部）');
    const overdue = await evaluateChanged(undefined, { now: '2026-12-03' });
    const milestone = findingsOf(overdue, 'exec.milestone-overdue')[0]!;
    expect(
      describeFinding(
        parsedOf(() => {}),
        milestone,
      ).place,
    ).toBe('里程碑「产品上市」');
  });

  it('never throws, whatever it is given', () => {
    expect(describeFinding(null as never, null as never)).toEqual({ place: '', why: [] });
    expect(
      describeFinding({} as never, { scope: 'milestone', subjectId: 'x' } as never, 'en' as never),
    ).toEqual({
      place: '里程碑「x」',
      why: [],
    });
  });
});

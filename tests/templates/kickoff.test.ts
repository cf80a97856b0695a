import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/templates/index.js';
import type { kickoffDocument } from '../../src/templates/kickoff.js';
import { example } from '../fixtures/example.js';
import { exampleWith } from './helpers.js';

const md = (c: Parameters<typeof kickoffDocument>[0], locale: 'zh-CN' | 'en' = 'zh-CN') =>
  renderTemplate('kickoff', c, { locale, format: 'markdown' });

describe('kickoff', () => {
  it('ticks the chosen cadences, forms and decision mechanism over every option, in order', () => {
    const text = md(
      exampleWith(() => ({
        communication: { cadences: [{ kind: 'monthly' }], channels: ['online'] },
        decisionMechanism: 'superior-approval',
      })),
    );
    expect(text).toContain('| 沟通频率 | □ 周例会　□ 双周会　☑ 月度会　□ 临时会议 |');
    expect(text).toContain('| 沟通形式 | □ 线下　☑ 线上　□ 文档协同（如飞书/钉钉文档） |');
    expect(text).toContain('□ 组长决策　□ 部门投票　☑ 共同上级审批');
  });

  it('leaves every box unticked when nothing is chosen', () => {
    const { communication: _c, decisionMechanism: _d, ...rest } = example();
    const text = md(rest);
    expect(text).not.toContain('☑');
    expect(text).not.toContain('根据实际情况勾选');
  });

  it('shows relative due dates in words and as dates, absolute ones plain', () => {
    const c = exampleWith((e) => ({
      responsibilities: [
        { ...e.responsibilities[0]!, due: { days: 10 } },
        { ...e.responsibilities[1]!, due: { month: 3, part: 'start' } },
        { ...e.responsibilities[2]!, due: '2026-10-20' },
      ],
    }));
    const zh = md(c);
    expect(zh).toContain('| 第10天（2026-09-11） |');
    expect(zh).toContain('| 第3个月初（2026-11-01） |');
    expect(zh).toContain('| 2026-10-20 |');
    const en = md(c, 'en');
    expect(en).toContain('| day 10 (2026-09-11) |');
    expect(en).toContain('| start of month 3 (2026-11-01) |');
    expect(md(example(), 'en')).toContain('| end of month 1 (2026-09-30) |');
  });

  it('names people and departments, and shows unknown ids as they are', () => {
    const c = exampleWith((e) => ({
      responsibilities: [{ ...e.responsibilities[0]!, department: 'legal', owner: 'nobody' }],
      risks: [{ id: 'r', description: 'd', owner: 'wang' }],
    }));
    const text = md(c);
    expect(text).toContain('| legal | nobody | 完成产品功能开发 |');
    expect(text).toContain('| d |  | 王磊（研发部经理） |');
    expect(md(example())).toContain('| 组长 | 王磊（研发部经理） |');
    expect(md(example(), 'en')).toContain('| Team leader | 王磊 (研发部经理) |');
  });

  it('lists a participating department without a responsibility with its role and who speaks for it', () => {
    expect(md(example())).toContain('| 总经办 | 周平（分管副总） | 决策角色：审批决策、提供资源支持 |  |  |');
    expect(md(example(), 'en')).toContain(
      '| 总经办 | 周平 (分管副总) | Decision role: approves and provides resources |  |  |',
    );
  });

  it('labels 发起日期 “Initiated on” in English', () => {
    expect(md(example(), 'en')).toContain('| Initiated on | 2026-09-01 |');
  });

  it('says "none" for an empty risk table instead of an empty table', () => {
    expect(md(exampleWith(() => ({ risks: [] })))).toContain('## 风险预判与应对\n\n无\n');
  });

  it('shows a department named <script> as text', () => {
    const c = exampleWith((e) => ({
      departments: e.departments.map((d) =>
        d.id === 'rd' ? { ...d, name: '<script>alert(1)</script>' } : d,
      ),
    }));
    const html = renderTemplate('kickoff', c, { locale: 'zh-CN', format: 'html' });
    expect(html).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>');
    expect(html).not.toContain('<script>');
    expect(md(c)).toContain('| &lt;script&gt;alert(1)&lt;/script&gt; |');
  });

  it('blank form: empty fields, empty rows, no ticks, and the filling hint', () => {
    const text = md(null);
    expect(text).toContain('| 项目/任务名称 |  |');
    expect(text).toContain('| 沟通频率 | □ 周例会　□ 双周会　□ 月度会　□ 临时会议　（根据实际情况勾选） |');
    expect(text).toContain('|  |  |  |  |  |\n|  |  |  |  |  |\n|  |  |  |  |  |');
  });
});

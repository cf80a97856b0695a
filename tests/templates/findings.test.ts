import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/rules/report.js';
import { renderTemplate, safeRenderTemplate } from '../../src/templates/index.js';
import { example } from '../fixtures/example.js';
import { sampleReport } from './fixtures.js';

const md = (report: Report, locale: 'zh-CN' | 'en' = 'en') =>
  renderTemplate('findings', example(), { locale, format: 'markdown', report });

describe('findings', () => {
  it('groups findings by severity, most serious first, and counts them', () => {
    const report = sampleReport('en');
    // Shuffle severities: the grouping, not the input order, decides the sections' order.
    const text = md({ ...report, findings: [...report.findings].reverse() });
    const errors = text.indexOf('## Errors (2)');
    const warnings = text.indexOf('## Warnings (2)');
    const notes = text.indexOf('## Notes (1)');
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(notes).toBeGreaterThan(warnings);
    expect(text).toContain('| Result | 2 errors, 2 warnings, 1 note |');
  });

  it('names subjects and explains conditions, fact references and negations included', () => {
    const text = md(sampleReport('zh-CN'), 'zh-CN');
    expect(text).toContain('| milestone.overdue | 里程碑：产品上市 | 里程碑「产品上市」 |');
    expect(text).toContain('| team.core-size | 协作：新产品上市 | 协作「新产品上市」的字段 team.core |');
    expect(text).toContain('workdaysAtLevel：4，超过levelTimeboxDays 3');
    expect(text).toContain('并非如此：person.decisionAuthority：否（不成立）');
    // The technical trace stays in the HTML page, collapsed.
    expect(text).not.toContain('workdaysAtLevel &gt; levelTimeboxDays');
    const html = renderTemplate('findings', example(), {
      locale: 'zh-CN',
      format: 'html',
      report: sampleReport('zh-CN'),
    });
    expect(html).toContain('<details>\n<summary>技术细节：错误（条件求值与 JSON 指针）</summary>');
    expect(html).toContain('milestone.overdue /milestones/4');
    expect(html).toContain('workdaysAtLevel &gt; levelTimeboxDays（= 3）：实际为 4（成立）');
  });

  it('lists escalations, taking the title and person from the escalation path when the action has none', () => {
    const report: Report = {
      findings: [],
      actions: [
        {
          type: 'escalate',
          ruleId: 'conflict.escalate',
          scope: 'conflict',
          subjectId: 'budget-priority',
          toLevel: 2,
          reason: 'r',
        },
      ],
      upcoming: [],
      summary: { error: 0, warning: 0, info: 0 },
    };
    expect(md(report)).toContain(
      '| Conflict: 线上推广预算与线下渠道投入的优先级 | Level 2: 分管副总 | 周平 (分管副总) | r | conflict.escalate |',
    );
  });

  it('says so when there is nothing to report', () => {
    const text = md({ findings: [], actions: [], upcoming: [], summary: { error: 0, warning: 0, info: 0 } });
    expect(text).toContain('No findings.');
    expect(text).toContain('Nothing to escalate.');
  });

  it('shows an unknown subject by id and any value in explanations without failing', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const text = md({
      findings: [
        {
          ruleId: 'x',
          severity: 'info',
          scope: 'milestone',
          subjectId: 'nope',
          path: '',
          message: 'm',
          explanation: [
            { fact: 'f', operator: 'custom', expected: cyclic, actual: undefined, result: false },
            { fact: 'g', operator: 'equal', expected: 'x'.repeat(500), actual: 10n, result: false },
          ],
        },
      ],
      actions: [],
      upcoming: [],
      summary: { error: 0, warning: 0, info: 1 },
    });
    expect(text).toContain(
      '| x | Milestone: nope | Milestone “nope” | m | f: none (custom \\[object Object\\]) (not met)<br>g: 10 (not met) |',
    );
  });

  it('names where the collaboration came from when asked, escaped like every value', () => {
    const report = sampleReport('en');
    const plain = md(report);
    expect(plain).not.toContain('| File |');
    const named = renderTemplate('findings', example(), {
      locale: 'en',
      format: 'markdown',
      report,
      source: 'p/<b>x</b>|y.yaml',
    });
    expect(named).toContain(
      '| Project or task | 新产品上市 |\n| File | p/&lt;b&gt;x&lt;/b&gt;\\|y.yaml |\n| Result |',
    );
    expect(named.replace('| File | p/&lt;b&gt;x&lt;/b&gt;\\|y.yaml |\n', '')).toBe(plain);
    const zh = renderTemplate('findings', example(), {
      locale: 'zh-CN',
      format: 'html',
      report,
      source: 'a.yaml',
    });
    expect(zh).toContain('<th scope="row">文件</th>');
  });

  it('rejects a source that is not text, as an invalid option', () => {
    const result = safeRenderTemplate('findings', example(), {
      locale: 'en',
      format: 'markdown',
      report: sampleReport('en'),
      source: 3 as never,
    });
    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'invalid_options',
          path: ['options', 'source'],
          pointer: '/options/source',
          message:
            'The option source must be text: where the collaboration was read from, such as a file name',
        },
      ],
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { Collaboration } from '../../src/model/types.js';
import {
  type RenderTemplateOptions,
  type RenderTemplateResult,
  renderTemplate,
  safeRenderTemplate,
  TemplateError,
  type TemplateIssue,
  type TemplateName,
} from '../../src/templates/index.js';
import { readReport } from '../../src/templates/report-input.js';
import { example } from '../fixtures/example.js';
import { sampleReport } from './fixtures.js';

const thrower = (): never => {
  throw new Error('hostile trap');
};

/** A Proxy whose every trap throws. */
const trapped = (target: object = {}): object =>
  new Proxy(target, {
    get: thrower,
    has: thrower,
    ownKeys: thrower,
    getOwnPropertyDescriptor: thrower,
    getPrototypeOf: thrower,
  });

/** Calls with values the types forbid, as JavaScript callers can. */
const loose = (name: unknown, collaboration: unknown, options: unknown): RenderTemplateResult =>
  safeRenderTemplate(
    name as TemplateName,
    collaboration as Collaboration | null,
    options as RenderTemplateOptions,
  ) as RenderTemplateResult;

const issuesOf = (r: RenderTemplateResult): readonly TemplateIssue[] => (r.success ? [] : r.issues);

/** The findings template's issues for a report, and the same issues thrown by renderTemplate as a TemplateError. */
function reportIssues(report: unknown): readonly TemplateIssue[] {
  const options = { locale: 'en', format: 'markdown', report };
  const issues = issuesOf(loose('findings', example(), options));
  expect(issues.length).toBeGreaterThan(0);
  expect(() => renderTemplate('findings', example(), options as RenderTemplateOptions)).toThrow(
    TemplateError,
  );
  return issues;
}

describe('the findings report option', () => {
  it('rejects null findings, actions and explanations with the path to each, instead of a TypeError', () => {
    const report = sampleReport('en');
    const finding = report.findings[0]!;
    expect(reportIssues({ findings: [null], actions: [] })).toEqual([
      {
        code: 'invalid_report',
        path: ['options', 'report', 'findings', 0],
        pointer: '/options/report/findings/0',
        message: 'In the report, findings/0 must be an object',
      },
    ]);
    expect(reportIssues({ findings: [], actions: [null] }).map((i) => i.pointer)).toEqual([
      '/options/report/actions/0',
    ]);
    expect(
      reportIssues({ findings: [{ ...finding, explanation: [null] }], actions: [] }).map((i) => i.pointer),
    ).toEqual(['/options/report/findings/0/explanation/0']);
  });

  it('rejects fields of the wrong type, naming the field and what it must be, in the requested locale', () => {
    const finding = sampleReport('en').findings[0]!;
    const issues = reportIssues({ findings: [{ ...finding, severity: 'fatal', message: 5 }], actions: [] });
    expect(issues.map((i) => [i.pointer, i.message])).toEqual([
      ['/options/report/findings/0/message', 'In the report, findings/0/message must be text'],
      [
        '/options/report/findings/0/severity',
        'In the report, findings/0/severity must be one of error, warning or info',
      ],
    ]);
    const zh = issuesOf(
      loose('findings', example(), {
        locale: 'zh-CN',
        format: 'html',
        report: { findings: [], actions: [7] },
      }),
    );
    expect(zh.map((i) => i.message)).toEqual(['report 中的 actions/0 应为对象']);
  });

  it('turns getters and Proxies that throw anywhere in the report into issues', () => {
    const finding = sampleReport('en').findings[0]!;
    const getter = Object.defineProperty({ ...finding }, 'message', { get: thrower, enumerable: true });
    expect(reportIssues({ findings: [getter], actions: [] })).toEqual([
      {
        code: 'invalid_report',
        path: ['options', 'report', 'findings', 0, 'message'],
        pointer: '/options/report/findings/0/message',
        message: 'In the report, findings/0/message cannot be read (hostile trap)',
      },
    ]);
    expect(reportIssues(trapped()).map((i) => i.pointer)).toEqual([
      '/options/report/findings',
      '/options/report/actions',
      '/options/report/upcoming',
    ]);
    expect(reportIssues({ findings: trapped([]), actions: [] }).map((i) => i.pointer)).toEqual([
      '/options/report/findings',
    ]);
    expect(reportIssues({ findings: [trapped()], actions: [] }).map((i) => i.code)).toContain(
      'invalid_report',
    );
    expect(
      reportIssues({ findings: [{ ...finding, explanation: [trapped()] }], actions: [] }).every(
        (i) => i.code === 'invalid_report',
      ),
    ).toBe(true);
  });

  it('renders any value a condition was compared with, even one whose conversion throws', () => {
    const finding = sampleReport('en').findings[0]!;
    const hostile = { toString: thrower, valueOf: thrower, toJSON: thrower };
    const explanation = [
      { fact: 'f', operator: 'equal', expected: hostile, actual: trapped(), result: false },
    ];
    const text = renderTemplate('findings', example(), {
      locale: 'en',
      format: 'markdown',
      report: {
        findings: [{ ...finding, explanation }],
        actions: [],
        upcoming: [],
        summary: { error: 1, warning: 0, info: 0 },
      },
    });
    expect(text).toContain('f: \\[object\\] (not met)');
    const html = renderTemplate('findings', example(), {
      locale: 'en',
      format: 'html',
      report: {
        findings: [{ ...finding, explanation }],
        actions: [],
        upcoming: [],
        summary: { error: 1, warning: 0, info: 0 },
      },
    });
    expect(html).toContain('f = [object]: actual [object] (not met)');
  });

  it('stops at 20 issues', () => {
    const issues = reportIssues({ findings: Array.from({ length: 100 }, () => null), actions: [] });
    expect(issues).toHaveLength(20);
  });

  it('reads a valid report into an equal copy, its summary counted from the findings', () => {
    const report = sampleReport('zh-CN');
    const read = readReport({ ...report, summary: { error: 9, warning: 9, info: 9 } }, 'zh-CN');
    expect(read).toEqual({ success: true, data: report });
  });
});

describe('hostile options and collaborations', () => {
  it('turns options that cannot be read into invalid_options issues naming the option', () => {
    const options = Object.defineProperty({ locale: 'en', format: 'html' }, 'report', {
      get: thrower,
      enumerable: true,
    });
    expect(issuesOf(loose('findings', example(), options))).toEqual([
      {
        code: 'invalid_options',
        path: ['options', 'report'],
        pointer: '/options/report',
        message: 'The option report cannot be read (hostile trap)',
      },
    ]);
    const proxy = issuesOf(loose('kickoff', example(), trapped()));
    expect(proxy.map((i) => i.code)).toEqual(Array(8).fill('invalid_options'));
    expect(proxy[0]?.message).toBe('渲染选项 locale 无法读取（hostile trap）');
    expect(() => renderTemplate('kickoff', example(), trapped() as RenderTemplateOptions)).toThrow(
      TemplateError,
    );
  });

  it('shows values whose conversion to text throws, without throwing', () => {
    const hostile = { toString: thrower, valueOf: thrower };
    const issues = issuesOf(loose(hostile, null, { locale: hostile, format: Symbol('f') }));
    expect(issues.map((i) => [i.code, i.message])).toEqual([
      ['invalid_locale', '不支持的语言 "[object]"，可选：zh-CN、en'],
      ['invalid_format', '不支持的输出格式 "Symbol(f)"，可选：markdown、html'],
      ['unknown_template', expect.stringContaining('未知的模板 "[object]"')],
    ]);
    const meeting = issuesOf(loose('minutes', example(), { locale: 'en', format: 'html', meeting: hostile }));
    expect(meeting.map((i) => i.code)).toEqual(['unknown_meeting']);
  });

  it('reports a collaboration it cannot read or render as invalid_collaboration', () => {
    const options = { locale: 'en', format: 'markdown' };
    for (const collaboration of [
      trapped(),
      { ...example(), departments: [null] },
      { ...example(), responsibilities: [{ department: trapped() }] },
      Object.defineProperty({ ...example() }, 'team', { get: thrower, enumerable: true }),
    ]) {
      const issues = issuesOf(loose('kickoff', collaboration, options));
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ code: 'invalid_collaboration', pointer: '/collaboration' });
      expect(issues[0]?.message).toMatch(/^The collaboration cannot be read or rendered/);
      expect(() =>
        renderTemplate('kickoff', collaboration as Collaboration, options as RenderTemplateOptions),
      ).toThrow(TemplateError);
    }
  });
});

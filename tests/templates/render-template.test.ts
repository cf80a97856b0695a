import { describe, expect, expectTypeOf, it } from 'vitest';
import { CrossdeptError } from '../../src/errors.js';
import type { Collaboration } from '../../src/model/types.js';
import {
  isTemplateName,
  type RenderTemplateOptions,
  type RenderTemplateResult,
  renderTemplate,
  safeRenderTemplate,
  TEMPLATE_NAMES,
  TemplateError,
  type TemplateIssue,
  type TemplateName,
} from '../../src/templates/index.js';
import { example } from '../fixtures/example.js';
import { EMPTY_REPORT } from './fixtures.js';

/** Calls with values the types forbid, as JavaScript callers and command lines can. */
const loose = (name: unknown, collaboration: unknown, options: unknown): RenderTemplateResult =>
  safeRenderTemplate(
    name as TemplateName,
    collaboration as Collaboration | null,
    options as RenderTemplateOptions,
  ) as RenderTemplateResult;

const issuesOf = (r: RenderTemplateResult): readonly TemplateIssue[] => (r.success ? [] : r.issues);

describe('renderTemplate', () => {
  it('renders every template of the example and every blank form, in both locales and formats', () => {
    const c = example();
    for (const name of TEMPLATE_NAMES) {
      for (const locale of ['zh-CN', 'en'] as const) {
        for (const format of ['markdown', 'html'] as const) {
          const blank = renderTemplate(name, null, { locale, format });
          expect(blank.length).toBeGreaterThan(100);
          expect(blank).not.toContain('☑');
          if (name === 'emergency-plan') continue; // the example has no incident
          const text = renderTemplate(name, c, {
            locale,
            format,
            meeting: 'sync-2026-10-12',
            subject: 'milestone/launch',
            report: EMPTY_REPORT,
            now: '2026-11-26',
          });
          // An empty register (the example has no decisions) is short, but has its title, fields and "none".
          expect(text.length).toBeGreaterThan(60);
        }
      }
    }
  });

  it('gives the same bytes for the same input', () => {
    const a = renderTemplate('kickoff', example(), { locale: 'en', format: 'html' });
    const b = renderTemplate('kickoff', example(), { locale: 'en', format: 'html' });
    expect(a).toBe(b);
  });

  it('needs no meeting, incident or report for a blank form', () => {
    expect(safeRenderTemplate('minutes', null, { locale: 'en', format: 'markdown' }).success).toBe(true);
    expect(safeRenderTemplate('emergency-plan', null, { locale: 'en', format: 'markdown' }).success).toBe(
      true,
    );
    expect(safeRenderTemplate('findings', null, { locale: 'en', format: 'markdown' }).success).toBe(true);
  });

  it('throws a TemplateError (a CrossdeptError) with code and issues', () => {
    let caught: unknown;
    try {
      renderTemplate('minutes', example(), { locale: 'en', format: 'markdown', meeting: 'sync-2026-10-21' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TemplateError);
    expect(caught).toBeInstanceOf(CrossdeptError);
    const error = caught as TemplateError;
    expect(error.name).toBe('TemplateError');
    expect(error.code).toBe('invalid_template_request');
    expect(error.issues).toEqual([
      {
        code: 'unknown_meeting',
        path: ['options', 'meeting'],
        pointer: '/options/meeting',
        message:
          'There is no meeting "sync-2026-10-21"; the meetings are: sync-2026-10-12, sync-2026-11-16, sync-2026-11-23; did you mean "sync-2026-10-12"?',
        suggestion: 'sync-2026-10-12',
      },
    ]);
    expect(error.message).toBe(`/options/meeting: ${error.issues[0]?.message}`);
  });
});

describe('safeRenderTemplate: errors are data', () => {
  it('suggests the template name meant', () => {
    const [issue] = issuesOf(loose('kickof', null, { locale: 'zh-CN', format: 'markdown' }));
    expect(issue).toMatchObject({ code: 'unknown_template', pointer: '/name', suggestion: 'kickoff' });
    expect(issue?.message).toBe(
      '未知的模板 "kickof"，可选：kickoff, minutes, responsibilities, communication-plan, emergency-plan, retrospective, findings, raci, decision-log, problem-log, open-actions, status-report, escalation；是否想写 "kickoff"？',
    );
  });

  it('reports an invalid locale (in the default locale) and format together', () => {
    const issues = issuesOf(loose('kickoff', null, { locale: 'fr', format: 'pdf' }));
    expect(issues.map((i) => [i.code, i.pointer])).toEqual([
      ['invalid_locale', '/options/locale'],
      ['invalid_format', '/options/format'],
    ]);
    expect(issues[0]?.message).toBe('不支持的语言 "fr"，可选：zh-CN、en');
  });

  it('rejects options that are not an object and collaborations that are not one', () => {
    expect(issuesOf(loose('kickoff', null, undefined)).map((i) => i.code)).toEqual(['invalid_options']);
    expect(issuesOf(loose('kickoff', 'x', { locale: 'en', format: 'html' })).map((i) => i.code)).toEqual([
      'invalid_collaboration',
    ]);
    expect(issuesOf(loose('kickoff', { id: 'x' }, { locale: 'en', format: 'html' }))[0]?.pointer).toBe(
      '/collaboration',
    );
  });

  it('needs a meeting id for minutes, in the requested locale', () => {
    expect(issuesOf(safeRenderTemplate('minutes', example(), { locale: 'zh-CN', format: 'html' }))).toEqual([
      {
        code: 'missing_meeting',
        path: ['options', 'meeting'],
        pointer: '/options/meeting',
        message: '模板 minutes 需要在 meeting 中指定会议编号',
      },
    ]);
  });

  it('needs an incident id that exists for the emergency plan', () => {
    const c = example();
    const missing = issuesOf(safeRenderTemplate('emergency-plan', c, { locale: 'en', format: 'html' }));
    expect(missing.map((i) => i.code)).toEqual(['missing_incident']);
    const unknown = issuesOf(
      safeRenderTemplate('emergency-plan', c, { locale: 'en', format: 'html', incident: 'outage' }),
    );
    expect(unknown[0]).toMatchObject({ code: 'unknown_incident', pointer: '/options/incident' });
    expect(unknown[0]?.message).toBe('There is no incident "outage"; the collaboration has no incidents');
  });

  it('needs a report for findings, shaped like what evaluate returns', () => {
    const c = example();
    expect(issuesOf(safeRenderTemplate('findings', c, { locale: 'en', format: 'html' }))[0]?.code).toBe(
      'missing_report',
    );
    expect(
      issuesOf(loose('findings', c, { locale: 'en', format: 'html', report: { findings: 1 } }))[0]?.code,
    ).toBe('invalid_report');
  });

  it('renders a collaboration whose entity lists were never defaulted', () => {
    const { departments: _d, people: _p, meetings: _m, ...rest } = example();
    const result = loose('kickoff', rest, { locale: 'en', format: 'markdown' });
    expect(result.success).toBe(true);
  });
});

describe('types', () => {
  it('names, options and results', () => {
    expectTypeOf<TemplateName>().toEqualTypeOf<(typeof TEMPLATE_NAMES)[number]>();
    expectTypeOf(renderTemplate).returns.toEqualTypeOf<string | Uint8Array>();
    expectTypeOf<RenderTemplateResult>().toMatchTypeOf<
      | { readonly success: true; readonly data: string }
      | { readonly success: false; readonly issues: readonly TemplateIssue[] }
    >();
    // @ts-expect-error an unknown template name does not compile
    safeRenderTemplate('kickof', null, { locale: 'en', format: 'markdown' });
    // @ts-expect-error neither does an unsupported format
    safeRenderTemplate('kickoff', null, { locale: 'en', format: 'pdf' });
  });

  it('isTemplateName narrows', () => {
    const value: string = 'minutes';
    if (isTemplateName(value)) expectTypeOf(value).toEqualTypeOf<TemplateName>();
    expect(isTemplateName('minutes')).toBe(true);
    expect(isTemplateName('Minutes')).toBe(false);
    expect(isTemplateName(1)).toBe(false);
  });
});

describe('the status report', () => {
  it('needs a real date to report at, and reports the health of the report given', () => {
    const c = example();
    const missing = safeRenderTemplate('status-report', c, { locale: 'en', format: 'markdown' });
    expect(missing.success || missing.issues.map((i) => [i.code, i.pointer])).toEqual([
      ['missing_now', '/options/now'],
    ]);
    const bad = safeRenderTemplate('status-report', c, {
      locale: 'en',
      format: 'markdown',
      now: '2026-02-30',
    });
    expect(bad.success || bad.issues[0]?.message).toBe(
      'The date "2026-02-30" is not a valid date (YYYY-MM-DD)',
    );
    const report = {
      ...EMPTY_REPORT,
      findings: [
        {
          ruleId: 'acme.budget',
          severity: 'error' as const,
          scope: 'collaboration' as const,
          path: '',
          message: 'The budget is overspent',
          explanation: [],
        },
      ],
      summary: { error: 1, warning: 0, info: 0 },
    };
    const text = renderTemplate('status-report', c, {
      locale: 'en',
      format: 'markdown',
      now: '2026-11-26',
      report,
    });
    expect(text).toContain('| Health | ● Red |');
    expect(text).toContain('- The budget is overspent (acme.budget)');
  });
});

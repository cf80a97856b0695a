import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locale.js';
import {
  type RenderTemplateOptions,
  renderTemplate,
  TEMPLATE_NAMES,
  type TemplateFormat,
  type TemplateName,
} from '../../src/templates/index.js';
import { example } from '../fixtures/example.js';
import {
  EMPTY_REPORT,
  escalatedReport,
  exampleBehind,
  exampleEscalated,
  exampleWithIncident,
  exampleWithRegisters,
  exampleWithRetrospective,
  sampleReport,
} from './fixtures.js';

// Golden files are the reviewed output: compare byte for byte. `UPDATE_GOLDEN=1 npx vitest run tests/templates`
// rewrites them; review the diff (and a browser rendering of the HTML) before committing.
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
/** The text formats; Word documents are read back in render/docx.test.ts. */
type TextFormat = Exclude<TemplateFormat, 'docx'>;
const FORMATS: readonly TextFormat[] = ['markdown', 'html'];
const EXTENSION: Record<TextFormat, string> = { markdown: 'md', html: 'html' };

function golden(relative: string, actual: string): void {
  const file = fileURLToPath(new URL(`./golden/${relative}`, import.meta.url));
  if (UPDATE || !existsSync(file)) {
    if (!UPDATE) throw new Error(`missing golden file ${relative}; run with UPDATE_GOLDEN=1 and review it`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

interface Case {
  readonly file: string;
  readonly template: TemplateName;
  readonly render: (locale: Locale, format: TextFormat) => string;
}

const render =
  (
    template: TemplateName,
    data: () => ReturnType<typeof example>,
    extra: (locale: Locale) => Partial<RenderTemplateOptions> = () => ({}),
  ) =>
  (locale: Locale, format: TextFormat) =>
    renderTemplate(template, data(), { locale, format, ...extra(locale) }) as string;

const EXAMPLE_CASES: readonly Case[] = [
  { file: 'kickoff', template: 'kickoff', render: render('kickoff', example) },
  {
    file: 'minutes',
    template: 'minutes',
    render: render('minutes', example, () => ({ meeting: 'sync-2026-10-12' })),
  },
  { file: 'responsibilities', template: 'responsibilities', render: render('responsibilities', example) },
  {
    file: 'communication-plan',
    template: 'communication-plan',
    render: render('communication-plan', example),
  },
  {
    file: 'emergency-plan',
    template: 'emergency-plan',
    render: render('emergency-plan', exampleWithIncident, () => ({ incident: 'test-env-outage' })),
  },
  {
    file: 'retrospective',
    template: 'retrospective',
    render: render('retrospective', exampleWithRetrospective),
  },
  {
    file: 'findings',
    template: 'findings',
    render: render('findings', example, (locale) => ({ report: sampleReport(locale) })),
  },
  {
    file: 'minutes-registers',
    template: 'minutes',
    render: render('minutes', exampleWithRegisters, () => ({ meeting: 'sync-2026-11-23' })),
  },
  {
    file: 'minutes-decision',
    template: 'minutes',
    render: render(
      'minutes',
      () => {
        const c = exampleWithRegisters();
        return {
          ...c,
          meetings: c.meetings.map((m, i) => (i === 0 ? { ...m, kind: 'decision' as const } : m)),
        };
      },
      () => ({ meeting: 'sync-2026-10-12' }),
    ),
  },
  { file: 'raci', template: 'raci', render: render('raci', exampleWithRegisters) },
  { file: 'decision-log', template: 'decision-log', render: render('decision-log', exampleWithRegisters) },
  { file: 'problem-log', template: 'problem-log', render: render('problem-log', exampleWithRegisters) },
  {
    file: 'open-actions',
    template: 'open-actions',
    render: render('open-actions', exampleWithRegisters, () => ({ now: '2026-11-26' })),
  },
  {
    file: 'findings-empty',
    template: 'findings',
    render: render('findings', example, () => ({ report: EMPTY_REPORT })),
  },
  {
    file: 'status-report',
    template: 'status-report',
    render: render('status-report', example, () => ({ now: '2026-11-26' })),
  },
  {
    file: 'status-report-late',
    template: 'status-report',
    render: render('status-report', exampleBehind, () => ({ now: '2026-12-03' })),
  },
  {
    file: 'escalation-milestone',
    template: 'escalation',
    render: render('escalation', exampleEscalated, (locale) => ({
      subject: 'milestone/launch',
      report: escalatedReport(locale),
    })),
  },
  {
    file: 'escalation-conflict',
    template: 'escalation',
    render: render('escalation', exampleEscalated, (locale) => ({
      subject: 'conflict/budget-priority',
      report: escalatedReport(locale),
    })),
  },
  {
    file: 'escalation-incident',
    template: 'escalation',
    render: render('escalation', exampleEscalated, (locale) => ({
      subject: 'incident/outage',
      report: escalatedReport(locale),
    })),
  },
];

describe('golden files: the worked example', () => {
  it('covers every template', () => {
    expect(new Set(EXAMPLE_CASES.map((c) => c.template))).toEqual(new Set(TEMPLATE_NAMES));
  });
  for (const c of EXAMPLE_CASES) {
    for (const locale of LOCALES) {
      for (const format of FORMATS) {
        const file = `${c.file}.${locale}.${EXTENSION[format]}`;
        it(file, () => golden(file, c.render(locale, format)));
      }
    }
  }
});

describe('golden files: blank forms', () => {
  for (const template of TEMPLATE_NAMES) {
    for (const locale of LOCALES) {
      for (const format of FORMATS) {
        const file = `blank/${template}.${locale}.${EXTENSION[format]}`;
        it(file, () => golden(file, renderTemplate(template, null, { locale, format })));
      }
    }
  }
});

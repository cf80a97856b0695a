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
  exampleEscalated,
  exampleWithIncident,
  exampleWithRetrospective,
  sampleReport,
} from './fixtures.js';

// Golden files are the reviewed output: compare byte for byte. `UPDATE_GOLDEN=1 npx vitest run tests/templates`
// rewrites them; review the diff (and a browser rendering of the HTML) before committing.
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
const FORMATS: readonly TemplateFormat[] = ['markdown', 'html'];
const EXTENSION: Record<TemplateFormat, string> = { markdown: 'md', html: 'html' };

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
  readonly render: (locale: Locale, format: TemplateFormat) => string;
}

const render =
  (
    template: TemplateName,
    data: () => ReturnType<typeof example>,
    extra: (locale: Locale) => Partial<RenderTemplateOptions> = () => ({}),
  ) =>
  (locale: Locale, format: TemplateFormat) =>
    renderTemplate(template, data(), { locale, format, ...extra(locale) });

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
    file: 'findings-empty',
    template: 'findings',
    render: render('findings', example, () => ({ report: EMPTY_REPORT })),
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

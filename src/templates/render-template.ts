import { match } from 'ts-pattern';
import { type Locale, resolveLocale } from '../i18n/locale.js';
import { didYouMean } from '../i18n/suggest.js';
import type { ValidationResult } from '../model/issue.js';
import type { Collaboration } from '../model/types.js';
import type { Report } from '../rules/report.js';
import { communicationPlanDocument } from './communication-plan.js';
import type { TemplateDocument } from './document.js';
import { emergencyPlanDocument } from './emergency-plan.js';
import { TemplateError, type TemplateIssue, templateIssue } from './errors.js';
import { findingsDocument } from './findings.js';
import { kickoffDocument } from './kickoff.js';
import { TEMPLATE_LABELS } from './labels.js';
import { minutesDocument } from './minutes.js';
import { renderHtmlDocument } from './render/html.js';
import { renderMarkdownDocument } from './render/markdown.js';
import { responsibilitiesDocument } from './responsibilities.js';
import { retrospectiveDocument } from './retrospective.js';

/**
 * The templates crossdept renders, in the playbook's order.
 *
 * - `kickoff`: Template 1, the collaboration kickoff form.
 * - `minutes`: Template 2, the meeting minutes of the meeting named by `meeting`.
 * - `responsibilities`: the responsibility table.
 * - `communication-plan`: the communication plan with the escalation path.
 * - `emergency-plan`: the emergency plan of the incident named by `incident`.
 * - `retrospective`: the retrospective report.
 * - `findings`: the findings and escalations of the `report` `evaluate` returned.
 *
 * @example
 * ```ts
 * import { TEMPLATE_NAMES } from 'crossdept';
 *
 * for (const name of TEMPLATE_NAMES) console.log(name);
 * ```
 */
export const TEMPLATE_NAMES = [
  'kickoff',
  'minutes',
  'responsibilities',
  'communication-plan',
  'emergency-plan',
  'retrospective',
  'findings',
] as const;

/** A template's name. @example `const name: TemplateName = 'kickoff';` */
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** The output formats. @example `TEMPLATE_FORMATS; // ['markdown', 'html']` */
export const TEMPLATE_FORMATS = ['markdown', 'html'] as const;

/** An output format: GitHub-flavoured Markdown, or one self-contained printable HTML page. @example `const f: TemplateFormat = 'html';` */
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];

/**
 * Options for {@link renderTemplate}.
 *
 * @example
 * ```ts
 * import type { RenderTemplateOptions } from 'crossdept';
 *
 * const options: RenderTemplateOptions = { locale: 'zh-CN', format: 'markdown', meeting: 'sync-2026-10-12' };
 * ```
 */
export interface RenderTemplateOptions {
  /** The output language: `zh-CN` (the playbook's labels) or `en`. */
  readonly locale: Locale;
  /** `markdown` (GitHub-flavoured) or `html` (one printable page). */
  readonly format: TemplateFormat;
  /** For `minutes`: the id of the meeting. */
  readonly meeting?: string;
  /** For `emergency-plan`: the id of the incident. */
  readonly incident?: string;
  /** For `findings`: the report `evaluate` returned. */
  readonly report?: Report;
}

/**
 * What {@link safeRenderTemplate} returns: the rendered text, or the issues that prevent rendering.
 *
 * @example
 * ```ts
 * import type { RenderTemplateResult } from 'crossdept';
 *
 * const show = (r: RenderTemplateResult) => (r.success ? r.data : r.issues.map((i) => i.message).join('\n'));
 * ```
 */
export type RenderTemplateResult = ValidationResult<string, TemplateIssue>;

/**
 * Whether a value is one of {@link TEMPLATE_NAMES}.
 *
 * @param value - Anything, e.g. a command-line argument.
 * @returns `true` for a template name.
 * @example
 * ```ts
 * import { isTemplateName } from 'crossdept';
 *
 * isTemplateName('kickoff'); // true
 * isTemplateName('kickof'); // false
 * ```
 */
export function isTemplateName(value: unknown): value is TemplateName {
  return typeof value === 'string' && (TEMPLATE_NAMES as readonly string[]).includes(value);
}

const LIST_KEYS = [
  'departments',
  'people',
  'responsibilities',
  'milestones',
  'risks',
  'meetings',
  'conflicts',
  'incidents',
] as const;

/** Fills absent entity lists, so a collaboration that skipped parsing (and its defaults) still renders. */
function withLists(c: Collaboration): Collaboration {
  if (LIST_KEYS.every((key) => Array.isArray(c[key]))) return c;
  const copy: Record<string, unknown> = { ...c };
  for (const key of LIST_KEYS) if (!Array.isArray(copy[key])) copy[key] = [];
  return copy as Collaboration;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Up to ten ids, for messages. */
function known(ids: readonly string[]): string {
  return ids.length > 10 ? `${ids.slice(0, 10).join(', ')}, …` : ids.join(', ');
}

type Built = ValidationResult<TemplateDocument, TemplateIssue>;

function lookup<T extends { readonly id: string }>(
  locale: Locale,
  entities: readonly T[],
  value: unknown,
  key: 'meeting' | 'incident',
  build: (entity: T) => TemplateDocument,
): Built {
  const E = TEMPLATE_LABELS[locale].errors;
  const path = ['options', key];
  if (value === undefined || value === null || value === '') {
    const code = key === 'meeting' ? 'missing_meeting' : 'missing_incident';
    return { success: false, issues: [templateIssue(locale, code, path, E[code]())] };
  }
  const id = String(value);
  const found = entities.find((e) => e.id === id);
  if (found) return { success: true, data: build(found) };
  const ids = entities.map((e) => e.id);
  const code = key === 'meeting' ? 'unknown_meeting' : 'unknown_incident';
  return {
    success: false,
    issues: [templateIssue(locale, code, path, E[code](id, known(ids)), didYouMean(id, ids))],
  };
}

function build(
  name: TemplateName,
  collaboration: Collaboration | null,
  options: Readonly<Record<string, unknown>>,
  locale: Locale,
): Built {
  const ok = (data: TemplateDocument): Built => ({ success: true, data });
  const c = collaboration;
  return match(name)
    .with('kickoff', () => ok(kickoffDocument(c, locale)))
    .with('responsibilities', () => ok(responsibilitiesDocument(c, locale)))
    .with('communication-plan', () => ok(communicationPlanDocument(c, locale)))
    .with('retrospective', () => ok(retrospectiveDocument(c, locale)))
    .with('minutes', () =>
      c === null
        ? ok(minutesDocument(null, locale))
        : lookup(locale, c.meetings, options.meeting, 'meeting', (meeting) =>
            minutesDocument({ collaboration: c, meeting }, locale),
          ),
    )
    .with('emergency-plan', () =>
      c === null
        ? ok(emergencyPlanDocument(null, locale))
        : lookup(locale, c.incidents, options.incident, 'incident', (incident) =>
            emergencyPlanDocument({ collaboration: c, incident }, locale),
          ),
    )
    .with('findings', (): Built => {
      if (c === null) return ok(findingsDocument(null, locale));
      const E = TEMPLATE_LABELS[locale].errors;
      const report = options.report;
      const path = ['options', 'report'];
      if (report === undefined || report === null) {
        return {
          success: false,
          issues: [templateIssue(locale, 'missing_report', path, E.missing_report())],
        };
      }
      if (!isObject(report) || !Array.isArray(report.findings) || !Array.isArray(report.actions)) {
        return {
          success: false,
          issues: [templateIssue(locale, 'invalid_report', path, E.invalid_report())],
        };
      }
      return ok(findingsDocument({ collaboration: c, report: report as unknown as Report }, locale));
    })
    .exhaustive();
}

/**
 * Renders a template like {@link renderTemplate}, but returns `{ success: false, issues }` instead of throwing
 * when the request is wrong (unknown template, locale or format; a missing or unknown meeting or incident id; a
 * missing report). Issue messages are in the requested locale.
 *
 * @param name - The template.
 * @param collaboration - The data, or `null` for the blank form.
 * @param options - Locale, format, and what the template needs.
 * @returns `{ success: true, data }` with the text, or `{ success: false, issues }`.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { loadCollaboration, safeRenderTemplate } from 'crossdept';
 *
 * const loaded = loadCollaboration(readFileSync('examples/new-product-launch.yaml', 'utf8'));
 * if (loaded.success) {
 *   const result = safeRenderTemplate('minutes', loaded.data, { locale: 'en', format: 'markdown', meeting: 'sync-2026-10-21' });
 *   if (!result.success) console.error(result.issues[0]?.message); // … did you mean "sync-2026-10-12"?
 * }
 * ```
 */
export function safeRenderTemplate(
  name: TemplateName,
  collaboration: Collaboration | null,
  options: RenderTemplateOptions,
): RenderTemplateResult {
  const input: unknown = options;
  const opts: Readonly<Record<string, unknown>> = isObject(input) ? input : {};
  const locale = resolveLocale(opts.locale);
  const E = TEMPLATE_LABELS[locale].errors;
  const issues: TemplateIssue[] = [];
  if (!isObject(input)) {
    issues.push(templateIssue(locale, 'invalid_options', ['options'], E.invalid_options()));
  } else {
    if (opts.locale !== 'zh-CN' && opts.locale !== 'en') {
      issues.push(
        templateIssue(locale, 'invalid_locale', ['options', 'locale'], E.invalid_locale(String(opts.locale))),
      );
    }
    if (!(TEMPLATE_FORMATS as readonly unknown[]).includes(opts.format)) {
      issues.push(
        templateIssue(locale, 'invalid_format', ['options', 'format'], E.invalid_format(String(opts.format))),
      );
    }
  }
  if (!isTemplateName(name)) {
    const value = String(name);
    issues.push(
      templateIssue(
        locale,
        'unknown_template',
        ['name'],
        E.unknown_template(value, TEMPLATE_NAMES.join(', ')),
        didYouMean(value, TEMPLATE_NAMES),
      ),
    );
  }
  const data: unknown = collaboration;
  if (data !== null && !(isObject(data) && isObject(data.period))) {
    issues.push(templateIssue(locale, 'invalid_collaboration', ['collaboration'], E.invalid_collaboration()));
  }
  if (issues.length > 0) return { success: false, issues };

  const built = build(name, collaboration === null ? null : withLists(collaboration), opts, locale);
  if (!built.success) return built;
  const doc = built.data;
  const text = match(opts.format as TemplateFormat)
    .with('markdown', () => renderMarkdownDocument(doc))
    .with('html', () => renderHtmlDocument(doc))
    .exhaustive();
  return { success: true, data: text };
}

/**
 * Renders one of the playbook's fill-in templates from the model, so that what a service stores and what people
 * read never disagree: GitHub-flavoured Markdown or one self-contained printable HTML page, in Chinese (the
 * playbook's labels) or English. Pass `null` as the collaboration for the blank form, every tick box unticked.
 * The same input always gives the same bytes.
 *
 * @param name - The template: one of {@link TEMPLATE_NAMES}.
 * @param collaboration - The data (a parsed collaboration), or `null` for the blank form.
 * @param options - `locale` and `format`; `meeting` for `minutes`, `incident` for `emergency-plan`, `report`
 *   for `findings` (none of them for a blank form).
 * @returns The rendered text.
 * @throws {@link TemplateError} (code `invalid_template_request`) with the issues when the request is wrong;
 *   {@link safeRenderTemplate} returns them instead.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { loadCollaboration, renderTemplate } from 'crossdept';
 *
 * const loaded = loadCollaboration(readFileSync('examples/new-product-launch.yaml', 'utf8'));
 * if (loaded.success) {
 *   const kickoff = renderTemplate('kickoff', loaded.data, { locale: 'zh-CN', format: 'markdown' });
 *   const minutes = renderTemplate('minutes', loaded.data, { locale: 'en', format: 'html', meeting: 'sync-2026-10-12' });
 * }
 * const blankForm = renderTemplate('kickoff', null, { locale: 'zh-CN', format: 'html' });
 * ```
 */
export function renderTemplate(
  name: TemplateName,
  collaboration: Collaboration | null,
  options: RenderTemplateOptions,
): string {
  const result = safeRenderTemplate(name, collaboration, options);
  if (!result.success) throw new TemplateError(result.issues);
  return result.data;
}

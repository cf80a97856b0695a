import { match } from 'ts-pattern';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { type OptionFields, readOptionFields } from '../i18n/read-options.js';
import { showError, showValue } from '../i18n/show.js';
import { didYouMean } from '../issues/did-you-mean.js';
import type { ValidationResult } from '../issues/issue.js';
import { isIsoDate } from '../model/primitives.js';
import type { Collaboration, Conflict, Incident, Milestone } from '../model/types.js';
import { evaluateSync } from '../rules/evaluate.js';
import type { Report } from '../rules/report.js';
import { communicationPlanDocument } from './communication-plan.js';
import { decisionLogDocument } from './decision-log.js';
import type { TemplateDocument } from './document.js';
import { emergencyPlanDocument } from './emergency-plan.js';
import { TemplateError, type TemplateIssue } from './errors.js';
import { type EscalationSource, escalationDocument } from './escalation.js';
import { findingsDocument } from './findings.js';
import { kickoffDocument } from './kickoff.js';
import { minutesDocument } from './minutes.js';
import { openActionsDocument } from './open-actions.js';
import { problemLogDocument } from './problem-log.js';
import { raciDocument } from './raci.js';
import { renderDocxDocument } from './render/docx.js';
import { renderHtmlDocument } from './render/html.js';
import { renderMarkdownDocument } from './render/markdown.js';
import { readReport } from './report-input.js';
import { responsibilitiesDocument } from './responsibilities.js';
import { retrospectiveDocument } from './retrospective.js';
import { statusReportDocument } from './status-report.js';
import { templateIssue } from './template-issue.js';

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
 * - `status-report`: the status (highlight) report at the date `now`: health and its reasons, milestones due in
 *   the next two weeks, slips and moved due dates, open escalations, open problems and actions, measures
 *   against expectation (evaluated at `now`, or from the `report` given).
 * - `escalation`: the escalation report of the `subject` (`milestone/<id>`, `conflict/<id>`, `incident/<id>`), with
 *   the `report` `evaluate` returned when given.
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
  'raci',
  'decision-log',
  'problem-log',
  'open-actions',
  'status-report',
  'escalation',
] as const;

/** A template's name. @example `const name: TemplateName = 'kickoff';` */
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** The output formats. @example `TEMPLATE_FORMATS; // ['markdown', 'html', 'docx']` */
export const TEMPLATE_FORMATS = ['markdown', 'html', 'docx'] as const;

/**
 * An output format: GitHub-flavoured Markdown, one self-contained printable HTML page, or a Word document.
 *
 * @example
 * ```ts
 * import type { TemplateFormat } from 'crossdept';
 *
 * const format: TemplateFormat = 'docx';
 * ```
 */
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];

/**
 * What a format renders to: the `.docx` file's bytes for `docx`, text for the others.
 *
 * @example
 * ```ts
 * import type { RenderedTemplate } from 'crossdept';
 *
 * const bytes: RenderedTemplate<'docx'> = new Uint8Array();
 * const text: RenderedTemplate<'html'> = '<!doctype html>';
 * ```
 */
export type RenderedTemplate<F extends TemplateFormat = TemplateFormat> = F extends 'docx'
  ? Uint8Array
  : string;

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
  /** `markdown` (GitHub-flavoured), `html` (one printable page) or `docx` (a Word document, as bytes). */
  readonly format: TemplateFormat;
  /** For `minutes`: the id of the meeting. */
  readonly meeting?: string;
  /** For `emergency-plan`: the id of the incident. */
  readonly incident?: string;
  /**
   * For `open-actions` and `status-report` (required by both): the date they are seen from, ISO `YYYY-MM-DD` (the
   * library reads no clock).
   */
  readonly now?: string;
  /** For `findings` (required), `escalation` and `status-report` (optional): the report `evaluate` returned. */
  readonly report?: Report;
  /** For `escalation`: what is escalated, `milestone/<id>`, `conflict/<id>` or `incident/<id>`. */
  readonly subject?: string;
  /**
   * For `findings`: where the collaboration was read from (a file name, a record's title), shown in the
   * report's fields; absent, `undefined` or `null`: not shown.
   */
  readonly source?: string;
}

/**
 * What {@link safeRenderTemplate} returns: the rendered text (the bytes for `docx`), or the issues that prevent
 * rendering.
 *
 * @example
 * ```ts
 * import type { RenderTemplateResult } from 'crossdept';
 *
 * const show = (r: RenderTemplateResult) => (r.success ? r.data : r.issues.map((i) => i.message).join('\n'));
 * const size = (r: RenderTemplateResult<Uint8Array>) => (r.success ? r.data.byteLength : 0);
 * ```
 */
export type RenderTemplateResult<Output extends string | Uint8Array = string> = ValidationResult<
  Output,
  TemplateIssue
>;

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
  'problems',
  'decisions',
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

const OPTION_KEYS = [
  'locale',
  'format',
  'meeting',
  'incident',
  'report',
  'source',
  'now',
  'subject',
] as const;

type ReadOptions = OptionFields<(typeof OPTION_KEYS)[number]>;

/**
 * The collaboration to render: `null` for the blank form; an object with a `period` object otherwise, its absent
 * entity lists filled in, so one that skipped parsing (and its defaults) still renders. Reading it is guarded: a
 * getter or Proxy trap that throws makes an `invalid_collaboration` issue.
 */
function collaborationOf(
  value: unknown,
  locale: Locale,
): ValidationResult<Collaboration | null, TemplateIssue> {
  if (value === null) return { success: true, data: null };
  const at = ['collaboration'];
  try {
    if (!isObject(value) || !isObject(value.period)) {
      return { success: false, issues: [templateIssue(locale, 'invalid_collaboration', at)] };
    }
    return { success: true, data: withLists(value as unknown as Collaboration) };
  } catch (error) {
    const detail = showError(error);
    return { success: false, issues: [templateIssue(locale, 'unreadable_collaboration', at, { detail })] };
  }
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
  const path = ['options', key];
  if (value === undefined || value === null || value === '') {
    const code = key === 'meeting' ? 'missing_meeting' : 'missing_incident';
    return { success: false, issues: [templateIssue(locale, code, path)] };
  }
  const id = typeof value === 'string' ? value : showValue(value);
  const found = typeof value === 'string' ? entities.find((e) => e.id === id) : undefined;
  if (found) return { success: true, data: build(found) };
  const ids = entities.map((e) => e.id);
  const code = key === 'meeting' ? 'unknown_meeting' : 'unknown_incident';
  return {
    success: false,
    issues: [
      templateIssue(locale, code, path, { value: id, options: known(ids), suggestion: didYouMean(id, ids) }),
    ],
  };
}

/** The `now` option of a template seen from a day: an ISO date, else `missing_now` / `invalid_now`. */
function readNow(
  now: unknown,
  name: TemplateName,
  locale: Locale,
):
  | { readonly success: true; readonly data: string }
  | { readonly success: false; readonly issues: TemplateIssue[] } {
  const path = ['options', 'now'];
  if (now === undefined || now === null || now === '')
    return { success: false, issues: [templateIssue(locale, 'missing_now', path, { name })] };
  if (typeof now !== 'string' || !isIsoDate(now))
    return {
      success: false,
      issues: [templateIssue(locale, 'invalid_now', path, { value: showValue(now) })],
    };
  return { success: true, data: now };
}

/** The subject `kind/id` of the escalation template, or the issue that names the candidates. */
function escalationSubject(
  c: Collaboration,
  value: unknown,
  locale: Locale,
): ValidationResult<Pick<EscalationSource, 'kind' | 'subject'>, TemplateIssue> {
  const path = ['options', 'subject'];
  if (value === undefined || value === null || value === '') {
    return { success: false, issues: [templateIssue(locale, 'missing_subject', path)] };
  }
  const text = typeof value === 'string' ? value : showValue(value);
  const lists = [
    ['milestone', c.milestones],
    ['conflict', c.conflicts],
    ['incident', c.incidents],
  ] as const;
  const slash = text.indexOf('/');
  const kind = text.slice(0, slash);
  const id = text.slice(slash + 1);
  // An empty id names nothing, as an empty meeting or incident id does.
  if (slash > 0 && id === '')
    return { success: false, issues: [templateIssue(locale, 'missing_subject', path)] };
  for (const [k, list] of lists) {
    if (slash > 0 && k === kind) {
      const subject = (list as readonly (Milestone | Conflict | Incident)[]).find((e) => e.id === id);
      if (subject !== undefined) return { success: true, data: { kind: k, subject } };
    }
  }
  const ids = lists.flatMap(([k, list]) => list.map((e) => `${k}/${e.id}`));
  return {
    success: false,
    issues: [
      templateIssue(locale, 'unknown_subject', path, {
        value: text,
        options: known(ids),
        suggestion: didYouMean(text, ids),
      }),
    ],
  };
}

function build(
  name: TemplateName,
  collaboration: Collaboration | null,
  options: ReadOptions['values'],
  locale: Locale,
): Built {
  const ok = (data: TemplateDocument): Built => ({ success: true, data });
  const c = collaboration;
  return match(name)
    .with('kickoff', () => ok(kickoffDocument(c, locale)))
    .with('responsibilities', () => ok(responsibilitiesDocument(c, locale)))
    .with('communication-plan', () => ok(communicationPlanDocument(c, locale)))
    .with('retrospective', () => ok(retrospectiveDocument(c, locale)))
    .with('raci', () => ok(raciDocument(c, locale)))
    .with('decision-log', () => ok(decisionLogDocument(c, locale)))
    .with('problem-log', () => ok(problemLogDocument(c, locale)))
    .with('open-actions', (): Built => {
      if (c === null) return ok(openActionsDocument(null, locale));
      const now = readNow(options.now, 'open-actions', locale);
      if (!now.success) return now;
      return ok(openActionsDocument({ collaboration: c, now: now.data }, locale));
    })
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
      const report = options.report;
      const path = ['options', 'report'];
      if (report === undefined || report === null) {
        return {
          success: false,
          issues: [templateIssue(locale, 'missing_report', path)],
        };
      }
      if (!isObject(report)) {
        return {
          success: false,
          issues: [templateIssue(locale, 'invalid_report', path)],
        };
      }
      const read = readReport(report, locale);
      if (!read.success) return read;
      const source = typeof options.source === 'string' ? { source: options.source } : {};
      return ok(findingsDocument({ collaboration: c, report: read.data, ...source }, locale));
    })
    .with('status-report', (): Built => {
      if (c === null) return ok(statusReportDocument(null, locale));
      const read = readNow(options.now, 'status-report', locale);
      if (!read.success) return read;
      const now = read.data;
      let report: Report;
      if (options.report === undefined || options.report === null) {
        report = evaluateSync(c, { now, locale });
      } else {
        if (!isObject(options.report)) {
          return { success: false, issues: [templateIssue(locale, 'invalid_report', ['options', 'report'])] };
        }
        const read = readReport(options.report, locale);
        if (!read.success) return read;
        report = read.data;
      }
      return ok(statusReportDocument({ collaboration: c, now, report }, locale));
    })
    .with('escalation', (): Built => {
      if (c === null) return ok(escalationDocument(null, locale));
      const found = escalationSubject(c, options.subject, locale);
      if (!found.success) return found;
      const report = options.report;
      if (report === undefined || report === null)
        return ok(escalationDocument({ collaboration: c, ...found.data }, locale));
      if (!isObject(report)) {
        return { success: false, issues: [templateIssue(locale, 'invalid_report', ['options', 'report'])] };
      }
      const read = readReport(report, locale);
      if (!read.success) return read;
      return ok(escalationDocument({ collaboration: c, ...found.data, report: read.data }, locale));
    })
    .exhaustive();
}

/**
 * Renders a template like {@link renderTemplate}, but returns `{ success: false, issues }` instead of throwing
 * when the request is wrong (options that are not an object or cannot be read; unknown template, locale or
 * format; a missing or unknown meeting or incident id; a missing report or one not shaped like what `evaluate`
 * returns; a collaboration that cannot be read). It never throws, whatever it is given. Issue messages are in
 * the requested locale (`zh-CN` when the locale itself is invalid).
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
  options: RenderTemplateOptions & { readonly format: 'docx' },
): RenderTemplateResult<Uint8Array>;
export function safeRenderTemplate(
  name: TemplateName,
  collaboration: Collaboration | null,
  options: RenderTemplateOptions & { readonly format: 'markdown' | 'html' },
): RenderTemplateResult;
export function safeRenderTemplate(
  name: TemplateName,
  collaboration: Collaboration | null,
  options: RenderTemplateOptions,
): RenderTemplateResult<string | Uint8Array>;
export function safeRenderTemplate(
  name: TemplateName,
  collaboration: Collaboration | null,
  options: RenderTemplateOptions,
): RenderTemplateResult<string | Uint8Array> {
  const read = readOptionFields(options, OPTION_KEYS);
  const opts = read.values;
  const locale = opts.locale === 'zh-CN' || opts.locale === 'en' ? opts.locale : DEFAULT_LOCALE;
  const issues: TemplateIssue[] = [];
  if (read.unreadable.length > 0) {
    for (const { key, detail } of read.unreadable) {
      issues.push(
        templateIssue(locale, 'unreadable_option', key === 'options' ? ['options'] : ['options', key], {
          name: key,
          detail,
        }),
      );
    }
  } else if (!read.object) {
    issues.push(templateIssue(locale, 'invalid_options', ['options']));
  }
  if (read.object && !read.unreadable.some((u) => u.key === 'locale')) {
    if (opts.locale !== 'zh-CN' && opts.locale !== 'en') {
      issues.push(
        templateIssue(locale, 'invalid_locale', ['options', 'locale'], { value: showValue(opts.locale) }),
      );
    }
  }
  if (read.object && !read.unreadable.some((u) => u.key === 'format')) {
    if (!(TEMPLATE_FORMATS as readonly unknown[]).includes(opts.format)) {
      issues.push(
        templateIssue(locale, 'invalid_format', ['options', 'format'], { value: showValue(opts.format) }),
      );
    }
  }
  if (read.object && !read.unreadable.some((u) => u.key === 'source')) {
    if (opts.source !== undefined && opts.source !== null && typeof opts.source !== 'string') {
      issues.push(templateIssue(locale, 'invalid_source', ['options', 'source']));
    }
  }
  if (!isTemplateName(name)) {
    const value = showValue(name);
    issues.push(
      templateIssue(locale, 'unknown_template', ['name'], {
        value,
        options: TEMPLATE_NAMES.join(', '),
        suggestion: didYouMean(value, TEMPLATE_NAMES),
      }),
    );
  }
  const data = collaborationOf(collaboration, locale);
  if (!data.success) issues.push(...data.issues);
  if (issues.length > 0 || !data.success) return { success: false, issues };

  try {
    const built = build(name, data.data, opts, locale);
    if (!built.success) return built;
    const doc = built.data;
    const text = match(opts.format as TemplateFormat)
      .with('markdown', (): string | Uint8Array => renderMarkdownDocument(doc))
      .with('html', () => renderHtmlDocument(doc))
      .with('docx', () => renderDocxDocument(doc))
      .exhaustive();
    return { success: true, data: text };
  } catch (error) {
    // The options and the report were read and checked above, so what failed is the collaboration: data that
    // skipped parsing and is not shaped like a collaboration (a list of numbers where entities belong, a getter
    // or Proxy trap that throws deep inside).
    return {
      success: false,
      issues: [
        templateIssue(locale, 'unreadable_collaboration', ['collaboration'], { detail: showError(error) }),
      ],
    };
  }
}

/**
 * Renders one of the playbook's fill-in templates from the model, so that what a service stores and what people
 * read never disagree: GitHub-flavoured Markdown, one self-contained printable HTML page or a Word document
 * (A4, 宋体/黑体 for Chinese, bordered tables, tick boxes, page numbers), in Chinese (the
 * playbook's labels) or English. Pass `null` as the collaboration for the blank form, every tick box unticked.
 * The same input always gives the same bytes.
 *
 * @param name - The template: one of {@link TEMPLATE_NAMES}.
 * @param collaboration - The data (a parsed collaboration), or `null` for the blank form.
 * @param options - `locale` and `format`; `meeting` for `minutes`, `incident` for `emergency-plan`, `report`
 *   for `findings` (none of them for a blank form).
 * @returns The rendered text; for `docx`, the Word document's bytes (a `Uint8Array` to write to a `.docx` file).
 * @throws {@link TemplateError} (code `invalid_template_request`) with the issues when the request is wrong,
 *   and nothing else; {@link safeRenderTemplate} returns them instead.
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
 * const word: Uint8Array = renderTemplate('kickoff', null, { locale: 'zh-CN', format: 'docx' });
 * ```
 */
export function renderTemplate(
  name: TemplateName,
  collaboration: Collaboration | null,
  options: RenderTemplateOptions & { readonly format: 'docx' },
): Uint8Array;
export function renderTemplate(
  name: TemplateName,
  collaboration: Collaboration | null,
  options: RenderTemplateOptions & { readonly format: 'markdown' | 'html' },
): string;
export function renderTemplate(
  name: TemplateName,
  collaboration: Collaboration | null,
  options: RenderTemplateOptions,
): string | Uint8Array;
export function renderTemplate(
  name: TemplateName,
  collaboration: Collaboration | null,
  options: RenderTemplateOptions,
): string | Uint8Array {
  const result = safeRenderTemplate(name, collaboration, options);
  if (!result.success) throw new TemplateError(result.issues);
  return result.data;
}

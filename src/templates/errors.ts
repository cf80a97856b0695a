import { CrossdeptError } from '../errors.js';
import type { CrossdeptIssue } from '../issues/issue.js';

/**
 * The machine codes of template issues. They are stable public API.
 *
 * - `invalid_options`: the options are not an object, or one of them cannot be read (a getter that throws, a
 *   Proxy), or `source` is not text; the issue's path names the option.
 * - `unknown_template`: the template name is not one of `TEMPLATE_NAMES` (with a did-you-mean `suggestion`).
 * - `invalid_locale` / `invalid_format`: the locale is not `zh-CN` or `en`; the format not `markdown` or `html`.
 * - `invalid_collaboration`: the collaboration is neither `null` nor a parsed collaboration, or it skipped
 *   parsing and cannot be read or rendered (a list of numbers where entities belong, a getter that throws).
 * - `missing_meeting` / `unknown_meeting`: `minutes` needs `meeting`, the id of one of the collaboration's
 *   meetings (an unknown id comes with a did-you-mean `suggestion` when one is close).
 * - `missing_incident` / `unknown_incident`: the same for `emergency-plan` and `incident`.
 * - `missing_report` / `invalid_report`: `findings` needs `report`, what `evaluate` returned; each field of it
 *   that does not have its type (a finding that is not an object, a `severity` that is not one of the three, a
 *   getter that throws) is an `invalid_report` issue with the path to it (up to 20).
 *
 * - `missing_now` / `invalid_now`: `open-actions` and `status-report` need `now`, the ISO date they are seen from.
 * Blank forms (collaboration `null`) need no meeting, incident, date or report.
 *
 * @example
 * ```ts
 * import type { TemplateIssueCode } from 'crossdept';
 *
 * const code: TemplateIssueCode = 'unknown_meeting';
 * ```
 */
export type TemplateIssueCode =
  | 'invalid_options'
  | 'unknown_template'
  | 'invalid_locale'
  | 'invalid_format'
  | 'invalid_collaboration'
  | 'missing_meeting'
  | 'unknown_meeting'
  | 'missing_incident'
  | 'unknown_incident'
  | 'missing_now'
  | 'invalid_now'
  | 'missing_report'
  | 'invalid_report'
  | 'missing_subject'
  | 'unknown_subject';

/**
 * Why a template cannot be rendered: a machine `code`, where (`path` and `pointer`, e.g. `/options/meeting`)
 * and a `message` in the requested locale (`zh-CN` when the locale itself is invalid), with a did-you-mean
 * `suggestion` for a mistyped template name or meeting or incident id.
 *
 * @example
 * ```ts
 * import type { TemplateIssue } from 'crossdept';
 *
 * const issue: TemplateIssue = {
 *   code: 'unknown_meeting', path: ['options', 'meeting'], pointer: '/options/meeting',
 *   message: 'There is no meeting "sync-2026-10-21"; did you mean "sync-2026-10-12"?', suggestion: 'sync-2026-10-12',
 * };
 * ```
 */
export type TemplateIssue = CrossdeptIssue<TemplateIssueCode>;

/**
 * What `renderTemplate` throws when it cannot render: code `invalid_template_request`, with the
 * {@link TemplateIssue}s that say why. `safeRenderTemplate` returns the same issues instead of throwing.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { loadCollaboration, renderTemplate, TemplateError } from 'crossdept';
 *
 * const loaded = loadCollaboration(readFileSync('examples/new-product-launch.yaml', 'utf8'));
 * try {
 *   if (loaded.success) {
 *     renderTemplate('minutes', loaded.data, { locale: 'en', format: 'markdown', meeting: 'sync-2026-10-21' });
 *   }
 * } catch (error) {
 *   if (error instanceof TemplateError) console.error(error.issues.map((i) => `${i.pointer} ${i.message}`));
 * }
 * ```
 */
export class TemplateError extends CrossdeptError<'invalid_template_request'> {
  /** Why the template could not be rendered. */
  declare readonly issues: readonly TemplateIssue[];

  /**
   * @param issues - The issues; the error message joins their messages.
   */
  constructor(issues: readonly TemplateIssue[]) {
    super('invalid_template_request', issues);
    this.name = 'TemplateError';
  }
}

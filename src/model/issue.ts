import type { CrossdeptIssue } from '../issues/issue.js';

/**
 * The machine codes of parse issues. They are stable public API.
 *
 * - `syntax`: YAML or JSON with a syntax error (with `line` and `column`).
 * - `too_large`: the text or document exceeds one of the reader limits (`MAX_TEXT_LENGTH`, `MAX_YAML_TOKENS`,
 *   `MAX_NODES`, `MAX_COLLECTION_SIZE`, `MAX_ALIAS_COUNT`), named in the message.
 * - `too_deep`: lists and objects nested deeper than `MAX_DEPTH`.
 * - `too_many_issues`: the last issue of a list cut at `MAX_ISSUES`, saying how many more were found.
 * - `not_an_object`: the document is empty, or a list, text or number rather than an object of fields.
 * - `invalid_option`: an option of the call itself is invalid (an unknown `locale` or `format`, options that
 *   are not an object); its `path` is inside the options, and its message is in the default locale.
 * - `missing`: a required field is absent.
 * - `invalid_type`: a value of the wrong type (a list where text belongs, …).
 * - `invalid_enum`: a value outside the allowed set (`role: execusion`).
 * - `invalid_date`: not a real ISO date (`2026-02-30`).
 * - `invalid_due`: a due date that is neither an ISO date nor `{ month, part }` nor `{ days }`.
 * - `invalid_format`: text not in the required form (an id with spaces, a time `25:00`, a control character
 *   such as ESC in a name).
 * - `too_small` / `too_big`: a number, text or list outside its bounds.
 * - `unknown_key`: a field the model does not have (with a did-you-mean `suggestion` when one is close).
 * - `duplicate_id`: two entities of one kind share an id.
 * - `unknown_reference`: a reference to a department, person, milestone or conflict that does not exist.
 * - `period_order`: `period.end` before `period.start`.
 * - `unreadable`: the input object itself cannot be read (a getter that throws, …).
 *
 * @example
 * ```ts
 * const code: ParseIssueCode = 'unknown_reference';
 * ```
 */
export type ParseIssueCode =
  | 'syntax'
  | 'too_large'
  | 'too_deep'
  | 'too_many_issues'
  | 'not_an_object'
  | 'invalid_option'
  | 'missing'
  | 'invalid_type'
  | 'invalid_enum'
  | 'invalid_date'
  | 'invalid_due'
  | 'invalid_format'
  | 'too_small'
  | 'too_big'
  | 'unknown_key'
  | 'duplicate_id'
  | 'unknown_reference'
  | 'period_order'
  | 'reports_to_cycle'
  | 'acknowledged_before_escalation'
  | 'unknown_escalation_level'
  | 'unreadable';

/** An issue found while parsing a collaboration. @example `const i: ParseIssue = { code: 'missing', path: ['name'], pointer: '/name', message: '缺少必填字段 "name"' };` */
export type ParseIssue = CrossdeptIssue<ParseIssueCode>;

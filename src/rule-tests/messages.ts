import type { Locale } from '../i18n/locale.js';
import { type Catalogue, type CatalogueEntries, defineCatalogue } from '../issues/catalogue.js';
import type { CrossdeptIssue, IssuePath } from '../issues/issue.js';
import { makeIssue } from '../issues/make-issue.js';

/**
 * The codes of rule-test issues and failures:
 *
 * - `unreadable_file`: a suite, config or collaboration file the reader cannot give.
 * - `unreadable_input`: the suites or options given in code cannot be read (not a list, a getter that throws).
 * - `invalid_suite`: a suite that is not a mapping with `cases` (its structure issues keep their parse codes).
 * - `invalid_config`: the suite's config is rejected (its issues follow, with the config's file).
 * - `invalid_collaboration`: a case's collaboration is rejected (its issues follow, with the file).
 * - `patch_failed`: a case's JSON Patch cannot be applied.
 * - `unknown_rule`: an expectation names a rule that is not in effect (with a did-you-mean).
 * - `evaluation_failed`: the evaluation itself failed (an invalid `now`, …).
 * - `missing_finding`, `unexpected_finding`, `absent_fired`, `missing_action`: why a case failed.
 *
 * @example
 * ```ts
 * import type { RuleTestCode } from 'crossdept';
 *
 * const code: RuleTestCode = 'patch_failed';
 * ```
 */
export type RuleTestCode =
  | 'unreadable_file'
  | 'unreadable_input'
  | 'invalid_suite'
  | 'invalid_config'
  | 'invalid_collaboration'
  | 'patch_failed'
  | 'unknown_rule'
  | 'evaluation_failed'
  | 'missing_finding'
  | 'unexpected_finding'
  | 'absent_fired'
  | 'missing_action';

/** Values that fill a rule-test message. */
export interface RuleTestMessageParams {
  readonly file?: string;
  readonly rule?: string;
  readonly what?: string;
  readonly detail?: string;
  readonly index?: number;
  readonly suggestion?: string | undefined;
}

const zh: CatalogueEntries<RuleTestCode, RuleTestMessageParams> = {
  unreadable_file: (p) => `无法读取文件 ${p.file ?? ''}${p.detail ? `（${p.detail}）` : ''}`,
  unreadable_input: (p) =>
    `无法读取${({ options: '选项', suites: '测试集列表', suite: '测试集' } as Record<string, string>)[p.what ?? ''] ?? '输入'}${p.detail ? `（${p.detail}）` : ''}`,
  invalid_suite: (p) => `测试文件 ${p.file ?? ''} 应包含 cases 列表${p.detail ? `：${p.detail}` : ''}`,
  invalid_config: (p) => `测试文件使用的规则配置 ${p.file ?? ''} 无效`,
  invalid_collaboration: (p) => `协作文件 ${p.file ?? ''} 无效${p.detail ? `：${p.detail}` : ''}`,
  patch_failed: (p) => `第 ${p.index ?? ''} 个补丁操作（${p.what ?? ''}）无法应用：${p.detail ?? ''}`,
  unknown_rule: (p) => `生效的规则中没有 "${p.rule ?? ''}"`,
  evaluation_failed: (p) => `评估失败：${p.detail ?? ''}`,
  missing_finding: (p) => `预期的结论未出现：${p.what ?? ''}`,
  unexpected_finding: (p) => `出现了未预期的结论（only: true）：${p.what ?? ''}`,
  absent_fired: (p) => `规则 ${p.rule ?? ''} 不应触发，却触发了：${p.what ?? ''}`,
  missing_action: (p) => `预期的升级动作未出现：${p.what ?? ''}`,
};

const en: CatalogueEntries<RuleTestCode, RuleTestMessageParams> = {
  unreadable_file: (p) => `Cannot read the file ${p.file ?? ''}${p.detail ? ` (${p.detail})` : ''}`,
  unreadable_input: (p) =>
    `Cannot read the ${p.what === 'options' ? 'options' : p.what === 'suite' ? 'suite' : 'list of suites'}${p.detail ? ` (${p.detail})` : ''}`,
  invalid_suite: (p) =>
    `The test file ${p.file ?? ''} must hold a list of cases${p.detail ? `: ${p.detail}` : ''}`,
  invalid_config: (p) => `The rules config ${p.file ?? ''} of the test file is invalid`,
  invalid_collaboration: (p) =>
    `The collaboration ${p.file ?? ''} is invalid${p.detail ? `: ${p.detail}` : ''}`,
  patch_failed: (p) =>
    `Patch operation ${p.index ?? ''} (${p.what ?? ''}) cannot be applied: ${p.detail ?? ''}`,
  unknown_rule: (p) => `No rule "${p.rule ?? ''}" is in effect`,
  evaluation_failed: (p) => `The evaluation failed: ${p.detail ?? ''}`,
  missing_finding: (p) => `Expected finding missing: ${p.what ?? ''}`,
  unexpected_finding: (p) => `Unexpected finding (only: true): ${p.what ?? ''}`,
  absent_fired: (p) => `Rule ${p.rule ?? ''} must not fire, but did: ${p.what ?? ''}`,
  missing_action: (p) => `Expected escalation missing: ${p.what ?? ''}`,
};

/**
 * The message of a rule-test issue or failure, in either locale.
 *
 * @example
 * ```ts
 * import { ruleTestMessage } from './messages.js';
 *
 * ruleTestMessage('en', 'unknown_rule', { rule: 'team.core-sise', suggestion: 'team.core-size' });
 * // 'No rule "team.core-sise" is in effect; did you mean "team.core-size"?'
 * ```
 */
export const ruleTestMessage: Catalogue<RuleTestCode, RuleTestMessageParams> = defineCatalogue({
  'zh-CN': zh,
  en,
});

/**
 * A problem with a test file, its config or a case's collaboration or patch: what makes `crossdept test` exit 2.
 * `file` is the file it is in (a suite, config or collaboration), with `line` and `column` when known.
 *
 * @example
 * ```ts
 * import type { RuleTestIssue } from 'crossdept';
 *
 * const show = (i: RuleTestIssue) => `${i.file ?? ''}:${i.line ?? 0}:${i.column ?? 0} ${i.message}`;
 * ```
 */
export interface RuleTestIssue extends CrossdeptIssue<string> {
  readonly file?: string;
}

/** Builds a rule-test issue (its message from the catalogue). */
export function ruleTestIssue(
  locale: Locale,
  code: RuleTestCode,
  path: IssuePath,
  params: RuleTestMessageParams,
  file?: string,
): RuleTestIssue {
  const issue = makeIssue(code, path, ruleTestMessage(locale, code, params), params.suggestion);
  return file === undefined ? issue : { ...issue, file };
}

import type { ErrorCode } from 'yaml';
import {
  type Catalogue,
  type CatalogueEntries,
  defineCatalogue,
  type SuggestionParams,
} from '../issues/catalogue.js';
import { visible } from './zod-issues.js';

/**
 * The code of a YAML syntax error: the yaml library's error code, or `other` for a code this version of
 * crossdept does not know (a newer yaml library may add codes).
 *
 * @example
 * ```ts
 * const code: YamlErrorCode = 'TAB_AS_INDENT';
 * ```
 */
export type YamlErrorCode = ErrorCode | 'other';

/**
 * What fills a YAML syntax message: the yaml library's error, its `code` and its English `message`.
 *
 * @example
 * ```ts
 * const params: YamlSyntaxMessageParams = { code: 'TAB_AS_INDENT', message: 'Tabs are not allowed as indentation' };
 * ```
 */
export interface YamlSyntaxMessageParams extends SuggestionParams {
  readonly code?: string;
  readonly message?: string;
}

/**
 * The library's own message: its first line without its trailing ` at line L, column C:` (the issue carries the
 * position), with control characters shown as `\uXXXX` (the library quotes the offending source in some messages,
 * "Invalid escape sequence \<ESC>").
 */
function libraryMessage(p: YamlSyntaxMessageParams): string {
  const message = p.message ?? '';
  const first = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
  return visible(first);
}

/** In Chinese, the error code in words, followed by the code itself. */
function inWords(words: string): (p: YamlSyntaxMessageParams) => string {
  return (p) => `${words}（${p.code ?? ''}）`;
}

// The yaml library's error codes in words a PMO reads; its own English messages are kept for `en`.
const zh: CatalogueEntries<YamlErrorCode, YamlSyntaxMessageParams> = {
  ALIAS_PROPS: inWords('别名不能带标签或锚点'),
  BAD_ALIAS: inWords('别名无效'),
  BAD_COLLECTION_TYPE: inWords('集合类型与内容不符'),
  BAD_DIRECTIVE: inWords('指令无效'),
  BAD_DQ_ESCAPE: inWords('双引号字符串中的转义序列无效'),
  BAD_INDENT: inWords('缩进不正确'),
  BAD_PROP_ORDER: inWords('锚点和标签的位置不正确'),
  BAD_SCALAR_START: inWords('取值不能以该字符开头，请加引号'),
  BLOCK_AS_IMPLICIT_KEY: inWords('不能用多行内容作为字段名'),
  BLOCK_IN_FLOW: inWords('方括号或花括号内不能使用缩进块'),
  DUPLICATE_KEY: inWords('字段名重复'),
  IMPOSSIBLE: inWords('无法解析该内容'),
  KEY_OVER_1024_CHARS: inWords('字段名超过 1024 个字符'),
  MISSING_CHAR: inWords('缺少结束符号（如 ] 、} 或引号）'),
  MULTILINE_IMPLICIT_KEY: inWords('字段名不能跨行'),
  MULTIPLE_ANCHORS: inWords('同一节点有多个锚点'),
  MULTIPLE_DOCS: inWords('文件中有多个 YAML 文档，只能有一个'),
  MULTIPLE_TAGS: inWords('同一节点有多个标签'),
  NON_STRING_KEY: inWords('字段名必须是文本'),
  RESOURCE_EXHAUSTION: libraryMessage,
  TAB_AS_INDENT: inWords('不能用 Tab 缩进，请改用空格'),
  TAG_RESOLVE_FAILED: inWords('无法解析标签'),
  UNEXPECTED_TOKEN: inWords('出现了意外的符号'),
  other: libraryMessage,
};

const en: CatalogueEntries<YamlErrorCode, YamlSyntaxMessageParams> = {
  ALIAS_PROPS: libraryMessage,
  BAD_ALIAS: libraryMessage,
  BAD_COLLECTION_TYPE: libraryMessage,
  BAD_DIRECTIVE: libraryMessage,
  BAD_DQ_ESCAPE: libraryMessage,
  BAD_INDENT: libraryMessage,
  BAD_PROP_ORDER: libraryMessage,
  BAD_SCALAR_START: libraryMessage,
  BLOCK_AS_IMPLICIT_KEY: libraryMessage,
  BLOCK_IN_FLOW: libraryMessage,
  DUPLICATE_KEY: libraryMessage,
  IMPOSSIBLE: libraryMessage,
  KEY_OVER_1024_CHARS: libraryMessage,
  MISSING_CHAR: libraryMessage,
  MULTILINE_IMPLICIT_KEY: libraryMessage,
  MULTIPLE_ANCHORS: libraryMessage,
  MULTIPLE_DOCS: libraryMessage,
  MULTIPLE_TAGS: libraryMessage,
  NON_STRING_KEY: libraryMessage,
  RESOURCE_EXHAUSTION: libraryMessage,
  TAB_AS_INDENT: libraryMessage,
  TAG_RESOLVE_FAILED: libraryMessage,
  UNEXPECTED_TOKEN: libraryMessage,
  other: libraryMessage,
};

/**
 * The message of a YAML syntax error (the detail of a `syntax` parse issue): in English the yaml library's
 * first message line, in Chinese the error code in words.
 *
 * @param locale - The message locale.
 * @param code - The error's code, as {@link yamlErrorCode} reads it.
 * @param params - The yaml library's error: its `code` and `message`.
 * @returns The sentence.
 * @example
 * ```ts
 * import { yamlSyntaxMessage } from './yaml-errors.js';
 *
 * const error = { code: 'TAB_AS_INDENT', message: 'Tabs are not allowed as indentation at line 2, column 1:' };
 * yamlSyntaxMessage('zh-CN', 'TAB_AS_INDENT', error); // '不能用 Tab 缩进，请改用空格（TAB_AS_INDENT）'
 * yamlSyntaxMessage('en', 'TAB_AS_INDENT', error); // 'Tabs are not allowed as indentation'
 * ```
 */
export const yamlSyntaxMessage: Catalogue<YamlErrorCode, YamlSyntaxMessageParams> = defineCatalogue({
  'zh-CN': zh,
  en,
});

/**
 * The catalogue code of a yaml library error code: the code itself when crossdept knows it, else `other`.
 *
 * @param code - The yaml library's error code.
 * @returns The code to look the message up by.
 * @example
 * ```ts
 * import { yamlErrorCode } from './yaml-errors.js';
 *
 * yamlErrorCode('BAD_INDENT'); // 'BAD_INDENT'
 * yamlErrorCode('SOMETHING_NEW'); // 'other'
 * ```
 */
export function yamlErrorCode(code: string): YamlErrorCode {
  return code !== 'other' && Object.hasOwn(zh, code) ? (code as ErrorCode) : 'other';
}

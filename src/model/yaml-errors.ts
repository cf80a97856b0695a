import type { Locale } from '../i18n/locale.js';
import { visible } from './zod-issues.js';

// The yaml library's error codes in words a PMO reads; its own English messages are kept for `en`.
const ZH: Readonly<Record<string, string>> = {
  ALIAS_PROPS: '别名不能带标签或锚点',
  BAD_ALIAS: '别名无效',
  BAD_COLLECTION_TYPE: '集合类型与内容不符',
  BAD_DIRECTIVE: '指令无效',
  BAD_DQ_ESCAPE: '双引号字符串中的转义序列无效',
  BAD_INDENT: '缩进不正确',
  BAD_PROP_ORDER: '锚点和标签的位置不正确',
  BAD_SCALAR_START: '取值不能以该字符开头，请加引号',
  BLOCK_AS_IMPLICIT_KEY: '不能用多行内容作为字段名',
  BLOCK_IN_FLOW: '方括号或花括号内不能使用缩进块',
  DUPLICATE_KEY: '字段名重复',
  IMPOSSIBLE: '无法解析该内容',
  KEY_OVER_1024_CHARS: '字段名超过 1024 个字符',
  MISSING_CHAR: '缺少结束符号（如 ] 、} 或引号）',
  MULTILINE_IMPLICIT_KEY: '字段名不能跨行',
  MULTIPLE_ANCHORS: '同一节点有多个锚点',
  MULTIPLE_DOCS: '文件中有多个 YAML 文档，只能有一个',
  MULTIPLE_TAGS: '同一节点有多个标签',
  NON_STRING_KEY: '字段名必须是文本',
  TAB_AS_INDENT: '不能用 Tab 缩进，请改用空格',
  TAG_RESOLVE_FAILED: '无法解析标签',
  UNEXPECTED_TOKEN: '出现了意外的符号',
};

/**
 * The detail of a YAML syntax error for a parse issue: the yaml library's first message line without its
 * trailing ` at line L, column C:` (the issue carries the position) and with control characters shown as
 * `\uXXXX`, or, in Chinese, the error code in words.
 *
 * @param error - The yaml library's error: its `code` and `message`.
 * @param locale - The language of the message.
 * @returns The detail.
 */
export function yamlErrorDetail(
  error: { readonly code: string; readonly message: string },
  locale: Locale,
): string {
  const first = (error.message.split('\n')[0] ?? error.message)
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
  if (locale === 'zh-CN' && Object.hasOwn(ZH, error.code)) return `${ZH[error.code]}（${error.code}）`;
  // The library quotes the offending source in some messages ("Invalid escape sequence \<ESC>").
  return visible(first);
}

import * as jsonPatchModule from 'fast-json-patch';
import type { Locale } from '../i18n/locale.js';
import type { RuleTestPatchOperation } from './suite.js';

type JsonPatch = Pick<typeof jsonPatchModule, 'applyPatch' | 'validate'>;

// fast-json-patch is CommonJS: its functions are named exports where the loader detects them, else on the default.
const jsonPatch: JsonPatch =
  typeof jsonPatchModule.applyPatch === 'function'
    ? jsonPatchModule
    : (jsonPatchModule as unknown as { default: JsonPatch }).default;

const REASONS: { readonly [L in Locale]: Readonly<Record<string, string>> } = {
  'zh-CN': {
    OPERATION_PATH_UNRESOLVABLE: '路径在协作文件中不存在',
    OPERATION_FROM_UNRESOLVABLE: 'from 路径在协作文件中不存在',
    OPERATION_VALUE_REQUIRED: '该操作需要 value',
    OPERATION_VALUE_CANNOT_CONTAIN_UNDEFINED: 'value 不能包含空值',
    OPERATION_PATH_ILLEGAL_ARRAY_INDEX: '列表下标无效',
    OPERATION_VALUE_OUT_OF_BOUNDS: '列表下标超出范围',
    OPERATION_PATH_INVALID: '路径不是 JSON Pointer（应以 / 开头）',
    OPERATION_FROM_REQUIRED: '该操作需要 from',
    TEST_OPERATION_FAILED: 'test 操作的值与协作文件不一致',
    OPERATION_NOT_AN_OBJECT: '操作应为对象',
    OPERATION_OP_INVALID: '未知的操作',
  },
  en: {
    OPERATION_PATH_UNRESOLVABLE: 'the path does not exist in the collaboration',
    OPERATION_FROM_UNRESOLVABLE: 'the from path does not exist in the collaboration',
    OPERATION_VALUE_REQUIRED: 'the operation needs a value',
    OPERATION_VALUE_CANNOT_CONTAIN_UNDEFINED: 'the value cannot contain undefined',
    OPERATION_PATH_ILLEGAL_ARRAY_INDEX: 'the list index is not valid',
    OPERATION_VALUE_OUT_OF_BOUNDS: 'the list index is out of range',
    OPERATION_PATH_INVALID: 'the path is not a JSON Pointer (it starts with /)',
    OPERATION_FROM_REQUIRED: 'the operation needs from',
    TEST_OPERATION_FAILED: 'the value of the test operation differs from the collaboration’s',
    OPERATION_NOT_AN_OBJECT: 'an operation is an object',
    OPERATION_OP_INVALID: 'unknown operation',
  },
};

/** The outcome of applying a patch: the patched document, or the failing operation and why. */
export type PatchOutcome =
  | { readonly success: true; readonly value: unknown }
  | { readonly success: false; readonly index: number; readonly reason: string };

/**
 * Applies an RFC 6902 JSON Patch to a copy of a document, with fast-json-patch (validated first, prototype
 * modifications banned). It never throws.
 *
 * @param document - Plain data (not changed).
 * @param patch - The operations.
 * @param locale - The locale of the reason.
 * @returns The patched copy, or the index of the operation that fails and the reason.
 * @example
 * ```ts
 * import { applyJsonPatch } from './json-patch.js';
 *
 * applyJsonPatch({ a: [1] }, [{ op: 'add', path: '/a/-', value: 2 }], 'en'); // { success: true, value: { a: [1, 2] } }
 * ```
 */
export function applyJsonPatch(
  document: unknown,
  patch: readonly RuleTestPatchOperation[],
  locale: Locale,
): PatchOutcome {
  const operations = patch as unknown as jsonPatchModule.Operation[];
  const fail = (error: unknown): PatchOutcome => {
    const e = (typeof error === 'object' && error !== null ? error : {}) as {
      name?: unknown;
      index?: unknown;
    };
    const name = typeof e.name === 'string' ? e.name : '';
    return {
      success: false,
      index: typeof e.index === 'number' ? e.index : 0,
      reason: REASONS[locale][name] ?? (error instanceof Error ? error.message : String(error)),
    };
  };
  try {
    const invalid = jsonPatch.validate(operations, document);
    if (invalid !== undefined) return fail(invalid);
    return {
      success: true,
      value: jsonPatch.applyPatch(document, operations, false, false, true).newDocument,
    };
  } catch (error) {
    return fail(error);
  }
}

// The issue kernel: what every layer reports problems with (the model's parse issues, the engine's, the rules
// config's, the templates' and the command line's), so the generic engine depends on no domain module.

/** A path into a document: object keys and array indices. @example `const p: IssuePath = ['team', 'core', 2];` */
export type IssuePath = readonly (string | number)[];

/**
 * One problem found in input: a machine `code`, where it is (`path` and the same as a JSON `pointer`), and a
 * human `message` in the requested locale. `line` and `column` (1-based) are set when the input was text and the
 * place is known; `suggestion` carries a did-you-mean.
 *
 * @example
 * ```ts
 * const issue: CrossdeptIssue = {
 *   code: 'unknown_key', path: ['responsibilites'], pointer: '/responsibilites',
 *   message: 'Unknown field "responsibilites"; did you mean "responsibilities"?', suggestion: 'responsibilities',
 * };
 * ```
 */
export interface CrossdeptIssue<Code extends string = string> {
  readonly code: Code;
  readonly path: IssuePath;
  readonly pointer: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
  readonly suggestion?: string;
}

/**
 * The result of validating input: the data, or the issues that prevent it.
 *
 * @example
 * ```ts
 * function show<T>(r: ValidationResult<T, CrossdeptIssue>) {
 *   return r.success ? r.data : r.issues.map((i) => i.message);
 * }
 * ```
 */
export type ValidationResult<T, I> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly I[] };

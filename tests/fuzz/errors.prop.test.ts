// Locales, JSON Pointers and the error classes on any arguments: resolveLocale answers every value, the pointer
// functions throw only invalid_argument, and constructing an error never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../src/engine/errors.js';
import { CrossdeptError } from '../../src/errors.js';
import { resolveLocale } from '../../src/i18n/locale.js';
import { fromJsonPointer, toJsonPointer } from '../../src/issues/pointer.js';
import { RulesError } from '../../src/rules/errors.js';
import { TemplateError } from '../../src/templates/errors.js';
import { API_CONTRACTS } from './contracts.js';
import { build, FUZZ_RUNS, field, hostile } from './hostile.js';
import { sweep } from './sweep.js';

const ISSUE = { code: 'x', path: ['a', 0], pointer: '/a/0', message: 'm' };

describe('locales and pointers (property)', () => {
  sweep({
    name: 'resolveLocale',
    contract: API_CONTRACTS.resolveLocale!,
    args: fc.tuple(hostile),
    call: resolveLocale as never,
  });
  sweep({
    name: 'toJsonPointer',
    contract: API_CONTRACTS.toJsonPointer!,
    args: fc.tuple(fc.oneof(field([['a', 0], [], ['a/b~c']]), hostile)),
    call: toJsonPointer as never,
  });
  sweep({
    name: 'fromJsonPointer',
    contract: API_CONTRACTS.fromJsonPointer!,
    args: fc.tuple(fc.oneof(field(['/a/0', '', '/a~1b']), hostile)),
    call: fromJsonPointer as never,
  });
});

describe('the error classes (property)', () => {
  it('construct from any code and issues without throwing, keeping a list of issues and a message', () => {
    const classes = [
      (code: unknown, issues: unknown) => new CrossdeptError(code as string, issues as never),
      (code: unknown, issues: unknown) => new RulesError(code as never, issues as never),
      (code: unknown, issues: unknown) => new EngineError(code as never, issues as never),
      (_: unknown, issues: unknown) => new TemplateError(issues as never),
    ];
    fc.assert(
      fc.property(
        fc.nat({ max: classes.length - 1 }),
        fc.oneof(field(['invalid_argument']), hostile),
        fc.oneof(field([[ISSUE], [], [ISSUE, null]]), hostile),
        (k, code, issues) => {
          const error = classes[k]!(build(code), build(issues));
          expect(error).toBeInstanceOf(CrossdeptError);
          expect(Array.isArray(error.issues)).toBe(true);
          expect(typeof error.message).toBe('string');
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });
});

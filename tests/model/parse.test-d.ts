// Types of the model's readers: `success` narrows the result to its data or to its issues.
import { describe, expectTypeOf, it } from 'vitest';
import {
  type Collaboration,
  type LoadOptions,
  loadCollaboration,
  type ParseIssue,
  type ParseIssueCode,
  type ParseOptions,
  type ParseResult,
  parseCollaboration,
} from '../../src/index.js';

describe('parseCollaboration and loadCollaboration', () => {
  it('return a ParseResult', () => {
    expectTypeOf(parseCollaboration).returns.toEqualTypeOf<ParseResult>();
    expectTypeOf(loadCollaboration).returns.toEqualTypeOf<ParseResult>();
  });

  it('take anything (parse) or text (load), with optional options', () => {
    expectTypeOf(parseCollaboration).parameter(0).toBeUnknown();
    expectTypeOf(loadCollaboration).parameter(0).toEqualTypeOf<string>();
    expectTypeOf<{ locale: 'en' }>().toExtend<ParseOptions>();
    expectTypeOf<{ locale: 'en'; format: 'json' }>().toExtend<LoadOptions>();
    // @ts-expect-error: 'fr' is not a locale
    parseCollaboration({}, { locale: 'fr' });
  });

  it('narrow on success: data is a Collaboration, issues are parse issues with a position', () => {
    const result = loadCollaboration('id: x');
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<Collaboration>();
      // @ts-expect-error: a successful result has no issues
      void result.issues;
    } else {
      expectTypeOf(result.issues).toEqualTypeOf<readonly ParseIssue[]>();
      expectTypeOf(result.issues[0]!.code).toEqualTypeOf<ParseIssueCode>();
      expectTypeOf(result.issues[0]!.line).toEqualTypeOf<number | undefined>();
      expectTypeOf(result.issues[0]!.pointer).toEqualTypeOf<string>();
      // @ts-expect-error: a failed result has no data
      void result.data;
    }
  });

  it('give a deeply readonly collaboration', () => {
    const result = parseCollaboration({});
    if (result.success) {
      // @ts-expect-error: the parsed model is readonly
      result.data.milestones.push(result.data.milestones[0]!);
      // @ts-expect-error: and so are its entities
      result.data.period.start = '2026-01-01';
    }
  });
});

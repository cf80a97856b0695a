import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CollaborationSchema } from '../../src/model/collaboration.js';
import type { ParseIssue } from '../../src/model/issue.js';
import { IssueList } from '../../src/model/issue-cap.js';
import { measureValue, READER_VALUE_LIMITS } from '../../src/model/measure-value.js';
import { validateInParts } from '../../src/model/validate-in-parts.js';
import { fromZodIssues } from '../../src/model/zod-issues.js';
import { collaborationArb } from '../../src/testing/index.js';

const pairs = (issues: readonly ParseIssue[]) =>
  issues.map((i) => `${i.code} ${i.pointer} ${i.message}`).sort();

/** A collaboration, sometimes with one field, list element or nested field replaced by arbitrary JSON. */
const inputArb = fc
  .tuple(
    collaborationArb({ size: 'medium' }),
    fc.option(fc.tuple(fc.nat(), fc.nat(), fc.jsonValue({ maxDepth: 2 })), { freq: 2 }),
  )
  .map(([c, change]) => {
    const input = structuredClone(c) as Record<string, unknown>;
    if (change === null) return input;
    const [which, where, value] = change;
    const keys = Object.keys(input);
    const key = keys[which % keys.length]!;
    const field = input[key];
    if (Array.isArray(field) && field.length > 0) {
      const element = field[where % field.length];
      if (typeof element === 'object' && element !== null) {
        const inner = Object.keys(element);
        (element as Record<string, unknown>)[inner[where % inner.length] ?? 'extra'] = value;
      } else field[where % field.length] = value;
    } else input[key] = value;
    return input;
  });

describe('validateInParts', () => {
  it('names a missing value by its key in the whole document, as safeParse does (regression)', () => {
    const input = { attendees: [''] };
    const large = measureValue(input, READER_VALUE_LIMITS, 1).largeSubtrees;
    const issues = new IssueList<ParseIssue>(Number.POSITIVE_INFINITY);
    validateInParts(CollaborationSchema.shape.meetings.unwrap().element, input, ['meetings', 0], {
      large,
      issues,
      locale: 'en',
    });
    const missing = issues
      .result('en')
      .find((i) => i.code === 'missing' && i.pointer === '/meetings/0/attendees/0');
    expect(missing?.message).toBe('Required field "0" is missing');
  });

  it('gives what safeParse gives — the data, or the same issues — however small the parts', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 1, max: 40 }), (input, largeAt) => {
        const large = measureValue(input, READER_VALUE_LIMITS, largeAt).largeSubtrees;
        const issues = new IssueList<ParseIssue>(Number.POSITIVE_INFINITY);
        const parts = validateInParts(CollaborationSchema, input, [], { large, issues, locale: 'en' });
        const whole = CollaborationSchema.safeParse(input);
        expect(parts.valid).toBe(whole.success);
        if (whole.success) expect(parts.valid && parts.data).toEqual(whole.data);
        else
          expect(pairs(issues.result('en'))).toEqual(
            pairs(fromZodIssues(whole.error.issues, input, CollaborationSchema, 'en')),
          );
      }),
      { numRuns: 150 },
    );
  });
});

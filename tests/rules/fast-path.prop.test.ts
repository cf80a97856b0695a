// The fast path of evaluateSync against the reference path, on generated collaborations and configs: the same
// report, deep-equal and JSON-equal. The fast path reuses what a parsed collaboration allows (its goal analysis,
// indexes, milestone schedule, resolved due dates, subjects), whatever `now` it was evaluated at before; the
// reference path is raw input, validated into a one-use copy from which evaluation derives everything afresh (but
// the goal analysis, remembered by the text it reads: statement.test.ts checks it against a fresh analysis).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCollaboration } from '../../src/model/parse.js';
import { evaluateSync } from '../../src/rules/evaluate.js';
import type { Report } from '../../src/rules/report.js';
import { collaborationArb } from '../../src/testing/index.js';
import { isoDateArb } from '../../src/testing/primitives.js';
import { writtenConfigArb } from './config-arbitrary.js';

const nowArb = isoDateArb('2019-06-01', '2031-06-30');
const localeArb = fc.constantFrom('zh-CN', 'en' as const);

/** Asserts two reports are the same: deep-equal, and the same JSON text. */
function expectSameReport(actual: Report, expected: Report): void {
  expect(actual).toEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

describe('evaluateSync, fast path against reference path (property)', () => {
  it('gives a parsed collaboration, evaluated again and again at any dates, the report of its raw input', () => {
    fc.assert(
      fc.property(
        collaborationArb({ size: 'medium' }),
        nowArb,
        localeArb,
        fc.option(writtenConfigArb, { nil: undefined }),
        nowArb,
        (c, now, locale, config, earlier) => {
          const parsed = parseCollaboration(c);
          if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
          const options = { now, locale, config };
          const fromRaw = evaluateSync(c, options);
          // Evaluated at another date first: nothing derived for that date may leak into this one.
          evaluateSync(parsed.data, { now: earlier, locale: locale === 'en' ? 'zh-CN' : 'en' });
          const first = evaluateSync(parsed.data, options);
          const again = evaluateSync(parsed.data, options);
          expectSameReport(first, fromRaw);
          expectSameReport(again, fromRaw);
          // Values a report carries are its own: no array is shared with another report.
          first.findings.forEach((f, i) => {
            f.explanation.forEach((e, k) => {
              if (typeof e.actual === 'object' && e.actual !== null) {
                expect(e.actual).not.toBe(again.findings[i]!.explanation[k]!.actual);
              }
            });
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});

// The goal analysis on any arguments: analyzeGoal, detectLocale and the number readers answer every value; the
// message helpers throw only a CrossdeptError (invalid_argument, invalid_locale).
import fc from 'fast-check';
import { describe } from 'vitest';
import {
  analyzeGoal,
  describeCriterion,
  describeQuantity,
  detectLocale,
  goalMessage,
  parseChineseInteger,
  parseNumber,
  quoteEvidence,
  verdictCode,
} from '../../src/analysis/index.js';
import { statementFacts } from '../../src/rules/facts/statement.js';
import { API_CONTRACTS } from './contracts.js';
import { field, hostile, mostlyValid, object, type Recipe } from './hostile.js';
import { sweep } from './sweep.js';

const STATEMENTS = [
  '3个月内完成产品上市，首月销售额达500万元',
  'Raise customer satisfaction from 70% to 85% by July 2027',
  '今年我们要成为最好的服务中心',
  '尽快提升效率',
];
const analysis = analyzeGoal(STATEMENTS[0]!, { reference: '2026-09-01' });
const english = analyzeGoal(STATEMENTS[1]!, { reference: { start: '2026-09-01', end: '2027-08-31' } });
const VALID: readonly unknown[] = [
  analysis,
  english,
  analysis.measurable.evidence[0],
  analysis.timeBound.evidence[0],
];
const PATHS = [
  ['specific'],
  ['specific', 'evidence'],
  ['measurable', 'evidence', 0],
  ['timeBound'],
  ['vagueTerms'],
  ['locale'],
  ['deadline'],
  ['text'],
  ['value'],
  ['unit'],
  ['from'],
  ['kind'],
];
const analysisArg = mostlyValid(VALID.length, PATHS);
const criterion = field(['specific', 'measurable', 'timeBound', 'assignable'], ['smart']);
const locale = field(['zh-CN', 'en', undefined], ['fr']);
const text = fc.oneof(field(STATEMENTS), hostile);

const ENTRIES: readonly [
  keyof typeof API_CONTRACTS & string,
  (...args: never[]) => unknown,
  fc.Arbitrary<readonly Recipe[]>,
][] = [
  [
    'analyzeGoal',
    analyzeGoal,
    fc.tuple(
      text,
      fc.oneof(
        hostile,
        object({
          locale: field(['zh-CN', 'en', 'auto'], ['fr']),
          reference: field(
            ['2026-09-01', { start: '2026-09-01', end: '2026-12-31' }],
            ['soon', { start: 1 }],
          ),
          calendar: field(
            [{ holidays: ['2026-10-01'], workdays: ['2026-10-10'] }, {}],
            ['weekends', { holidays: 5 }],
          ),
        }),
      ),
    ),
  ],
  ['detectLocale', detectLocale, fc.tuple(text)],
  ['parseNumber', parseNumber, fc.tuple(fc.oneof(field(['500万', '1,234.5', '三成', '12e3']), hostile))],
  [
    'parseChineseInteger',
    parseChineseInteger,
    fc.tuple(fc.oneof(field(['一千零二十', '十万', '两']), hostile)),
  ],
  ['verdictCode', verdictCode, fc.tuple(analysisArg, criterion)],
  ['describeCriterion', describeCriterion, fc.tuple(analysisArg, criterion, locale)],
  ['describeQuantity', describeQuantity, fc.tuple(analysisArg)],
  ['quoteEvidence', quoteEvidence, fc.tuple(analysisArg, locale)],
  [
    'statementFacts',
    statementFacts,
    fc.tuple(analysisArg, field([{ start: '2026-09-01', end: '2026-12-31' }, undefined], [5])),
  ],
  [
    'goalMessage',
    goalMessage,
    fc.tuple(
      locale,
      field(
        ['measurable.met', 'time-bound.vague', 'too_long', 'not_text'],
        ['measurable.great', 'constructor'],
      ),
      fc.oneof(
        hostile,
        object({
          evidence: field(['「500万元」']),
          limit: field([1000]),
          length: field([1200]),
          suggestion: field(['en']),
        }),
      ),
    ),
  ],
];

describe('the goal analysis on any arguments (property)', () => {
  for (const [name, call, args] of ENTRIES) {
    sweep({ name, contract: API_CONTRACTS[name]!, args, call: call as never, valid: VALID });
  }
});

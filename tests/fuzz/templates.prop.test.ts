// The templates on any arguments: safeRenderTemplate always answers with a result, renderTemplate throws only a
// TemplateError, isTemplateName answers every value.
import fc from 'fast-check';
import { describe } from 'vitest';
import { evaluateSync } from '../../src/rules/evaluate.js';
import {
  isTemplateName,
  renderTemplate,
  safeRenderTemplate,
  TEMPLATE_NAMES,
} from '../../src/templates/render-template.js';
import { exampleInput } from '../fixtures/example.js';
import { exampleWithIncident } from '../templates/fixtures.js';
import { API_CONTRACTS } from './contracts.js';
import { argument, field, hostile, mostlyValid, object, type Recipe } from './hostile.js';
import { sweep } from './sweep.js';

const c = exampleWithIncident();
/** A report with findings of several scopes, explanations and escalations: late, with conflicts open. */
const report = evaluateSync(c, { now: '2027-03-01', locale: 'en' });
const finding = report.findings[0]!;

const COLLABORATIONS: readonly unknown[] = [c, exampleInput()];
const COLLABORATION_PATHS = [
  ['departments'],
  ['departments', 0],
  ['people', 0, 'name'],
  ['period'],
  ['meetings', 0],
  ['milestones', 0, 'due'],
  ['team'],
];

const reportArb = fc.oneof(
  { weight: 1, arbitrary: field([report, { findings: [], actions: [] }], [{ findings: 1 }]) },
  {
    weight: 3,
    arbitrary: object(
      {
        findings: fc.oneof(
          field([report.findings, []]),
          fc
            .array(
              object({
                ruleId: field([finding.ruleId]),
                severity: field(['error', 'warning', 'info'], ['fatal']),
                scope: field(['milestone', 'conflict', 'collaboration', 'person'], ['galaxy']),
                subjectId: field(['launch', 'budget-priority', undefined, 'nope']),
                path: field([finding.path, undefined]),
                message: field([finding.message]),
                explanation: fc.oneof(
                  field([finding.explanation, [], undefined]),
                  fc
                    .array(
                      object({
                        fact: field(['daysOverdue']),
                        operator: field(['greaterThan', 'in', 'custom']),
                        expected: fc.oneof(field([0, { fact: 'nowDay' }, ['a']]), hostile),
                        actual: hostile,
                        valueResult: hostile,
                        result: field([true, false]),
                        negated: field([true, false, undefined]),
                        evidence: field(['「3个月内」', undefined]),
                      }),
                      { maxLength: 3 },
                    )
                    .map((items) => ({ t: 'list', items }) as const),
                ),
              }),
              { maxLength: 3 },
            )
            .map((items) => ({ t: 'list', items }) as const),
        ),
        actions: fc.oneof(
          field([report.actions, []]),
          fc
            .array(
              object({
                type: field(['escalate']),
                ruleId: field(['conflict.escalate']),
                scope: field(['conflict', 'milestone']),
                subjectId: field(['budget-priority', 'launch']),
                toLevel: field([1, 2, 9], [Number.NaN, '2']),
                title: field(['分管副总', undefined]),
                person: field(['zhou', undefined]),
                reason: field(['late']),
              }),
              { maxLength: 3 },
            )
            .map((items) => ({ t: 'list', items }) as const),
        ),
      },
      ['findings', 'actions'],
    ),
  },
);

const options = fc.oneof(
  { weight: 1, arbitrary: hostile },
  {
    weight: 6,
    arbitrary: object(
      {
        locale: field(['en', 'zh-CN'], ['fr', null]),
        format: field(['markdown', 'html', 'docx'], ['pdf']),
        meeting: field(['sync-2026-10-12', undefined], ['sync-2026-10-21', 7]),
        incident: field(['test-env-outage', undefined], ['outage']),
        report: reportArb,
        source: field(['a.yaml', '<b>x</b>|y.yaml', null, undefined], [3, {}]),
      },
      ['locale', 'format'],
    ),
  },
);

const args = fc.tuple(
  field([...TEMPLATE_NAMES, 'findings', 'findings'], ['kickof', '']),
  mostlyValid(COLLABORATIONS.length, COLLABORATION_PATHS),
  options,
);

/** Always tried: null findings, actions and explanations; options and a report that cannot be read. */
const EXAMPLES: readonly (readonly Recipe[])[] = [
  { findings: [null], actions: [] },
  { findings: [], actions: [null] },
  { findings: [{ ...finding, explanation: [null] }], actions: [] },
].map((r) => [
  { t: 'plain', v: 'findings' },
  { t: 'valid', i: 0 },
  { t: 'plain', v: { locale: 'en', format: 'markdown', report: r } },
]);
const HOSTILE_EXAMPLES: readonly (readonly Recipe[])[] = [
  ...EXAMPLES,
  [
    { t: 'plain', v: 'findings' },
    { t: 'valid', i: 0 },
    { t: 'proxy', of: 'object' },
  ],
  [{ t: 'plain', v: 'findings' }, { t: 'valid', i: 0 }, { t: 'getters' }],
  [
    { t: 'plain', v: 'kickoff' },
    { t: 'proxy', of: 'object' },
    { t: 'plain', v: { locale: 'en', format: 'html' } },
  ],
];

describe('safeRenderTemplate and renderTemplate (property)', () => {
  sweep({
    name: 'safeRenderTemplate',
    contract: API_CONTRACTS.safeRenderTemplate!,
    args,
    call: safeRenderTemplate as never,
    valid: COLLABORATIONS,
    examples: HOSTILE_EXAMPLES,
  });
  sweep({
    name: 'renderTemplate',
    contract: API_CONTRACTS.renderTemplate!,
    args,
    call: renderTemplate as never,
    valid: COLLABORATIONS,
    examples: HOSTILE_EXAMPLES,
  });
  sweep({
    name: 'renderTemplate (blank forms and anything at all)',
    contract: API_CONTRACTS.renderTemplate!,
    args: fc.tuple(argument(0), fc.oneof(fc.constant({ t: 'plain', v: null } as const), hostile), options),
    call: renderTemplate as never,
  });
  sweep({
    name: 'isTemplateName',
    contract: API_CONTRACTS.isTemplateName!,
    args: fc.tuple(hostile),
    call: isTemplateName as never,
  });
});

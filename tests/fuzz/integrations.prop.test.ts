// calendarOf on any arguments: it returns iCalendar text or throws an IntegrationError, and nothing else.
import fc from 'fast-check';
import { describe } from 'vitest';
import { calendarOf } from '../../src/integrations/calendar-of.js';
import { composeNotification, notificationMessage } from '../../src/integrations/notification/compose.js';
import { example, exampleInput } from '../fixtures/example.js';
import { API_CONTRACTS } from './contracts.js';
import { field, hostile, mostlyValid, object, type Recipe } from './hostile.js';
import { sweep } from './sweep.js';

const VALID: readonly unknown[] = [example(), exampleInput()];
const COLLABORATION_PATHS = [
  ['milestones', 0],
  ['meetings', 0, 'actions'],
  ['meetings', 0],
  ['period'],
  ['people'],
];
const REPORT = { findings: [], actions: [], summary: { error: 0, warning: 0, info: 0 } };

const options = fc.oneof(
  { weight: 1, arbitrary: hostile },
  {
    weight: 5,
    arbitrary: object(
      {
        now: field(['2026-11-26', '2026-08-01'], ['2026-02-30', 'today', 20261126]),
        locale: field(['en', 'zh-CN'], ['fr', 'EN', null]),
        report: field([REPORT, undefined], [[], { findings: 1 }, { findings: [{}], actions: [] }]),
      },
      ['now', 'locale'],
    ),
  },
);

describe('calendarOf (property)', () => {
  const examples: readonly (readonly Recipe[])[] = [
    [
      { t: 'valid', i: 0 },
      { t: 'plain', v: null },
    ],
    [
      { t: 'valid', i: 1 },
      { t: 'proxy', of: 'object' },
    ],
    [{ t: 'valid', i: 0 }, { t: 'getters' }],
  ];
  sweep({
    name: 'calendarOf',
    contract: API_CONTRACTS.calendarOf!,
    args: fc.tuple(mostlyValid(VALID.length, COLLABORATION_PATHS), options),
    call: calendarOf as never,
    valid: VALID,
    examples,
  });
});

const notifyOptions = fc.oneof(
  { weight: 1, arbitrary: hostile },
  {
    weight: 5,
    arbitrary: object(
      {
        channel: field(['dingtalk', 'feishu', 'wecom', 'slack', 'webhook'], ['teams', null, 3]),
        now: field(['2026-11-26'], ['2026-02-30', 20261126]),
        locale: field(['en', 'zh-CN'], ['fr', null]),
        only: field([undefined, [], ['error'], ['x/finding/a/b']], ['error', [1], {}]),
        warnings: field([undefined, true, false], ['yes', 1]),
        keyword: field([undefined, 'PMO', '项目'], [7, {}]),
      },
      ['channel', 'now', 'locale'],
    ),
  },
);

const ESCALATING = {
  findings: [
    {
      ruleId: 'r',
      severity: 'error',
      scope: 'milestone',
      subjectId: 'launch',
      path: '/x',
      message: 'm',
      explanation: [],
    },
  ],
  actions: [
    {
      type: 'escalate',
      ruleId: 'r',
      scope: 'conflict',
      subjectId: 'budget-priority',
      toLevel: 2,
      reason: 'x',
    },
  ],
  summary: { error: 1, warning: 0, info: 0 },
  upcoming: [{ subjectId: 'launch', toLevel: 3, on: '2026-12-01' }, 5, null],
};
const reportArg = field([REPORT, ESCALATING], [[], { findings: 1 }, { findings: [{}], actions: [] }, null]);

describe('composeNotification (property)', () => {
  sweep({
    name: 'composeNotification',
    contract: API_CONTRACTS.composeNotification!,
    args: fc.tuple(reportArg, mostlyValid(VALID.length, COLLABORATION_PATHS), notifyOptions),
    call: composeNotification as never,
    valid: VALID,
    examples: [],
  });
});

describe('notificationMessage (property)', () => {
  sweep({
    name: 'notificationMessage',
    contract: API_CONTRACTS.notificationMessage!,
    args: fc.tuple(reportArg, mostlyValid(VALID.length, COLLABORATION_PATHS), notifyOptions),
    call: notificationMessage as never,
    valid: VALID,
    examples: [],
  });
});

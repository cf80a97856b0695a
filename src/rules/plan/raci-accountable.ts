import type { RuleDefinition } from '../types.js';

/**
 * plan.raci-accountable: when the responsibility table uses RACI, every row has exactly one accountable person,
 * who holds decision authority.
 *
 * @example
 * ```ts
 * planRaciAccountable.scope; // 'responsibility'
 * ```
 */
export const planRaciAccountable: RuleDefinition = {
  id: 'plan.raci-accountable',
  scope: 'responsibility',
  severity: 'warning',
  phase: 'any',
  params: {},
  conditions: {
    all: [
      { fact: 'usesRaci', operator: 'equal', value: true },
      {
        any: [
          { name: 'missing', fact: 'accountableNamed', operator: 'equal', value: false },
          { name: 'several', fact: 'dutyAccountableCount', operator: 'greaterThan', value: 1 },
          {
            name: 'authority',
            all: [
              { fact: 'accountableNamed', operator: 'equal', value: true },
              { fact: 'accountableHasAuthority', operator: 'equal', value: false },
            ],
          },
        ],
      },
    ],
  },
  path: '{subject}/accountable',
  message: {
    'zh-CN': '职责表第 {row} 行（{name}）的批准人（A）不明确',
    en: 'Row {row} of the responsibility table ({name}) has no clear accountable person (A)',
  },
  variants: {
    missing: {
      message: {
        'zh-CN': '职责表第 {row} 行（{name}）没有批准人（A）：使用 RACI 时每项职责都要有且只有一位批准人',
        en: 'Row {row} of the responsibility table ({name}) names no accountable person (A): with RACI every duty has exactly one',
      },
    },
    several: {
      message: {
        'zh-CN':
          '职责表第 {row} 行（{name}）的同一职责被指定了 {dutyAccountableCount} 位批准人（A）：{dutyAccountableNames:list}',
        en: 'Row {row} of the responsibility table ({name}): the same duty has {dutyAccountableCount} accountable people (A): {dutyAccountableNames:list}',
      },
    },
    authority: {
      message: {
        'zh-CN': '职责表第 {row} 行（{name}）的批准人（A）{accountableName}没有决策权',
        en: 'Row {row} of the responsibility table ({name}): the accountable person (A) {accountableName} holds no decision authority',
      },
    },
  },
  description: {
    'zh-CN': 'RACI 中每项职责有且只有一位有决策权的批准人',
    en: 'With RACI, each duty has exactly one accountable person with decision authority',
  },
};

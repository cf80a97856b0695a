import type { RuleDefinition } from '../types.js';

/**
 * scope.change-approved: a scope item added after the scope was agreed (`initiatedOn`, else the period start)
 * is approved by someone with decision authority — unapproved additions are scope creep.
 *
 * @example
 * ```ts
 * scopeChangeApproved.scope; // 'scope-change'
 * ```
 */
export const scopeChangeApproved: RuleDefinition = {
  id: 'scope.change-approved',
  scope: 'scope-change',
  severity: 'warning',
  phase: 'any',
  params: {},
  conditions: {
    all: [
      { fact: 'change', operator: 'equal', value: 'added' },
      { fact: 'changeDay', operator: 'greaterThan', value: { fact: 'agreedDay' } },
      {
        any: [
          { name: 'unapproved', fact: 'approved', operator: 'equal', value: false },
          { name: 'noAuthority', fact: 'approverHasAuthority', operator: 'equal', value: false },
        ],
      },
    ],
  },
  path: '{subject}',
  message: {
    'zh-CN': '范围事项「{item}」于 {changeDay:date} 加入，未经有决策权的人批准',
    en: 'Scope item “{item}” was added on {changeDay:date} without the approval of someone with decision authority',
  },
  variants: {
    unapproved: {
      path: '{subject}/approvedBy',
      message: {
        'zh-CN':
          '范围事项「{item}」于 {changeDay:date}（范围约定于 {agreedDay:date}）加入，没有写明批准人（approvedBy）：范围蔓延',
        en: 'Scope item “{item}” was added on {changeDay:date}, after the scope was agreed on {agreedDay:date}, and no approver is named (approvedBy): scope creep',
      },
    },
    noAuthority: {
      path: '{subject}/approvedBy',
      message: {
        'zh-CN': '范围事项「{item}」于 {changeDay:date} 加入，批准人 {approverName} 没有决策权',
        en: 'Scope item “{item}” was added on {changeDay:date}, approved by {approverName}, who has no decision authority',
      },
    },
  },
  description: {
    'zh-CN': '约定后新增的范围事项经有决策权的人批准',
    en: 'Scope added after it was agreed is approved by someone with decision authority',
  },
};

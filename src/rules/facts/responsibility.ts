import type { Responsibility } from '../../model/types.js';
import { type FactContext, stated } from './context.js';
import { defineFacts } from './define.js';

function missing(r: Responsibility): string[] {
  const out: string[] = [];
  if (r.owner === undefined) out.push('owner');
  if (!stated(r.deliverable)) out.push('deliverable');
  if (r.due === undefined) out.push('due');
  return out;
}

/** Facts about one row of the responsibility table. */
export const responsibilityFacts = defineFacts('responsibility', {
  row: [
    'number',
    '职责表中的行号（从 1 起）',
    'The row number in the responsibility table (from 1)',
    (_, __, s) => s.index + 1,
  ],
  name: [
    'text',
    '负责部门名称',
    'The name of the responsible department',
    (r, ctx) => ctx.departmentName(r.department) ?? '',
  ],
  ownerNamed: ['boolean', '已指定负责人', 'An owner is named', (r) => r.owner !== undefined],
  ownerName: [
    'text',
    '负责人姓名（无则为空）',
    'The owner’s name (empty when none)',
    (r, ctx) => ctx.personName(r.owner) ?? '',
  ],
  deliverableStated: [
    'boolean',
    '已写明交付物（非空白）',
    'A deliverable is stated (not blank)',
    (r) => stated(r.deliverable),
  ],
  dueStated: ['boolean', '已写明完成时限', 'A due date is stated', (r) => r.due !== undefined],
  missingFields: [
    'list',
    '缺少的字段（owner、deliverable、due，按此顺序）',
    'Missing fields (owner, deliverable, due, in that order)',
    (r) => missing(r),
  ],
  missingFieldCount: [
    'number',
    '缺少的字段数（missingFields 的个数）',
    'Number of missing fields (the size of missingFields)',
    (r) => missing(r).length,
  ],
  firstMissingField: [
    'text',
    '第一个缺少的字段（无则为空）',
    'The first missing field (empty when none)',
    (r) => missing(r)[0] ?? '',
  ],
  accountableNamed: [
    'boolean',
    '已指定批准人（RACI 的 A）',
    'An accountable person (the A of RACI) is named',
    (r) => r.accountable !== undefined,
  ],
  accountableName: [
    'text',
    '批准人（A）姓名（无则为空）',
    'The accountable person’s name (empty when none)',
    (r, ctx) => ctx.personName(r.accountable) ?? '',
  ],
  accountableHasAuthority: [
    'boolean',
    '批准人（A）拥有决策权',
    'The accountable person holds decision authority',
    (r, ctx) => r.accountable !== undefined && ctx.people.get(r.accountable)?.decisionAuthority === true,
  ],
  dutyAccountableCount: [
    'number',
    '同一职责（duty 相同的各行）被指定的不同批准人数',
    'Number of different accountable people named for the same duty (rows with the same duty)',
    (r, ctx) => dutyAccountables(r, ctx).length,
  ],
  dutyAccountableNames: [
    'list',
    '同一职责被指定的各批准人姓名',
    'The names of the accountable people named for the same duty',
    (r, ctx) => dutyAccountables(r, ctx).map((id) => ctx.personName(id) ?? id),
  ],
  dueDay: [
    'day',
    '解析后的完成时限（未写明时无值）',
    'The resolved due date (absent when not set)',
    (r, ctx) => ctx.dueDay(r.due),
  ],
});

// The accountable people by duty, once per evaluation.
const BY_DUTY = new WeakMap<FactContext, ReadonlyMap<string, readonly string[]>>();

/** The distinct accountable people of every row with the same (trimmed, non-blank) duty as `r`. */
function dutyAccountables(r: Responsibility, ctx: FactContext): readonly string[] {
  const own = r.accountable === undefined ? [] : [r.accountable];
  const duty = r.duty?.trim();
  if (duty === undefined || duty === '') return own;
  let byDuty = BY_DUTY.get(ctx);
  if (byDuty === undefined) {
    const built = new Map<string, string[]>();
    for (const row of ctx.c.responsibilities) {
      const key = row.duty?.trim();
      if (key === undefined || key === '' || row.accountable === undefined) continue;
      const list = built.get(key) ?? [];
      if (!list.includes(row.accountable)) list.push(row.accountable);
      built.set(key, list);
    }
    byDuty = built;
    BY_DUTY.set(ctx, byDuty);
  }
  return byDuty.get(duty) ?? own;
}

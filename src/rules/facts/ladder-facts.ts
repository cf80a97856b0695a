import type { Spec } from './define.js';
import { deciderAt, type LadderKind, ladderOf, workdaysSince } from './ladder.js';

/**
 * The facts every subject that climbs the escalation ladder has (conflicts, milestones, incidents), with the same
 * names and meaning for the three kinds, read from one ladder state per subject (see docs/escalation.md).
 *
 * @param kind - The subject kind (also the facts' scope).
 * @returns The facts' table.
 */
export function ladderFacts<K extends LadderKind>(kind: K): Spec<K> {
  return {
    inBreach: [
      'boolean',
      '处于违约状态（升级触发条件成立，见 docs/escalation.md）',
      'In breach: its escalation trigger holds (see docs/escalation.md)',
      (_, ctx, s) => ladderOf(ctx, kind, s.index).inBreach,
    ],
    breachSinceDay: [
      'day',
      '触发条件最早成立的日期（日期；不成立时无值）',
      'The first day the trigger holds (a date; absent when it does not)',
      (_, ctx, s) => ladderOf(ctx, kind, s.index).breachSince,
    ],
    escalationCount: [
      'number',
      '升级记录数',
      'Number of escalation records',
      (_, ctx, s) => ladderOf(ctx, kind, s.index).records.length,
    ],
    currentLevel: [
      'number',
      '当前所在升级层级（已记录的最高层级；未升级为 0）',
      'The current escalation level (the highest recorded; 0 when none)',
      (_, ctx, s) => ladderOf(ctx, kind, s.index).level,
    ],
    currentLevelTitle: [
      'text',
      '当前层级的职务（无则为空）',
      'The title at the current level (empty when none)',
      (_, ctx, s) => ctx.levels.get(ladderOf(ctx, kind, s.index).level)?.title ?? '',
    ],
    currentLevelDay: [
      'day',
      '升级到当前层级的日期（日期；未升级时无值）',
      'When it was escalated to the current level (a date; absent when not escalated)',
      (_, ctx, s) => ladderOf(ctx, kind, s.index).current?.day,
    ],
    currentLevelTimeboxDays: [
      'number',
      '当前层级的处理时限（工作日）：升级路径中该层级的 timeboxDays，未设置时取升级规则的 levelTimeboxDays 参数',
      'The current level’s timebox in working days: its timeboxDays in the escalation path, else the escalating rule’s levelTimeboxDays param',
      (_, ctx, s) => ladderOf(ctx, kind, s.index).levelTimeboxDays,
    ],
    workdaysAtCurrentLevel: [
      'number',
      '升级到当前层级至评估日期的工作日数（未升级时无值）',
      'Working days from the escalation to the current level to now (absent when not escalated)',
      (_, ctx, s) => {
        const current = ladderOf(ctx, kind, s.index).current;
        return current === undefined ? undefined : workdaysSince(ctx, current.day);
      },
    ],
    topLevel: [
      'number',
      '升级路径的最高层级（无路径为 0）',
      'The highest level of the escalation path (0 without one)',
      (_, ctx) => ctx.topLevel,
    ],
    nextEscalationLevel: [
      'number',
      '当前层级之上的下一个升级层级（已在最高层级时无值）',
      'The next escalation level above the current one (absent at the top level)',
      (_, ctx, s) => ladderOf(ctx, kind, s.index).nextLevel,
    ],
    nextLevelTitle: [
      'text',
      '下一层级的职务（无则为空）',
      'The title at the next level (empty when none)',
      (_, ctx, s) => {
        const next = ladderOf(ctx, kind, s.index).nextLevel;
        return next === undefined ? '' : (ctx.levels.get(next)?.title ?? '');
      },
    ],
    nextLevelDeciderName: [
      'text',
      '下一层级的决策人姓名（升级路径指定的人，否则按汇报关系推出；无则为空）',
      'The name of who decides at the next level (named by the path, else found along reportsTo; empty when none)',
      (_, ctx, s) => {
        const next = ladderOf(ctx, kind, s.index).nextLevel;
        const id = next === undefined ? undefined : deciderAt(ctx, kind, s.index, next);
        return ctx.personName(id) ?? '';
      },
    ],
    escalationDueDay: [
      'day',
      '下一层级到期（应升级）的第一天（日期；不会到期时无值）',
      'The first day the next level is due (a date; absent when it never is by time alone)',
      (_, ctx, s) => ladderOf(ctx, kind, s.index).nextDueDay,
    ],
    escalationDue: [
      'boolean',
      '下一层级已到期：应立即升级',
      'The next level is due: escalate now',
      (_, ctx, s) => ladderOf(ctx, kind, s.index).due,
    ],
    dueEscalationLevel: [
      'number',
      '应立即升级到的层级（没有到期层级时无值）',
      'The level to escalate to now (absent when no level is due)',
      (_, ctx, s) => {
        const state = ladderOf(ctx, kind, s.index);
        return state.due ? state.nextLevel : undefined;
      },
    ],
    ladderExhausted: [
      'boolean',
      '已在最高层级且其时限已过：无更高层级可升',
      'At the top level with its timebox run out: no level is left',
      (_, ctx, s) => ladderOf(ctx, kind, s.index).exhausted,
    ],
  };
}

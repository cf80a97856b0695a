import { stated } from './context.js';
import { defineFacts } from './define.js';

/** Facts about one incident (a sudden problem) and its emergency plan. */
export const incidentFacts = defineFacts('incident', {
  name: ['text', '突发事件描述', 'The incident’s description', (i) => i.description],
  status: ['text', '状态（open、contained、closed）', 'Status (open, contained, closed)', (i) => i.status],
  temporaryOwnerNamed: [
    'boolean',
    '已指定临时负责人',
    'A temporary owner is named',
    (i) => i.temporaryOwner !== undefined,
  ],
  measureCount: [
    'number',
    '应对措施数',
    'Number of response measures',
    (i) => (i.measures ?? []).filter((m) => stated(m)).length,
  ],
  scheduleDays: [
    'number',
    '评估的工期影响天数（impact.scheduleDays；未评估时无值）',
    'The schedule delay assessed, in days (impact.scheduleDays; absent when not assessed)',
    (i) => i.impact?.scheduleDays,
  ],
  cost: [
    'number',
    '评估的成本影响（impact.cost；未评估时无值）',
    'The cost impact assessed (impact.cost; absent when not assessed)',
    (i) => i.impact?.cost,
  ],
  impactAssessed: [
    'boolean',
    '已做影响评估（impact.summary 非空白）',
    'The impact is assessed (impact.summary not blank)',
    (i) => stated(i.impact?.summary),
  ],
});

// The quick start's main job: read the worked example, print a one-screen summary of the collaboration,
// its critical path and forecast. Run with `npm run example` (which builds first).
import { readFileSync } from 'node:fs';
import { forecastMilestones, loadCollaboration, scheduleMilestones } from '../dist/index.js';

const file = process.argv[2] ?? 'examples/new-product-launch.yaml';
const now = process.env.CROSSDEPT_NOW ?? '2026-11-26';
const locale = (process.env.LANG ?? '').startsWith('zh') ? 'zh-CN' : 'en';
const L = {
  'zh-CN': {
    period: '协作周期',
    goal: '协作目标',
    departments: '参与部门',
    team: '小组',
    leader: '组长',
    core: '核心成员',
    critical: '关键路径',
    finish: '预计完成',
    forecast: '里程碑预测（截至 {now}）',
    due: '时限',
    fc: '预测',
    slip: '延误天数',
    float: '总浮动',
    done: '已完成',
    open: '进行中',
    invalid: '文件无效',
  },
  en: {
    period: 'Period',
    goal: 'Goal',
    departments: 'Departments',
    team: 'Team',
    leader: 'leader',
    core: 'core members',
    critical: 'Critical path',
    finish: 'planned finish',
    forecast: 'Milestone forecast (as of {now})',
    due: 'due',
    fc: 'forecast',
    slip: 'slip (days)',
    float: 'float',
    done: 'done',
    open: 'open',
    invalid: 'Invalid file',
  },
}[locale];

const result = loadCollaboration(readFileSync(file, 'utf8'), { locale });
if (!result.success) {
  console.error(`${L.invalid}: ${file}`);
  for (const i of result.issues)
    console.error(`  ${i.line ? `${i.line}:${i.column} ` : ''}${i.pointer} ${i.message}`);
  process.exit(2);
}
const c = result.data;
const name = (id) =>
  c.people.find((p) => p.id === id)?.name ?? c.departments.find((d) => d.id === id)?.name ?? id;
console.log(`${c.name} (${c.id}) · ${c.scenario}${c.phase ? ` · ${c.phase}` : ''}`);
console.log(`${L.period}: ${c.period.start} → ${c.period.end}`);
if (c.goal?.statement) console.log(`${L.goal}: ${c.goal.statement}`);
console.log(`${L.departments}: ${c.departments.map((d) => `${d.name}[${d.role}]`).join(', ')}`);
if (c.team)
  console.log(`${L.team}: ${L.leader} ${name(c.team.leader)}, ${c.team.core?.length ?? 0} ${L.core}`);
const schedule = scheduleMilestones(c);
const milestoneName = (id) => c.milestones.find((m) => m.id === id)?.name ?? id;
console.log(
  `\n${L.critical}: ${schedule.criticalPath.join(' → ') || '—'}  (${schedule.criticalPath.map(milestoneName).join(' → ')})`,
);
if (schedule.finish) console.log(`${L.finish}: ${schedule.finish}`);
console.log(`\n${L.forecast.replace('{now}', now)}`);
const float = new Map(schedule.milestones.map((m) => [m.id, m.totalFloat]));
const rows = forecastMilestones(c, now, schedule).map((f) => [
  f.id,
  f.due,
  f.forecastFinish,
  String(f.slipDays),
  String(float.get(f.id)),
  f.done ? L.done : L.open,
]);
const head = ['id', L.due, L.fc, L.slip, L.float, ''];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
for (const r of [head, ...rows]) console.log('  ' + r.map((v, i) => v.padEnd(widths[i])).join('  '));

// The Gantt chart: an ECharts custom series with one bar per milestone from its schedule (earliest start to
// earliest finish), the slip from due date to forecast in red, done milestones in grey, the critical path in
// strong blue with its links drawn thick, a line at today and a dashed line at each incident that delays work.
import type { Locale } from '../../index.js';
import { wbMessage } from '../messages.js';
import type { GanttView } from '../view-model.js';
import { Chart, type ChartOption, COLORS, dayMs, isoOf, type RenderApi } from './charts.js';

const DAY = 86_400_000;

function ganttOption(g: GanttView, locale: Locale): ChartOption {
  const names = g.rows.map((r) => `${r.name} (${r.id})`);
  const index = new Map(g.rows.map((r, i) => [r.id, i]));
  const onPath = new Set(
    g.criticalPath.flatMap((id, i) => (i > 0 ? [`${g.criticalPath[i - 1]}>${id}`] : [])),
  );
  const bars = g.rows.map((r, i) => ({
    value: [i, dayMs(r.start), dayMs(r.finish), dayMs(r.due), dayMs(r.forecast)],
    row: r,
  }));
  const links = g.links.map(([from, to]) => ({
    value: [
      index.get(from)!,
      dayMs(g.rows[index.get(from)!]!.finish),
      index.get(to)!,
      dayMs(g.rows[index.get(to)!]!.start),
    ],
    critical: onPath.has(`${from}>${to}`),
  }));
  const t = (code: Parameters<typeof wbMessage>[1]) => wbMessage(locale, code);
  const dates = [
    g.today,
    ...g.rows.flatMap((r) => [r.start, r.finish, r.due, r.forecast]),
    ...g.incidents.map((i) => i.on),
  ];
  const sorted = [...dates].sort();
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const lineLabels = [
    `${t('today')} ${g.today}`,
    ...g.incidents.map((inc) => wbMessage(locale, 'incident', { name: inc.id, days: inc.days })),
  ];
  return {
    animation: false,
    grid: { left: 8, right: 96, top: 28, bottom: 28, containLabel: true },
    xAxis: {
      type: 'time',
      min: dayMs(first) - 2 * DAY,
      max: dayMs(last) + 3 * DAY,
      minInterval: 7 * DAY,
      axisLabel: { formatter: (v: number) => isoOf(v), hideOverlap: true },
      splitLine: { show: true },
    },
    yAxis: { type: 'category', data: names, inverse: true, axisTick: { show: false } },
    series: [
      {
        type: 'custom',
        name: 'links',
        silent: true,
        encode: { x: [1, 3], y: [0, 2] },
        renderItem: (_: unknown, api: RenderApi) => {
          const from = api.coord([api.value(1), api.value(0)]);
          const to = api.coord([api.value(3), api.value(2)]);
          const critical = api.value(4) === 1;
          const midX = Math.max(from[0]!, to[0]!) + 0;
          return {
            type: 'polyline',
            shape: { points: [from, [midX, from[1]!], [midX, to[1]!], to] },
            style: {
              stroke: critical ? COLORS.critical : '#6b7280',
              lineWidth: critical ? 2.5 : 1,
              fill: null,
            },
          };
        },
        data: links.map((l) => [...l.value, l.critical ? 1 : 0]),
        z: 1,
      },
      {
        type: 'custom',
        name: 'milestones',
        encode: { x: [1, 2, 3, 4], y: 0 },
        renderItem: (_: unknown, api: RenderApi & { dataIndex?: number }, ...rest: unknown[]) => {
          void rest;
          const i = api.value(0);
          const row = g.rows[i]!;
          const height = api.size([0, 1])[1]! * 0.5;
          const y = api.coord([api.value(1), i])[1]! - height / 2;
          const x0 = api.coord([api.value(1), i])[0]!;
          const x1 = Math.max(api.coord([api.value(2), i])[0]!, x0 + 4);
          const xDue = api.coord([api.value(3), i])[0]!;
          const xForecast = api.coord([api.value(4), i])[0]!;
          const fill = row.done ? COLORS.done : row.critical ? COLORS.critical : COLORS.normal;
          const children: unknown[] = [
            {
              type: 'rect',
              shape: { x: x0, y, width: x1 - x0, height },
              style: {
                fill,
                stroke: row.critical ? '#1e3a8a' : 'transparent',
                lineWidth: row.critical ? 2 : 0,
              },
            },
          ];
          if (row.slipDays > 0 && !row.done) {
            children.push({
              type: 'rect',
              shape: {
                x: xDue,
                y: y + height * 0.2,
                width: Math.max(xForecast - xDue, 3),
                height: height * 0.6,
              },
              style: { fill: COLORS.slip },
            });
          }
          children.push({
            type: 'line',
            shape: { x1: xDue, y1: y - 3, x2: xDue, y2: y + height + 3 },
            style: { stroke: '#111827', lineWidth: 2 },
          });
          return { type: 'group', children };
        },
        data: bars,
        z: 2,
      },
      {
        // Today and each incident that delays work: vertical lines across the whole chart.
        type: 'custom',
        name: 'lines',
        silent: true,
        renderItem: (params: { coordSys: { y: number; height: number } }, api: RenderApi) => {
          const x = api.coord([api.value(0), 0])[0]!;
          const today = api.value(1) === 0;
          const color = today ? COLORS.today : COLORS.incident;
          const { y, height } = params.coordSys;
          return {
            type: 'group',
            children: [
              {
                type: 'line',
                shape: { x1: x, y1: y, x2: x, y2: y + height },
                style: { stroke: color, lineWidth: 2, lineDash: today ? null : [6, 4] },
              },
              {
                type: 'text',
                x: x + 4,
                y: y - 14,
                style: { text: lineLabels[api.value(2)]!, fill: color, font: '12px sans-serif' },
              },
            ],
          };
        },
        data: [[dayMs(g.today), 0, 0], ...g.incidents.map((inc, i) => [dayMs(inc.on), 1, i + 1])],
        z: 3,
      },
    ],
  };
}

/** The Gantt chart with its data as a table beside it (for keyboard and screen-reader users, and for print). */
const STATUSES = ['planned', 'in-progress', 'blocked', 'done'] as const;

export function Gantt(props: {
  readonly gantt: GanttView;
  readonly locale: Locale;
  /** When given, each status is a menu that saves the change to the file. */
  readonly onStatus?: (row: GanttView['rows'][number], status: string) => void;
}) {
  const { gantt, locale } = props;
  const t = (code: Parameters<typeof wbMessage>[1]) => wbMessage(locale, code);
  const path = gantt.criticalPath.join(' → ');
  return (
    <div class="gantt">
      <p class="legend">{t('ganttDescription')}</p>
      <Chart
        option={ganttOption(gantt, locale)}
        label={`${t('gantt')}. ${t('criticalPath')}: ${path}`}
        height={Math.max(160, 48 + gantt.rows.length * 36)}
        testId="gantt"
        data={{ 'critical-path': path }}
      />
      <p data-testid="critical-path">
        <strong>{t('criticalPath')}:</strong> {path || t('none')}
      </p>
      <table class="data">
        <caption class="visually-hidden">{t('gantt')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('milestone')}</th>
            <th scope="col">{t('department')}</th>
            <th scope="col">{t('start')}</th>
            <th scope="col">{t('due')}</th>
            <th scope="col">{t('forecast')}</th>
            <th scope="col">{t('slip')}</th>
            <th scope="col">{t('status')}</th>
          </tr>
        </thead>
        <tbody>
          {gantt.rows.map((r) => (
            <tr
              key={r.id}
              data-milestone={r.id}
              data-critical={String(r.critical)}
              class={[
                r.critical ? 'critical' : '',
                r.done ? 'done' : '',
                r.slipDays > 0 && !r.done ? 'slipping' : '',
              ]
                .filter(Boolean)
                .join(' ')}
            >
              <th scope="row">
                {r.name} <code>{r.id}</code>
                {r.critical ? <span class="tag">{t('critical')}</span> : null}
              </th>
              <td>{r.department ?? t('none')}</td>
              <td>{r.start}</td>
              <td>{r.due}</td>
              <td>{r.forecast}</td>
              <td>{r.done ? t('none') : wbMessage(locale, 'slipDays', { days: Math.max(0, r.slipDays) })}</td>
              <td>
                {props.onStatus ? (
                  <select
                    aria-label={`${t('status')}: ${r.name}`}
                    data-testid={`status-${r.id}`}
                    value={r.status}
                    onChange={(e) => props.onStatus?.(r, (e.target as HTMLSelectElement).value)}
                  >
                    {STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`status.${s}`)}
                      </option>
                    ))}
                  </select>
                ) : (
                  t(`status.${r.status}`)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

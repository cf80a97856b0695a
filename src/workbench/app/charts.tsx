// Apache ECharts, tree-shaken: only the charts and components the workbench draws, on the canvas renderer
// (which sets no inline style attribute, so the page's Content-Security-Policy holds).
import { CustomChart } from 'echarts/charts';
import { GridSimpleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'preact/hooks';

// Only the custom series on a plain grid: every chart (bars, heatmap, Gantt) draws its own shapes and labels its
// own values, and the tables beside the charts carry every number (no tooltips needed), which keeps the
// workbench's JavaScript inside its budget of 450 KB gzipped.
echarts.use([CustomChart, GridSimpleComponent, CanvasRenderer]);

// ECharts' custom-series API, the parts the charts use.
export interface RenderApi {
  value(dim: number): number;
  coord(point: readonly number[]): number[];
  size(delta: readonly number[]): number[];
}

/**
 * Bars as a custom series: each datum `[category, from, to, colour index]` is a bar from `from` to `to` (so
 * stacked bars are bars whose `from` is the total below them), labelled with its height when `label` is set.
 */
export function barSeries(
  data: readonly (readonly [number, number, number, number])[],
  colors: readonly string[],
): Record<string, unknown> {
  return {
    type: 'custom',
    encode: { x: 0, y: [1, 2] },
    renderItem: (_: unknown, api: RenderApi) => {
      const bottom = api.coord([api.value(0), api.value(1)]);
      const top = api.coord([api.value(0), api.value(2)]);
      const width = api.size([1, 0])[0]! * 0.6;
      const height = bottom[1]! - top[1]!;
      const children: unknown[] = [
        {
          type: 'rect',
          shape: { x: bottom[0]! - width / 2, y: top[1]!, width, height },
          style: { fill: colors[api.value(3)] ?? '#6b7280' },
        },
      ];
      if (height >= 14) {
        children.push({
          type: 'text',
          x: bottom[0]!,
          y: top[1]! + height / 2,
          style: {
            text: String(api.value(2) - api.value(1)),
            fill: '#ffffff',
            font: 'bold 12px sans-serif',
            align: 'center',
            verticalAlign: 'middle',
          },
        });
      }
      return { type: 'group', children };
    },
    data: data.map((d) => [...d]),
  };
}

/** A heatmap as a custom series: each datum `[column, row, count]` is a cell coloured by its share of `max`. */
export function heatSeries(
  data: readonly (readonly [number, number, number])[],
  max: number,
): Record<string, unknown> {
  return {
    type: 'custom',
    encode: { x: 0, y: 1 },
    renderItem: (_: unknown, api: RenderApi) => {
      const center = api.coord([api.value(0), api.value(1)]);
      const [w, h] = api.size([1, 1]) as [number, number];
      return {
        type: 'group',
        children: [
          {
            type: 'rect',
            shape: { x: center[0]! - w / 2 + 1, y: center[1]! - h / 2 + 1, width: w - 2, height: h - 2 },
            style: { fill: heatColor(api.value(2) / max) },
          },
          {
            type: 'text',
            x: center[0]!,
            y: center[1]!,
            style: {
              text: String(api.value(2)),
              fill: '#111827',
              font: '12px sans-serif',
              align: 'center',
              verticalAlign: 'middle',
            },
          },
        ],
      };
    },
    data: data.map((d) => [...d]),
  };
}

/** From light amber (few findings) to light red (the most), with dark labels readable on both. */
function heatColor(share: number): string {
  const from = [254, 243, 199];
  const to = [248, 113, 113];
  const mix = from.map((f, i) => Math.round(f + (to[i]! - f) * Math.min(1, Math.max(0, share))));
  return `rgb(${mix.join(',')})`;
}

export type ChartOption = echarts.EChartsCoreOption;

/** One chart: a labelled image for assistive technology, drawn by ECharts, redrawn when its option changes. */
export function Chart(props: {
  readonly option: ChartOption;
  readonly label: string;
  readonly height: number;
  readonly testId?: string;
  readonly data?: Record<string, string>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const el = ref.current!;
    chart.current = echarts.init(el, undefined, { renderer: 'canvas' });
    const observer = new ResizeObserver(() => chart.current?.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(props.option, { notMerge: true });
  }, [props.option]);
  const dataAttributes = Object.fromEntries(
    Object.entries(props.data ?? {}).map(([k, v]) => [`data-${k}`, v]),
  );
  return (
    <div
      ref={ref}
      class="chart"
      role="img"
      aria-label={props.label}
      data-testid={props.testId}
      {...dataAttributes}
      style={{ height: `${props.height}px` }}
    />
  );
}

/** A day as milliseconds for ECharts' time axis (UTC midnight), and back to the ISO date people read. */
export const dayMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
export const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const COLORS = {
  green: '#15803d',
  amber: '#b45309',
  red: '#b91c1c',
  invalid: '#6b7280',
  critical: '#1d4ed8',
  normal: '#93c5fd',
  done: '#9ca3af',
  slip: '#dc2626',
  today: '#111827',
  incident: '#c2410c',
} as const;

// The portfolio: one row per collaboration, sortable and filterable, and three charts.
import { useMemo, useState } from 'preact/hooks';
import type { Locale } from '../../index.js';
import { wbMessage } from '../messages.js';
import type { HealthLevel, PortfolioRow, PortfolioView } from '../view-model.js';
import { barSeries, Chart, type ChartOption, COLORS, heatSeries } from './charts.js';
import { linkTo } from './route.js';

type SortKey =
  | 'name'
  | 'health'
  | 'phase'
  | 'next'
  | 'slip'
  | 'escalations'
  | 'problems'
  | 'actions'
  | 'findings';
const HEALTH_RANK: Readonly<Record<HealthLevel, number>> = { red: 0, amber: 1, invalid: 2, green: 3 };

function sortValue(row: PortfolioRow, key: SortKey): string | number {
  switch (key) {
    case 'name':
      return row.name;
    case 'health':
      return HEALTH_RANK[row.health];
    case 'phase':
      return row.phase ?? '';
    case 'next':
      return row.nextMilestone?.due ?? '9999';
    case 'slip':
      return -row.criticalSlipDays;
    case 'escalations':
      return -row.escalationsDue;
    case 'problems':
      return -row.openProblems;
    case 'actions':
      return -row.openActions;
    case 'findings':
      return -(row.findings.error * 10000 + row.findings.warning * 100 + row.findings.info);
  }
}

export function HealthBadge(props: {
  readonly level: HealthLevel;
  readonly reasons: readonly string[];
  readonly locale: Locale;
}) {
  const label = wbMessage(props.locale, `health.${props.level}`);
  return (
    <span class={`badge health-${props.level}`} title={props.reasons.join('\n')} data-health={props.level}>
      {label}
    </span>
  );
}

function charts(
  view: PortfolioView,
  locale: Locale,
): { health: ChartOption; area: ChartOption; heat: ChartOption } {
  const t = (code: Parameters<typeof wbMessage>[1]) => wbMessage(locale, code);
  const levels: HealthLevel[] = ['green', 'amber', 'red', 'invalid'];
  const shown = levels.filter((l) => view.byHealth[l] > 0 || l !== 'invalid');
  const health: ChartOption = {
    animation: false,
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: shown.map((l) => t(`health.${l}`)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      barSeries(
        shown.map((l, i) => [i, 0, view.byHealth[l], levels.indexOf(l)] as const),
        levels.map((l) => COLORS[l]),
      ),
    ],
  };
  const severities = ['error', 'warning', 'info'] as const;
  const stacked = view.byArea.flatMap((a, i) => {
    let base = 0;
    return severities.flatMap((s, k) => {
      const n = a.counts[s];
      const bar = [i, base, base + n, k] as const;
      base += n;
      return n > 0 ? [bar] : [];
    });
  });
  const area: ChartOption = {
    animation: false,
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: view.byArea.map((a) => a.area) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [barSeries(stacked, [COLORS.red, COLORS.amber, COLORS.critical])],
  };
  const max = Math.max(1, ...view.heatmap.cells.map((c) => c[2]));
  const heat: ChartOption = {
    animation: false,
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: view.heatmap.areas, splitArea: { show: true } },
    yAxis: {
      type: 'category',
      data: view.heatmap.departments.map((d) => (d === '' ? t('wholeCollaboration') : d)),
      splitArea: { show: true },
    },
    series: [heatSeries(view.heatmap.cells, max)],
  };
  return { health, area, heat };
}

export function Portfolio(props: {
  readonly view: PortfolioView;
  readonly pending: readonly string[];
  readonly locale: Locale;
}) {
  const { view, locale } = props;
  const t = (code: Parameters<typeof wbMessage>[1]) => wbMessage(locale, code);
  const [filter, setFilter] = useState('');
  const [healthFilter, setHealthFilter] = useState<HealthLevel | 'all'>('all');
  const [sort, setSort] = useState<{ key: SortKey; up: boolean }>({ key: 'health', up: true });
  const options = useMemo(() => charts(view, locale), [view, locale]);
  const rows = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const kept = view.rows.filter(
      (r) =>
        (healthFilter === 'all' || r.health === healthFilter) &&
        (needle === '' || `${r.name} ${r.path} ${r.id ?? ''}`.toLowerCase().includes(needle)),
    );
    const direction = sort.up ? 1 : -1;
    return [...kept].sort((a, b) => {
      const x = sortValue(a, sort.key);
      const y = sortValue(b, sort.key);
      const order =
        typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return order * direction || a.path.localeCompare(b.path);
    });
  }, [view, filter, healthFilter, sort]);
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.up ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        class="sort"
        onClick={() => setSort({ key, up: sort.key === key ? !sort.up : true })}
        aria-label={wbMessage(locale, 'sortBy', { name: label })}
      >
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.up ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
  if (view.rows.length === 0 && props.pending.length === 0) return <p>{t('empty')}</p>;
  return (
    <section aria-labelledby="portfolio-title">
      <h1 id="portfolio-title">{t('portfolio')}</h1>
      <div class="charts">
        <figure>
          <figcaption>{t('byHealth')}</figcaption>
          <Chart option={options.health} label={t('byHealth')} height={220} testId="chart-health" />
        </figure>
        <figure>
          <figcaption>{t('byArea')}</figcaption>
          <Chart option={options.area} label={t('byArea')} height={220} testId="chart-area" />
          <ul class="chart-legend">
            {(['error', 'warning', 'info'] as const).map((s) => (
              <li key={s}>
                <span class={`swatch sev-bg-${s}`} aria-hidden="true" /> {t(`severity.${s}`)}
              </li>
            ))}
          </ul>
        </figure>
        <figure>
          <figcaption>{t('byDepartment')}</figcaption>
          <Chart option={options.heat} label={t('byDepartment')} height={220} testId="chart-department" />
        </figure>
      </div>
      <div class="filters">
        <label>
          {t('filter')}{' '}
          <input
            type="search"
            value={filter}
            onInput={(e) => setFilter((e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          {t('health')}{' '}
          <select
            value={healthFilter}
            onChange={(e) => setHealthFilter((e.target as HTMLSelectElement).value as HealthLevel | 'all')}
          >
            <option value="all">{t('allHealth')}</option>
            {(['green', 'amber', 'red', 'invalid'] as const).map((l) => (
              <option value={l} key={l}>
                {t(`health.${l}`)} ({view.byHealth[l]})
              </option>
            ))}
          </select>
        </label>
      </div>
      <table class="data portfolio" data-testid="portfolio">
        <caption class="visually-hidden">{t('portfolio')}</caption>
        <thead>
          <tr>
            {header('name', t('name'))}
            {header('health', t('health'))}
            {header('phase', t('phase'))}
            <th scope="col">{t('period')}</th>
            {header('next', t('nextMilestone'))}
            {header('slip', t('slip'))}
            {header('escalations', t('escalationsDue'))}
            <th scope="col">{t('escalationsComing')}</th>
            {header('problems', t('openProblems'))}
            {header('actions', t('openActions'))}
            {header('findings', t('findings'))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.path} data-path={r.path} data-health={r.health}>
              <th scope="row">
                <a href={linkTo({ page: 'collaboration', path: r.path })}>{r.name}</a>
                <div class="muted">{r.path}</div>
              </th>
              <td>
                <HealthBadge
                  level={r.health}
                  reasons={
                    r.health === 'invalid'
                      ? [wbMessage(locale, 'reason.invalid', { count: Number(r.reasons[0]) })]
                      : r.reasons
                  }
                  locale={locale}
                />
              </td>
              <td>{r.phase === null ? t('none') : t(`phase.${r.phase}`)}</td>
              <td>{r.period ? `${r.period.start} – ${r.period.end}` : t('none')}</td>
              <td>{r.nextMilestone ? `${r.nextMilestone.name} · ${r.nextMilestone.due}` : t('none')}</td>
              <td class={r.criticalSlipDays > 0 ? 'bad' : ''} data-testid="slip">
                {wbMessage(locale, 'slipDays', { days: r.criticalSlipDays })}
              </td>
              <td data-testid="escalations">{r.escalationsDue}</td>
              <td>{r.escalationsComing ?? t('none')}</td>
              <td data-testid="problems">{r.openProblems}</td>
              <td data-testid="actions">{r.openActions}</td>
              <td data-testid="findings">
                <span class="count error" title={t('severity.error')}>
                  {r.findings.error}
                </span>{' '}
                <span class="count warning" title={t('severity.warning')}>
                  {r.findings.warning}
                </span>{' '}
                <span class="count info" title={t('severity.info')}>
                  {r.findings.info}
                </span>
              </td>
            </tr>
          ))}
          {props.pending.map((path) => (
            <tr key={path} data-path={path} data-health="pending" aria-busy="true">
              <th scope="row">
                <a href={linkTo({ page: 'collaboration', path })}>{path}</a>
              </th>
              <td colSpan={10} class="muted">
                {t('analysing')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

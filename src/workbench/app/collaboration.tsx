// The collaboration page: summary, Gantt, escalation ladder, findings with their explanations, registers, goal
// attainment and every document, printable.
import { useState } from 'preact/hooks';
import type { ConditionExplanation, Locale, TemplateName } from '../../index.js';
import type { FileAnalysis } from '../analyze.js';
import { wbMessage } from '../messages.js';
import {
  type CollaborationView,
  type FindingView,
  renderedTemplate,
  SEVERITIES_SHOWN,
} from '../view-model.js';
import { Gantt } from './gantt.js';
import { HealthBadge } from './portfolio.js';
import { linkTo } from './route.js';

type T = (code: Parameters<typeof wbMessage>[1]) => string;

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function Trace(props: { readonly explanation: readonly ConditionExplanation[]; readonly t: T }) {
  return (
    <details class="trace">
      <summary>{props.t('trace')}</summary>
      <ul>
        {props.explanation.map((e, i) => (
          <li key={i} class={e.result ? 'held' : 'failed'}>
            {e.evidence ? <span>{e.evidence} </span> : null}
            <code>
              {e.negated ? 'not ' : ''}
              {e.fact}
              {e.path ? e.path : ''} {e.operator} {show(e.expected)}
            </code>{' '}
            → <code>{show(e.actual)}</code> ({String(e.result)})
          </li>
        ))}
      </ul>
    </details>
  );
}

export function Findings(props: { readonly view: CollaborationView; readonly locale: Locale }) {
  const t: T = (code) => wbMessage(props.locale, code);
  const total = SEVERITIES_SHOWN.reduce((n, s) => n + props.view.findings[s].length, 0);
  return (
    <div class="findings" data-testid="findings" data-count={total}>
      {total === 0 ? <p class="ok">{t('noFindings')}</p> : null}
      {SEVERITIES_SHOWN.map((s) =>
        props.view.findings[s].length === 0 ? null : (
          <section key={s} class={`severity-${s}`} aria-label={t(`severity.${s}`)}>
            <h3>
              {t(`severity.${s}`)} ({props.view.findings[s].length})
            </h3>
            <ul>
              {props.view.findings[s].map((f: FindingView, i) => (
                <li key={`${f.ruleId}-${f.path}-${i}`} data-rule={f.ruleId} data-severity={f.severity}>
                  <details>
                    <summary>
                      <span class={`sev sev-${f.severity}`}>{t(`one.${f.severity}`)}</span> {f.message}{' '}
                      <code class="muted">{f.ruleId}</code>
                    </summary>
                    <p>
                      {t('explanation')}: <code>{f.path}</code>
                      {f.department ? ` · ${f.department}` : ''}
                    </p>
                    <Trace explanation={f.explanation} t={t} />
                  </details>
                </li>
              ))}
            </ul>
          </section>
        ),
      )}
    </div>
  );
}

function Table(props: {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
  readonly empty: string;
  readonly testId?: string;
}) {
  if (props.rows.length === 0)
    return (
      <p class="muted" data-testid={props.testId}>
        {props.caption}: {props.empty}
      </p>
    );
  return (
    <table class="data" data-testid={props.testId}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          {props.head.map((h) => (
            <th scope="col" key={h}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r, i) => (
          <tr key={i}>
            {r.map((c, j) => (
              <td key={j}>{c ?? '—'}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Documents(props: {
  readonly analysis: FileAnalysis;
  readonly view: CollaborationView;
  readonly locale: Locale;
}) {
  const t: T = (code) => wbMessage(props.locale, code);
  const [open, setOpen] = useState<{ name: TemplateName; id?: string } | null>(null);
  const rendered = open === null ? null : renderedTemplate(props.analysis, open, props.locale);
  return (
    <div class="documents">
      <ul class="buttons">
        {props.view.templates.map((tpl) => {
          const active = open?.name === tpl.name && open.id === tpl.id;
          return (
            <li key={`${tpl.name}-${tpl.id ?? ''}`}>
              <button
                type="button"
                aria-pressed={active}
                onClick={() =>
                  setOpen(
                    active
                      ? null
                      : tpl.id === undefined
                        ? { name: tpl.name }
                        : { name: tpl.name, id: tpl.id },
                  )
                }
              >
                {t(`template.${tpl.name}`)}
                {tpl.id === undefined ? '' : `: ${tpl.label}`}
              </button>
            </li>
          );
        })}
      </ul>
      {rendered === null ? null : 'error' in rendered ? (
        <p class="bad">{rendered.error}</p>
      ) : (
        <div class="document-frame">
          <button type="button" onClick={() => window.print()}>
            {t('print')}
          </button>
          {/* The library escapes every value it puts into a template's HTML. */}
          <article class="document printable" dangerouslySetInnerHTML={{ __html: rendered.html }} />
        </div>
      )}
    </div>
  );
}

export function CollaborationPage(props: {
  readonly analysis: FileAnalysis;
  readonly view: CollaborationView;
  readonly locale: Locale;
  readonly onStatus?: (row: CollaborationView['gantt']['rows'][number], status: string) => void;
  readonly notice?: string;
}) {
  const { view, locale } = props;
  const t: T = (code) => wbMessage(locale, code);
  const s = view.summary;
  const r = view.registers;
  return (
    <article aria-labelledby="collab-title" class="collaboration">
      <p>
        <a href={linkTo({ page: 'portfolio' })}>{t('back')}</a> ·{' '}
        <a href={linkTo({ page: 'editor', path: view.path })}>{t('edit')}</a>
      </p>
      <h1 id="collab-title">
        {s.name} <HealthBadge level={view.health.level} reasons={view.health.reasons} locale={locale} />
      </h1>
      <ul class="reasons" data-testid="health-reasons">
        {view.health.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {view.health.provisional ? <p class="muted">{t('provisional')}</p> : null}
      <section aria-labelledby="summary-title">
        <h2 id="summary-title">{t('summary')}</h2>
        <dl class="summary">
          <dt>{t('phase')}</dt>
          <dd>{t(`phase.${s.phase}`)}</dd>
          <dt>{t('period')}</dt>
          <dd>
            {s.period.start} – {s.period.end}
          </dd>
          <dt>{t('goal')}</dt>
          <dd>{s.goal ?? t('none')}</dd>
          <dt>{t('leader')}</dt>
          <dd>
            {s.team.leader
              ? `${s.team.leader.name}${s.team.leader.title ? ` (${s.team.leader.title})` : ''}`
              : t('none')}
          </dd>
          <dt>{t('departments')}</dt>
          <dd>{s.departments.map((d) => d.name).join('、')}</dd>
          <dt>{t('plannedFinish')}</dt>
          <dd>{s.plannedFinish ?? t('none')}</dd>
        </dl>
      </section>
      <section aria-labelledby="gantt-title">
        <h2 id="gantt-title">{t('gantt')}</h2>
        <p role="status" data-testid="status-notice">
          {props.notice ?? ''}
        </p>
        <Gantt gantt={view.gantt} locale={locale} {...(props.onStatus ? { onStatus: props.onStatus } : {})} />
      </section>
      <section aria-labelledby="findings-title">
        <h2 id="findings-title">{t('findings')}</h2>
        <Findings view={view} locale={locale} />
      </section>
      <section aria-labelledby="ladder-title">
        <h2 id="ladder-title">{t('ladder')}</h2>
        <Table
          caption={t('ladder')}
          head={[t('subject'), t('toLevel'), t('decider'), t('decideBy'), t('reason')]}
          rows={view.ladder.map((e) => [
            e.subject,
            `${e.level}${e.title ? ` · ${e.title}` : ''}`,
            e.decider,
            e.decideBy,
            e.reason,
          ])}
          empty={t('noLadder')}
          testId="ladder"
        />
      </section>
      <section aria-labelledby="registers-title">
        <h2 id="registers-title">{t('registers')}</h2>
        <Table
          caption={t('openActions')}
          head={[t('item'), t('owner'), t('due'), t('meeting')]}
          rows={r.openActions.map((a) => [a.item, a.owner, a.due, a.meeting])}
          empty={t('none')}
          testId="open-actions"
        />
        <Table
          caption={t('problems')}
          head={[t('subject'), t('kind'), t('since'), t('status')]}
          rows={r.problems.map((p) => [p.subject, p.kind, p.since, p.status])}
          empty={t('none')}
        />
        <Table
          caption={t('decisions')}
          head={[t('subject'), t('decision'), t('on')]}
          rows={r.decisions.map((d) => [d.subject, d.decision, d.on])}
          empty={t('none')}
        />
        <Table
          caption={t('raci')}
          head={[t('department'), t('duty'), t('responsible'), t('accountable')]}
          rows={r.raci.map((x) => [x.department, x.duty, x.responsible, x.accountable])}
          empty={t('none')}
        />
      </section>
      {view.attainment ? (
        <section aria-labelledby="attainment-title">
          <h2 id="attainment-title">{t('attainment')}</h2>
          <p>{view.attainment.statement}</p>
          <Table
            caption={t('attainment')}
            head={[t('metric'), t('target'), t('actual')]}
            rows={view.attainment.measures.map((m) => [
              m.metric,
              `${m.target ?? '—'}${m.unit ? ` ${m.unit}` : ''}`,
              m.actual ?? t('awaiting'),
            ])}
            empty={t('none')}
          />
        </section>
      ) : null}
      <section aria-labelledby="documents-title">
        <h2 id="documents-title">{t('templates')}</h2>
        <Documents analysis={props.analysis} view={view} locale={locale} />
      </section>
    </article>
  );
}

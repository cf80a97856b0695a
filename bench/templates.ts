// The findings template on one large, valid collaboration: every milestone open and overdue, so the report has
// a finding per milestone (and an escalation for each that slips beyond its float), each naming its milestone.
// Rendering used to look every subject up with a scan of its entity list, which made 16,000 milestones take
// seconds and 30,000 tens of seconds; with one id index per scope the time grows with the size of the report.

import { parseCollaboration } from '../src/model/parse.js';
import type { CollaborationInput } from '../src/model/types.js';
import { evaluateSync } from '../src/rules/evaluate.js';
import { renderTemplate } from '../src/templates/render-template.js';
import { scaledCollaboration } from './portfolio.js';
import { collectGarbage, median } from './stats.js';

/** One row: the findings template at one size, Markdown and HTML. */
export interface TemplatesBenchRow {
  readonly milestones: number;
  readonly findings: number;
  readonly actions: number;
  readonly markdownMs: number;
  readonly htmlMs: number;
  /** Characters of the Markdown report. */
  readonly characters: number;
}

/** {@link scaledCollaboration} with every milestone open, so each one is overdue at the end of the period. */
export function overdueCollaboration(n: number): CollaborationInput {
  const input = scaledCollaboration(n) as unknown as { milestones: Record<string, unknown>[] };
  input.milestones = input.milestones.map(({ completedOn: _, ...m }) => ({ ...m, status: 'planned' }));
  return input as unknown as CollaborationInput;
}

/** Times `renderTemplate('findings')` at each size (median of `reps`, after one warm-up run). */
export function runTemplatesBench(sizes = [16_000, 30_000], reps = 5): TemplatesBenchRow[] {
  return sizes.map((n) => {
    const parsed = parseCollaboration(overdueCollaboration(n));
    if (!parsed.success) throw new Error(`the ${n}-milestone collaboration does not parse`);
    const c = parsed.data;
    const report = evaluateSync(c, { now: '2026-12-31', locale: 'en' });
    const time = (format: 'markdown' | 'html'): { ms: number; characters: number } => {
      let characters = renderTemplate('findings', c, { locale: 'en', format, report }).length; // warm-up
      const times: number[] = [];
      for (let r = 0; r < reps; r++) {
        collectGarbage();
        const t0 = performance.now();
        characters = renderTemplate('findings', c, { locale: 'en', format, report }).length;
        times.push(performance.now() - t0);
      }
      return { ms: median(times), characters };
    };
    const markdown = time('markdown');
    const html = time('html');
    return {
      milestones: n,
      findings: report.findings.length,
      actions: report.actions.length,
      markdownMs: markdown.ms,
      htmlMs: html.ms,
      characters: markdown.characters,
    };
  });
}

/** `node --expose-gc .bench/index.mjs templates`: runs {@link runTemplatesBench} and prints its rows. */
export function printTemplatesBench(reps = 5): void {
  const rows = runTemplatesBench(undefined, reps);
  for (const r of rows) {
    console.log(
      `${String(r.milestones).padStart(7)} milestones, ${r.findings} findings, ${r.actions} escalations: Markdown ${r.markdownMs.toFixed(0)} ms, HTML ${r.htmlMs.toFixed(0)} ms`,
    );
  }
  const [small, large] = rows;
  if (small && large) {
    const size = large.findings / small.findings;
    console.log(
      `time(${large.milestones})/time(${small.milestones}) = ${(large.markdownMs / small.markdownMs).toFixed(2)} (report ${size.toFixed(2)}× larger)`,
    );
  }
}

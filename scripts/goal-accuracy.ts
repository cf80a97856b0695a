// The goal analyzer against the hand-labelled sentences: the accuracy table per criterion and language, and the
// sentences where they disagree. `npx tsx scripts/goal-accuracy.ts` prints it; `--write` regenerates
// docs/goal-analysis.md, whose staleness tests/analysis/accuracy.test.ts checks.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeGoal } from '../src/analysis/analyze-goal.js';
import { describeCriterion, quoteEvidence } from '../src/analysis/messages.js';
import type { GoalAnalysis } from '../src/analysis/types.js';
import type { Locale } from '../src/i18n/locale.js';
import { LABELLED_GOALS, type LabelledGoal } from '../tests/analysis/goals.dataset.js';
import { HELD_OUT_GOALS } from '../tests/analysis/goals.held-out.dataset.js';

/** The criteria with hand labels. */
export const CRITERIA = ['measurable', 'timeBound', 'specific', 'assignable'] as const;
/** One labelled criterion. */
export type Criterion = (typeof CRITERIA)[number];

/** Agreement counts for one criterion. */
export interface CriterionScore {
  readonly criterion: Criterion;
  readonly agree: { readonly [L in Locale | 'all']: number };
  readonly total: { readonly [L in Locale | 'all']: number };
}

/** One sentence where the analyzer and the label differ. */
export interface Disagreement {
  readonly id: string;
  readonly text: string;
  readonly criterion: Criterion;
  readonly expected: boolean;
  readonly actual: boolean;
}

/** The analyzer against one labelled set. */
export interface AccuracyReport {
  readonly scores: readonly CriterionScore[];
  readonly disagreements: readonly Disagreement[];
  /** Sentences on which all four criteria agree. */
  readonly allAgree: number;
  readonly size: number;
}

const LOCALES: readonly (Locale | 'all')[] = ['zh-CN', 'en', 'all'];

function verdict(analysis: GoalAnalysis, criterion: Criterion): boolean {
  return analysis[criterion].met;
}

/** Runs the analyzer over a labelled set and counts agreement. */
export function evaluate(goals: readonly LabelledGoal[]): AccuracyReport {
  const disagreements: Disagreement[] = [];
  const counts = CRITERIA.map((criterion) => ({
    criterion,
    agree: { 'zh-CN': 0, en: 0, all: 0 },
    total: { 'zh-CN': 0, en: 0, all: 0 },
  }));
  let allAgree = 0;
  for (const goal of goals) {
    const analysis = analyzeGoal(goal.text, { locale: 'auto' });
    let ok = true;
    counts.forEach((c) => {
      const actual = verdict(analysis, c.criterion);
      const expected = goal[c.criterion];
      for (const l of [goal.locale, 'all'] as const) {
        c.total[l]++;
        if (actual === expected) c.agree[l]++;
      }
      if (actual !== expected) {
        ok = false;
        disagreements.push({ id: goal.id, text: goal.text, criterion: c.criterion, expected, actual });
      }
    });
    if (ok) allAgree++;
  }
  return { scores: counts, disagreements, allAgree, size: goals.length };
}

function percent(agree: number, total: number): string {
  return total === 0 ? '–' : `${((100 * agree) / total).toFixed(1)}% (${agree}/${total})`;
}

const NAMES: Readonly<Record<Criterion, string>> = {
  measurable: 'measurable',
  timeBound: 'time-bound',
  specific: 'specific',
  assignable: 'assignable',
};

/** The accuracy table in Markdown. */
export function renderTable(report: AccuracyReport): string {
  const lines = ['| criterion | zh-CN | en | all |', '| --- | --- | --- | --- |'];
  for (const s of report.scores) {
    lines.push(
      `| ${NAMES[s.criterion]} | ${LOCALES.map((l) => percent(s.agree[l], s.total[l])).join(' | ')} |`,
    );
  }
  lines.push(`| all four criteria | | | ${percent(report.allAgree, report.size)} |`);
  return lines.join('\n');
}

/** The disagreements as a Markdown list. */
export function renderDisagreements(report: AccuracyReport): string {
  if (report.disagreements.length === 0) return 'None.';
  return report.disagreements
    .map(
      (d) =>
        `- \`${d.id}\` ${NAMES[d.criterion]}: labelled ${d.expected ? 'met' : 'unmet'}, analysed ${d.actual ? 'met' : 'unmet'} — ${d.text}`,
    )
    .join('\n');
}

function exampleBlock(statement: string, reference?: string): string {
  const a = analyzeGoal(statement, reference === undefined ? {} : { reference });
  const flag = (b: boolean): string => (b ? 'met' : 'unmet');
  const lines = [
    `> ${statement}${reference === undefined ? '' : ` (reference ${reference})`}`,
    '',
    `- specific: **${flag(a.specific.met)}** — ${describeCriterion(a, 'specific')}`,
    `- measurable: **${flag(a.measurable.met)}** — ${describeCriterion(a, 'measurable')}`,
    `- time-bound: **${flag(a.timeBound.met)}** — ${describeCriterion(a, 'timeBound')}`,
    `- assignable: **${flag(a.assignable.met)}** — ${describeCriterion(a, 'assignable')}`,
    `- vague terms: ${a.vagueTerms.length === 0 ? 'none' : a.vagueTerms.map((t) => `“${t}”`).join(', ')}; score ${a.score.toFixed(2)}`,
  ];
  const quantities = a.measurable.evidence.map((e) => quoteEvidence(e, a.locale));
  if (quantities.length > 0) lines.push(`- quantities: ${quantities.join(', ')}`);
  return lines.join('\n');
}

const EXAMPLES: readonly (readonly [string, string?])[] = [
  ['3个月内完成产品上市，首月销售额达500万元', '2026-09-01'],
  ['今年我们要成为最好的服务中心'],
  ['将销售额提高10%'],
  ['在60天内将保养业务的准时交付率从50%提升至85%', '2026-09-01'],
  ['Make the site more customer-oriented by 13%.'],
  ['Plan a company retreat for 250 guests by 8/1/2014.'],
  ['The HR department will reduce employee turnover from 18% to 12% by December 31, 2025.'],
  ['Respond to all customer emails within 24 hours.'],
];

/** The whole docs page, generated from the code and the datasets. */
export function renderDoc(): string {
  const labelled = evaluate(LABELLED_GOALS);
  const heldOut = evaluate(HELD_OUT_GOALS);
  const count = (goals: readonly LabelledGoal[], l: Locale): number =>
    goals.filter((g) => g.locale === l).length;
  return `# Goal-sentence analysis

<!-- Generated by \`npx tsx scripts/goal-accuracy.ts --write\`; tests/analysis/accuracy.test.ts fails when it is stale. -->

Goals arrive as one sentence ("3个月内完成产品上市，首月销售额达500万元") long before anyone fills in the
structured \`goal.measures\` and \`goal.deadline\`. The playbook asks for SMART goals, so \`analyzeGoal\` reads
the sentence, in Chinese or English, offline and deterministically, and says which criteria it meets, with the
text that shows it.

\`\`\`ts
import { analyzeGoal, statementFacts } from 'crossdept';

const analysis = analyzeGoal('3个月内完成产品上市，首月销售额达500万元', { reference: '2026-09-01' });
analysis.measurable.evidence[0]; // { text: '500万元', value: 5000000, unit: 'CNY', category: 'currency', … }
analysis.timeBound.evidence[0]; // { text: '3个月内', form: 'within', amount: 3, unit: 'month', date: '2026-11-30', … }
statementFacts(analysis); // { statementQuantityCount: 1, statementHasDeadline: true, statementVagueTerms: [], statementDeadline: '2026-11-30' }
\`\`\`

## What it decides

- **measurable**: at least one *strong* quantity. Quantities carry a normalised \`value\`, a \`unit\` and a
  \`direction\`: 500万元 → 5,000,000 CNY; 1.2亿 → 120,000,000; 85% → 85; 三成 → 30 %; 从70%提高到85% → from 70
  to 85; 每月2本 → 2 本 per month; 250 guests; under 20 items; six, 十二, 两千万, a dozen. Currencies, physical
  units, multipliers (double, 翻一番), ranks and counts of more than one thing are strong. A percentage, score or
  bare number is strong only with a metric attached (销售额, conversion rate) or a verb that states an amount
  (增长, grow by) and no open comparative in the sentence: "make the site more customer-oriented by 13%" is
  weak and does not count.
- **time-bound**: a deadline, window or period — \`date\` (2026年3月31日前, by July 2016, Q3结束前, by 8/1/2014,
  read month first), \`within\` (3个月内, 六个月内, within three months), \`relative\` (月底前, 年底前, 今年, by the
  end of the month, next quarter, 第二个月中旬), \`recurring\` (每月5日前, by the 5th of each month) or \`event\`
  (首月, 国庆节前). With \`reference\` (an ISO date, or a \`{ start, end }\` period whose start is used) each
  resolves to its last allowed day, in the schedule's day arithmetic: a window of N months from 2026-09-01 ends on
  the day before 2026-09-01 + N months, as the playbook's period does; month N of the period reads like
  crossdept's \`{ month, part }\` due dates; a window of N working days (10个工作日内, within 10 business days)
  ends on the N-th working day after the reference on \`calendar\` (the collaboration's holidays and make-up
  workdays, Monday to Friday without one), as the schedule and the escalation timeboxes count. Without
  \`reference\` relative deadlines are met but carry no date. A cadence (每周, quarterly) is not a deadline, nor
  is a service level ("respond within 24 hours", 2小时内回复), nor a baseline (compared to 2024, 在2025年基础上,
  去年).
- **specific**: a concrete action (完成, 上线, launch, hire) or a strong quantity, and no vague term left
  unquantified: vague verbs (提升, 优化, 加强, improve, enhance, ensure, and verbs of direction such as 降低 or
  increase without an amount), adverbs (大幅, significantly), comparatives (更好, better, more …), superlatives
  (最好, best, world-class), vague quantifiers (一些, several), hedges (争取, try to) and vague time (尽快, as soon
  as possible). A strong quantity resolves them; vague time is also resolved by a deadline. \`vagueTerms\` lists
  the unresolved ones.
- **assignable** (Doran's original "A"): a pronoun (我, 我们, I, we), or a department, team, role or person as
  the subject (研发部, 由张强负责, the IT team will, Sarah will).
- **score**: \`(S + M + T + A) / (3 + A)\`, from 0 to 1: the share of met criteria among specific, measurable and
  time-bound, with assignable counted only when the statement names an owner.
- \`locale: 'auto'\` (the default) picks Chinese when the sentence has at least as many Han characters as Latin
  words. Both lexicons always apply; the locale decides how \`8/1\`-style dates read and the language of messages.

Every piece of evidence has \`text\`, \`start\` and \`end\`, UTF-16 offsets with
\`statement.slice(start, end) === text\`. Input that is not a string, or longer than 1,000,000 characters,
gives an analysis with nothing met and an issue (\`not_text\`, \`too_long\`); a bad \`reference\`, \`locale\` or
\`calendar\` gives an issue and is ignored. The analyzer never throws, reads no clock, uses no randomness and no
network.

For the rules, \`statementFacts(analysis, period?)\` gives \`statementQuantityCount\`, \`statementHasDeadline\`,
\`statementVagueTerms\`, \`statementDeadline\` and, with a period, \`statementDeadlineInPeriod\`;
\`describeCriterion(analysis, criterion, locale)\` writes the verdict in a sentence that quotes the evidence.

## In the rules

\`evaluate\` analyses \`goal.statement\` once per evaluation, with relative deadlines counted from
\`period.start\` and working days on the collaboration's \`calendar\`. When the goal lists no measures
(\`goal.measures\` absent or empty), \`goal.smart.measurable\` accepts a strong quantity in the statement; when
\`goal.deadline\` is absent, \`goal.smart.time-bound\` accepts a deadline in the statement, as long as the date it resolves to falls inside the period (else it fires with the
path \`/goal/statement\`). The structured fields win when present. A finding's explanation quotes the evidence on
the statement conditions (\`evidence\`: 不可衡量：「13%」没有对应的指标…). \`goal.smart.specific\`, \`achievable\` and
\`relevant\` stay on the structured fields. PMO custom rules can use the collaboration facts
\`statementQuantityCount\`, \`statementHasDeadline\`, \`statementDeadlineDay\`, \`statementDeadlineInPeriod\` and
\`statementVagueTerms\` (see the [facts catalog](facts.md)).

## Examples

${EXAMPLES.map(([s, r]) => exampleBlock(s, r)).join('\n\n')}

## Accuracy

Each sentence was labelled by hand, criterion by criterion, before the analyzer saw it; the labelling rules are
at the top of \`tests/analysis/goals.dataset.ts\`. The labelled set was written in three rounds, and the analyzer
was tuned on it. One labelling rule was made explicit after the third round — a first-person possessive (my, our)
names the speaker as the owner — and six assignable labels that had been decided the other way were changed to
follow it. The held-out sentences were written after the lexicons were frozen and were not used to tune
anything; their labels are kept as written. At the freeze the analyzer agreed with them on 30/30 sentences for
measurable, time-bound and specific, and 29/30 for assignable. Two later changes, made for sentences outside both
sets ("get" as an action verb; a count of one with a rate, as in "read one book per month", as a quantity),
turned \`h-zh-08\` (每季度组织一次 — once a quarter, labelled not measurable) into a disagreement; the table below is
the current one.

### Labelled set (${labelled.size} sentences: ${count(LABELLED_GOALS, 'zh-CN')} Chinese, ${count(LABELLED_GOALS, 'en')} English)

${renderTable(labelled)}

Disagreements:

${renderDisagreements(labelled)}

### Held-out set (${heldOut.size} sentences: ${count(HELD_OUT_GOALS, 'zh-CN')} Chinese, ${count(HELD_OUT_GOALS, 'en')} English)

${renderTable(heldOut)}

Disagreements:

${renderDisagreements(heldOut)}

## Speed

The analyzer tokenizes in one pass and looks a bounded number of tokens around each token; it runs no regular
expression on the input, so its time is linear in the input's length. \`npm run bench:goal\` times
100,000-character inputs (realistic sentences and adversarial runs); the target is under 100 ms each.
`;
}

/** Where the docs page lives. */
export const DOC_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'goal-analysis.md');

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [name, goals] of [
    ['Labelled set', LABELLED_GOALS],
    ['Held-out set', HELD_OUT_GOALS],
  ] as const) {
    const report = evaluate(goals);
    console.log(`\n${name} (${report.size} sentences)\n`);
    console.log(renderTable(report));
    console.log('\nDisagreements:\n');
    console.log(renderDisagreements(report));
  }
  if (process.argv.includes('--write')) {
    writeFileSync(DOC_PATH, renderDoc());
    console.log(`\nwrote ${DOC_PATH}`);
  }
}

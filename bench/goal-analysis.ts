// The goal analyzer on 100,000-character inputs: realistic sentences in both languages and adversarial runs
// (one long number, one long Chinese numeral, repeated vague words, nested-looking markers). Medians over REPS
// runs; the target is under 100 ms each, and time(1,000,000) / time(100,000) near 10 shows linear growth.
// Run with `npm run bench:goal`.
import { analyzeGoal } from '../src/analysis/analyze-goal.js';
import { median } from './stats.js';

const SENTENCES = [
  '3个月内完成产品上市，首月销售额达500万元。',
  '在2026年3月31日前，将NPS从68分提升到75分；',
  'The HR department will reduce employee turnover from 18% to 12% by December 31, 2025. ',
  'Plan a company retreat for 250 guests by 8/1/2014, and make the site more customer-oriented by 13%. ',
  '今年我们要成为最好的服务中心，尽快优化跨部门沟通流程。',
  'Grow our Instagram following by 500 followers per month for the next six months. ',
];

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** The inputs, each exactly `length` characters. */
export function benchInputs(length: number): Record<string, string> {
  return {
    'mixed sentences': repeatTo(SENTENCES.join(''), length),
    'digits only': repeatTo('1', length),
    'digit groups': repeatTo('1,000,', length),
    'chinese numerals': repeatTo('一', length),
    'numeral words': repeatTo('twenty-five ', length),
    'vague words': repeatTo('more better improve 提升', length),
    'markers without dates': repeatTo('by the end of within the next 在之前', length),
    'from without to': repeatTo('从70% from 60 ', length),
    hyphens: repeatTo('customer-', length),
    'one clause of deadlines': repeatTo('月底', length - 5) + '研发部交付',
  };
}

/** Times each input of the given length. */
export function runGoalBench(length = 100_000, reps = 7): { name: string; medianMs: number }[] {
  return Object.entries(benchInputs(length)).map(([name, input]) => {
    analyzeGoal(input); // warm-up
    const times: number[] = [];
    for (let r = 0; r < reps; r++) {
      const t0 = performance.now();
      analyzeGoal(input, { reference: '2026-09-01' });
      times.push(performance.now() - t0);
    }
    return { name, medianMs: median(times) };
  });
}

/** `npm run bench:goal`: times the goal analysis on 100k and 1M characters and prints the ratios. */
export function printGoalBench(): void {
  const reps = Number(process.env.REPS ?? 7);
  const small = runGoalBench(100_000, reps);
  const large = runGoalBench(1_000_000, Math.max(3, Math.floor(reps / 2)));
  console.log('input                      100k chars      1M chars   ratio');
  small.forEach((row, k) => {
    const big = large[k]!;
    console.log(
      `${row.name.padEnd(24)} ${row.medianMs.toFixed(1).padStart(9)} ms ${big.medianMs.toFixed(1).padStart(10)} ms ${(big.medianMs / row.medianMs).toFixed(1).padStart(7)}`,
    );
  });
  const worst = Math.max(...small.map((r) => r.medianMs));
  console.log(`worst 100k median: ${worst.toFixed(1)} ms (target < 100 ms)`);
}

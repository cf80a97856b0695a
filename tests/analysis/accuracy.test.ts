// The analyzer against the hand labels: at least 90% agreement per criterion (measurable, time-bound, specific)
// on the labelled set, overall and per language; and docs/goal-analysis.md regenerated from the code matches the
// committed page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC_PATH, evaluate, renderDoc } from '../../scripts/goal-accuracy.js';
import { LABELLED_GOALS } from './goals.dataset.js';
import { HELD_OUT_GOALS } from './goals.held-out.dataset.js';

describe('the labelled sets', () => {
  it('have at least 60 sentences, half of them Chinese, and 20 held out', () => {
    const zh = LABELLED_GOALS.filter((g) => g.locale === 'zh-CN').length;
    const en = LABELLED_GOALS.filter((g) => g.locale === 'en').length;
    expect(zh + en).toBeGreaterThanOrEqual(60);
    expect(zh).toBeGreaterThanOrEqual(30);
    expect(en).toBeGreaterThanOrEqual(30);
    expect(HELD_OUT_GOALS.length).toBeGreaterThanOrEqual(20);
    const ids = [...LABELLED_GOALS, ...HELD_OUT_GOALS].map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    const texts = [...LABELLED_GOALS, ...HELD_OUT_GOALS].map((g) => g.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('include the hard cases of the issue', () => {
    const texts = LABELLED_GOALS.map((g) => g.text);
    expect(texts).toContain('今年我们要成为最好的服务中心');
    expect(texts).toContain('将销售额提高10%');
    expect(texts).toContain('Make the site more customer-oriented by 13%.');
  });
});

describe('agreement with the labels', () => {
  const report = evaluate(LABELLED_GOALS);
  it.each(['measurable', 'timeBound', 'specific'] as const)(
    '%s agrees on at least 90% of sentences',
    (criterion) => {
      const score = report.scores.find((s) => s.criterion === criterion)!;
      for (const locale of ['zh-CN', 'en', 'all'] as const) {
        expect(score.agree[locale] / score.total[locale]).toBeGreaterThanOrEqual(0.9);
      }
    },
  );
});

describe('docs/goal-analysis.md', () => {
  it('is what `npx tsx scripts/goal-accuracy.ts --write` generates', () => {
    expect(readFileSync(DOC_PATH, 'utf8')).toBe(renderDoc());
  });
});

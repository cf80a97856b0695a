// Laws of the portfolio: it depends on the set of files, not their order; every file is counted once by health;
// every finding once by area and once in the heatmap; and no text makes the analysis throw.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { analyzeFile, type FileAnalysis } from '../../src/workbench/analyze.js';
import { portfolioView } from '../../src/workbench/view-model.js';
import { hostileTextArb } from '../fixtures/hostile-text.js';
import { NOW, portfolioFiles } from './fixtures.js';

const analyses: FileAnalysis[] = [
  ...portfolioFiles.map((f) => analyzeFile(f, { now: NOW, locale: 'en' })),
  analyzeFile({ path: 'broken.yaml', text: 'id: [' }, { now: NOW, locale: 'en' }),
];

const findingsOf = (a: FileAnalysis) => (a.kind === 'valid' ? a.report.findings.length : 0);

describe('the portfolio view', () => {
  test.prop([fc.subarray(analyses), fc.nat()], { numRuns: 40 })(
    'counts each file once by health and each finding once by area and in the heatmap',
    (subset, seed) => {
      const shuffled = [...subset].sort(
        (a, b) => ((a.path.length * 31 + seed) % 7) - ((b.path.length * 31 + seed) % 7),
      );
      const view = portfolioView(shuffled, 'en');
      const total = subset.reduce((n, a) => n + findingsOf(a), 0);
      expect(Object.values(view.byHealth).reduce((a, b) => a + b, 0)).toBe(subset.length);
      expect(view.byArea.reduce((n, a) => n + a.counts.error + a.counts.warning + a.counts.info, 0)).toBe(
        total,
      );
      expect(view.heatmap.cells.reduce((n, c) => n + c[2], 0)).toBe(total);
      const sorted = (v: ReturnType<typeof portfolioView>) => ({
        ...v,
        rows: [...v.rows].sort((a, b) => a.path.localeCompare(b.path)),
      });
      expect(sorted(view)).toEqual(sorted(portfolioView(subset, 'en')));
    },
  );

  test.prop([fc.oneof(fc.string({ maxLength: 400 }), hostileTextArb)], { numRuns: 60 })(
    'never throws on any text: a file that does not parse is an invalid row',
    (text) => {
      const a = analyzeFile({ path: 'x.yaml', text }, { now: NOW, locale: 'zh-CN' });
      const view = portfolioView([a], 'zh-CN');
      expect(view.rows).toHaveLength(1);
      if (a.kind === 'invalid') expect(view.rows[0]!.health).toBe('invalid');
    },
  );
});

// The floor table's judgement against issue 20's targets, on made-up numbers: no timing is asserted here, only
// that each row reads its own ratio, compares it with its own target (bounds included) and says so.
import { describe, expect, it } from 'vitest';
import { type BundleSize, type FloorBenchResult, type FloorRatio, floorTable } from '../../bench/floor.js';

const ratio = (r: number): FloorRatio => ({ ms: r * 10, floorMs: 10, ratio: r });
const bundle = (gzipKb: number, jre = false): BundleSize => ({
  entry: "export { parseCollaboration } from 'crossdept';",
  minifiedBytes: gzipKb * 1024 * 3,
  gzipBytes: gzipKb * 1024,
  packages: [{ name: 'zod', bytes: 90_000 }, ...(jre ? [{ name: 'json-rules-engine', bytes: 40_000 }] : [])],
  ownBytes: gzipKb * 1024 * 2,
  jsonRulesEngine: jre,
});

function result(overrides: Partial<FloorBenchResult> = {}): FloorBenchResult {
  return {
    collaborations: 300,
    reps: 15,
    meanJsonChars: 2500,
    meanYamlChars: 2700,
    evaluateOverJsonParse: ratio(5),
    evaluateFreshOverJsonParse: ratio(20),
    loadJsonOverParse: ratio(1.3),
    loadYamlOverYamlParse: ratio(1.5),
    parseOverJsonParse: ratio(3),
    mismatches: { json: 0, yaml: 0 },
    cliStart: { ...ratio(3), spawns: 9, importMs: 25 },
    bundles: { parseOnly: bundle(60), parseEvaluateRender: bundle(120) },
    ...overrides,
  };
}

/** The table's rows after its header, as [measure, verdict] (no cell holds a `|`). */
function verdicts(table: string): [string, string][] {
  return table
    .split('\n')
    .slice(2)
    .map((line) => {
      const cells = line.split('|').map((cell) => cell.trim());
      return [cells[1]!, cells[4]!];
    });
}

describe('floorTable', () => {
  it('meets every target at its bound, and leaves the micro and critical-path rows out without their numbers', () => {
    const rows = verdicts(floorTable(result()));
    expect(rows).toHaveLength(9);
    // The parts (a one-off evaluation, the start-up's import) have no target of their own.
    expect(rows.map(([, v]) => v)).toEqual(['met', '', ...Array(4).fill('met'), '', 'met', 'met']);
  });

  it('misses exactly the target whose ratio passes its bound', () => {
    const cases: [Partial<FloorBenchResult>, RegExp][] = [
      [{ evaluateOverJsonParse: ratio(5.1) }, /^`evaluateSync\(parsed\)`/],
      [{ loadJsonOverParse: ratio(1.31) }, /^`loadCollaboration\(jsonText\)`/],
      [{ loadYamlOverYamlParse: ratio(1.6) }, /^`loadCollaboration\(yamlText\)`/],
      [{ parseOverJsonParse: ratio(3.2) }, /^`parseCollaboration\(object\)`/],
      [{ cliStart: { ...ratio(3.5), spawns: 9, importMs: 30 } }, /^`crossdept check/],
      [{ bundles: { parseOnly: bundle(61), parseEvaluateRender: bundle(100) } }, /alone$/],
      [{ bundles: { parseOnly: bundle(40), parseEvaluateRender: bundle(121) } }, /renderTemplate`$/],
    ];
    for (const [override, missed] of cases) {
      const rows = verdicts(floorTable(result(override)));
      expect(rows.filter(([, v]) => v === '**not met**').map(([m]) => m)).toEqual([
        expect.stringMatching(missed),
      ]);
    }
  });

  it('misses the full bundle when json-rules-engine is in it, however small it is', () => {
    const table = floorTable(
      result({ bundles: { parseOnly: bundle(30), parseEvaluateRender: bundle(50, true) } }),
    );
    const [, verdict] = verdicts(table).find(([m]) => m.includes('renderTemplate'))!;
    expect(verdict).toBe('**not met**');
    expect(table).toContain('json-rules-engine included');
  });

  it('adds the micro and critical-path rows with their own targets', () => {
    const rows = verdicts(
      floorTable(result(), { compiledOverJre: 49, handwrittenOverCompiled: 3, criticalPathGrowth: 12.5 }),
    );
    expect(rows).toHaveLength(12);
    expect(rows.slice(9)).toEqual([
      ['compiled vs json-rules-engine, micro pack', '**not met**'],
      ['hand-written vs compiled, micro pack', 'met'],
      ['critical path, time(100k) ÷ time(10k)', '**not met**'],
    ]);
  });
});

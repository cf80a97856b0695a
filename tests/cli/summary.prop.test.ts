// Laws of the summary over generated collaborations: every milestone is either forecast or reported as
// unscheduled, the critical path is a chain of critical milestones, and a dependency cycle never makes it throw.
import fc from 'fast-check';
import picocolors from 'picocolors';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.js';
import { cliMessages } from '../../src/cli/messages.js';
import { summarize } from '../../src/cli/summary.js';
import { writeSummaryText } from '../../src/cli/summary-output.js';
import type { Locale } from '../../src/i18n/locale.js';
import { parseCollaboration } from '../../src/model/parse.js';
import type { Collaboration } from '../../src/model/types.js';
import { collaborationArb, isoDateArb } from '../../src/testing/index.js';
import { fakeStdin, fakeStream } from './harness.js';

const parsedArb = collaborationArb({ size: 'medium' }).map((input) => {
  const result = parseCollaboration(input);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
});

const localeArb = fc.constantFrom<Locale>('zh-CN', 'en');

/** The text form, written through a context like the command line's (colour on, to cover those paths too). */
function text(c: Collaboration, now: string, locale: Locale): string {
  const stdout = fakeStream();
  const colors = picocolors.createColors(true);
  const ctx: CliContext = {
    io: { stdout, stderr: fakeStream(), stdin: fakeStdin(), env: {}, cwd: '.', today: now },
    rawStderr: fakeStream(),
    locale,
    m: cliMessages(locale),
    out: colors,
    err: colors,
    exit: () => {},
  };
  writeSummaryText(summarize(c, now), ctx);
  return stdout.text();
}

/** Makes two milestones wait for each other. */
function withCycle(c: Collaboration, i: number, j: number): Collaboration {
  const a = c.milestones[i]!.id;
  const b = c.milestones[j]!.id;
  return {
    ...c,
    milestones: c.milestones.map((m, k) =>
      k === i
        ? { ...m, dependsOn: [...(m.dependsOn ?? []), b] }
        : k === j
          ? { ...m, dependsOn: [...(m.dependsOn ?? []), a] }
          : m,
    ),
  };
}

describe('summarize (property)', () => {
  it('forecasts every milestone of an acyclic plan along a critical chain, and prints it', () => {
    fc.assert(
      fc.property(parsedArb, isoDateArb(), localeArb, (c, now, locale) => {
        const s = summarize(c, now);
        expect(s.cycle).toBeNull();
        expect(s.unscheduled).toEqual([]);
        expect(s.milestones.map((m) => m.id).sort()).toEqual(c.milestones.map((m) => m.id).sort());
        const byId = new Map(s.milestones.map((m) => [m.id, m]));
        const deps = new Map(c.milestones.map((m) => [m.id, m.dependsOn ?? []]));
        expect(s.criticalPath.length > 0).toBe(c.milestones.length > 0);
        expect(s.plannedFinish === null).toBe(c.milestones.length === 0);
        s.criticalPath.forEach((step, k) => {
          expect(byId.get(step.id)?.critical).toBe(true);
          if (k > 0) expect(deps.get(step.id)).toContain(s.criticalPath[k - 1]!.id);
        });
        for (const m of s.milestones) expect(m.critical).toBe(m.totalFloat <= 0);
        expect(JSON.parse(JSON.stringify(s))).toEqual(s);
        const printed = text(c, now, locale);
        for (const m of s.milestones) expect(printed).toContain(m.id);
      }),
      { numRuns: 60 },
    );
  });

  it('reports a dependency cycle as data and still forecasts the milestones it does not block', () => {
    const cyclicArb = parsedArb
      .filter((c) => c.milestones.length >= 2)
      .chain((c) =>
        fc
          .tuple(fc.nat(c.milestones.length - 1), fc.nat(c.milestones.length - 1))
          .filter(([i, j]) => i !== j)
          .map(([i, j]) => withCycle(c, i, j)),
      );
    fc.assert(
      fc.property(cyclicArb, isoDateArb(), localeArb, (c, now, locale) => {
        const s = summarize(c, now);
        expect(s.cycle?.length).toBeGreaterThanOrEqual(2);
        expect(s.criticalPath).toEqual([]);
        expect(s.plannedFinish).toBeNull();
        for (const id of s.cycle!) expect(s.unscheduled).toContain(id);
        const forecast = s.milestones.map((m) => m.id);
        expect([...forecast, ...s.unscheduled].sort()).toEqual(c.milestones.map((m) => m.id).sort());
        expect(text(c, now, locale)).toContain(s.cycle!.join(' → '));
      }),
      { numRuns: 60 },
    );
  });
});

// `crossdept summary` over generated collaborations: its JSON form is exactly what the library's
// summarizeCollaboration returns, and its text form shows every milestone, or the cycle that blocks them.
import fc from 'fast-check';
import picocolors from 'picocolors';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.js';
import { writeSummaryText } from '../../src/cli/summary-output.js';
import type { Locale } from '../../src/i18n/locale.js';
import { health, summarizeCollaboration } from '../../src/index.js';
import type { Collaboration } from '../../src/model/types.js';
import { isoDateArb } from '../../src/testing/index.js';
import { parsedCollaborationArb, withCycle } from '../summary/arbitraries.js';
import { cli, fakeStdin, fakeStream } from './harness.js';

const localeArb = fc.constantFrom<Locale>('zh-CN', 'en');

/** The text form, written through a context like the command line's (colour on, to cover those paths too). */
function text(c: Collaboration, now: string, locale: Locale): string {
  const stdout = fakeStream();
  const colors = picocolors.createColors(true);
  const ctx: CliContext = {
    io: { stdout, stderr: fakeStream(), stdin: fakeStdin(), env: {}, cwd: '.', today: now },
    rawStderr: fakeStream(),
    locale,
    out: colors,
    err: colors,
    exit: () => {},
  };
  writeSummaryText(summarizeCollaboration(c, { now }), ctx);
  return stdout.text();
}

describe('crossdept summary (property)', () => {
  it('prints as JSON exactly the summary summarizeCollaboration returns', async () => {
    await fc.assert(
      fc.asyncProperty(parsedCollaborationArb, isoDateArb(), localeArb, async (c, now, locale) => {
        const args = ['summary', '-', '--now', now, '--format', 'json', '--locale', locale];
        const { code, stdout } = await cli(args, { stdin: JSON.stringify(c) });
        expect(code).toBe(0);
        const expected = {
          ...summarizeCollaboration(c, { now, locale }),
          health: health(c, { now, locale }),
        };
        expect(stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
      }),
      { numRuns: 25 },
    );
  });

  it('prints every milestone of an acyclic plan', () => {
    fc.assert(
      fc.property(parsedCollaborationArb, isoDateArb(), localeArb, (c, now, locale) => {
        const printed = text(c, now, locale);
        for (const m of c.milestones) expect(printed).toContain(m.id);
      }),
      { numRuns: 40 },
    );
  });

  it('prints the cycle in place of the critical path', () => {
    const cyclicArb = parsedCollaborationArb
      .filter((c) => c.milestones.length >= 2)
      .chain((c) =>
        fc
          .tuple(fc.nat(c.milestones.length - 1), fc.nat(c.milestones.length - 1))
          .filter(([i, j]) => i !== j)
          .map(([i, j]) => withCycle(c, i, j)),
      );
    fc.assert(
      fc.property(cyclicArb, isoDateArb(), localeArb, (c, now, locale) => {
        const cycle = summarizeCollaboration(c, { now }).cycle;
        expect(cycle).not.toBeNull();
        expect(text(c, now, locale)).toContain(cycle!.join(' → '));
      }),
      { numRuns: 40 },
    );
  });
});

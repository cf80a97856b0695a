import { describe, expect, it } from 'vitest';
import { evaluateChanged, findingsOf, type Input } from '../helpers.js';

// The example's calendar: 2026-10-01, 02, 05, 06, 07 are holidays; Saturday 2026-10-10 is a make-up workday.
function raised(on: string, calendar?: Input['calendar']) {
  return (c: Input) => {
    const k = c.conflicts[0];
    k.status = 'open';
    delete k.resolvedOn;
    delete k.resolution;
    k.negotiations = [];
    k.raisedOn = on;
    if (calendar === null) delete c.calendar;
    else if (calendar !== undefined) c.calendar = calendar;
  };
}

const fired = async (mutate: (c: Input) => void, now: string) =>
  findingsOf(await evaluateChanged(mutate, { now }), 'conflict.escalate').length === 1;

/** Whether an escalation of the conflict is due (the ladder keeps the finding while it is in breach). */
const due = async (mutate: (c: Input) => void, now: string) =>
  (await evaluateChanged(mutate, { now })).actions.some((a) => a.ruleId === 'conflict.escalate');

describe('conflict.escalate on the working-day calendar', () => {
  it('holidays do not count: raised 09-30, on 10-08 only 1 working day has passed', async () => {
    expect(await fired(raised('2026-09-30'), '2026-10-08')).toBe(false);
    // Without the holidays, 6 working days (10-01 … 10-08) exceed the timebox of 5.
    expect(await fired(raised('2026-09-30', null), '2026-10-08')).toBe(true);
  });

  it('the holiday week moves the boundary: 5 working days on 10-13 is not over, 6 on 10-14 is', async () => {
    // (09-30, 10-13]: 10-08, 10-09, 10-10 (make-up), 10-12, 10-13 = 5.
    expect(await fired(raised('2026-09-30'), '2026-10-13')).toBe(false);
    expect(await fired(raised('2026-09-30'), '2026-10-14')).toBe(true);
  });

  it('a make-up Saturday counts: raised Friday 10-09, on Friday 10-16 it is 6 working days', async () => {
    expect(await fired(raised('2026-10-09'), '2026-10-16')).toBe(true);
    // Without the make-up day it is 5: not yet over the timebox.
    expect(await fired(raised('2026-10-09', { holidays: ['2026-10-01'] }), '2026-10-16')).toBe(false);
  });

  it('an ordinary week: 5 working days are within the timebox, the 6th is over it', async () => {
    expect(await fired(raised('2026-11-13'), '2026-11-20')).toBe(false);
    expect(await fired(raised('2026-11-13'), '2026-11-23')).toBe(true);
  });

  it('a level timebox counts working days too: escalated Friday 10-09, the make-up Saturday counts', async () => {
    const mutate = (c: Input) => {
      raised('2026-10-08')(c);
      c.conflicts[0].status = 'escalated';
      c.conflicts[0].negotiations = [{ on: '2026-10-08', outcome: 'failed' }];
      c.conflicts[0].escalations = [{ level: 1, on: '2026-10-09' }];
    };
    // (10-09, 10-13]: 10-10 (make-up), 10-12, 10-13 = 3: at the timebox of 3, not over it.
    expect(await due(mutate, '2026-10-13')).toBe(false);
    expect(await due(mutate, '2026-10-14')).toBe(true);
    const report = await evaluateChanged(mutate, { now: '2026-10-14' });
    expect(report.actions).toContainEqual(
      expect.objectContaining({
        ruleId: 'conflict.escalate',
        toLevel: 2,
        person: 'zhou',
        title: '分管副总',
        dueOn: '2026-10-14',
      }),
    );
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendarOf } from '../../src/integrations/calendar-of.js';
import { evaluate } from '../../src/rules/index.js';
import { example } from '../fixtures/example.js';
import { readCalendar } from '../support/ical.js';
import { cli, root, tempDir } from './harness.js';

const EXAMPLE = 'examples/new-product-launch.yaml';

describe('crossdept calendar', () => {
  it('writes the calendar calendarOf gives to -o', async () => {
    const out = join(tempDir(), 'plan.ics');
    const { code, stderr } = await cli(['calendar', EXAMPLE, '--now', '2026-11-26', '-o', out]);
    expect(code).toBe(0);
    expect(stderr).toBe(`Wrote ${out}\n`);
    const report = await evaluate(example(), { now: '2026-11-26', locale: 'en' });
    expect(readFileSync(out, 'utf8')).toBe(
      calendarOf(example(), { now: '2026-11-26', locale: 'en', report }),
    );
  });

  it('merges a directory of collaborations into one calendar on stdout', async () => {
    const { code, stdout } = await cli([
      'calendar',
      join(root, 'examples'),
      '--now',
      '2026-11-26',
      '--locale',
      'zh-CN',
    ]);
    expect(code).toBe(0);
    const { events } = readCalendar(stdout);
    expect(events.some((e) => e.uid === 'new-product-launch/milestone/launch@crossdept')).toBe(true);
    expect(stdout.match(/BEGIN:VCALENDAR/g)).toHaveLength(1);
  });

  it('fails with exit 2 and a message for a missing file', async () => {
    const { code, stderr } = await cli(['calendar', 'nope.yaml']);
    expect(code).toBe(2);
    expect(stderr).toContain('nope.yaml');
  });
});

import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { exampleInput } from '../fixtures/example.js';
import { files } from './fixtures.js';
import { cli } from './harness.js';

/** The example with its conflict escalated to level 1 on 2026-11-24: level 2 falls due on 2026-11-30. */
function escalatedText(): string {
  const c = exampleInput();
  const k = c.conflicts[0];
  k.status = 'escalated';
  delete k.resolvedOn;
  delete k.resolution;
  k.escalations = [{ level: 1, on: '2026-11-24', acknowledgedOn: '2026-11-24' }];
  return stringify(c);
}

describe('crossdept check: escalations coming up', () => {
  it('prints them with the date they fall due, in both locales', async () => {
    const cwd = files({ 'escalated.yaml': escalatedText() });
    const en = await cli(['check', 'escalated.yaml', '--now', '2026-11-26'], { cwd });
    expect(en.stdout).toContain(
      'Escalations coming up\n  … 2026-11-30  budget-priority → level 2 (分管副总 · zhou)\n',
    );
    expect(en.stdout).not.toContain('Escalations due');
    const zh = await cli(['check', 'escalated.yaml', '--now', '2026-11-26', '--locale', 'zh-CN'], { cwd });
    expect(zh.stdout).toContain(
      '即将到期的升级\n  … 2026-11-30  budget-priority → 第 2 级（分管副总 · zhou）\n',
    );
  });

  it('includes them in --format json', async () => {
    const cwd = files({ 'escalated.yaml': escalatedText() });
    const { stdout } = await cli(['check', 'escalated.yaml', '--now', '2026-11-26', '--format', 'json'], {
      cwd,
    });
    expect(JSON.parse(stdout).upcoming).toEqual([
      {
        ruleId: 'conflict.escalate',
        scope: 'conflict',
        subjectId: 'budget-priority',
        toLevel: 2,
        dueOn: '2026-11-30',
        title: '分管副总',
        person: 'zhou',
      },
    ]);
  });
});

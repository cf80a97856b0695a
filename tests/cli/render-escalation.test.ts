import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { evaluateSync } from '../../src/rules/evaluate.js';
import { renderTemplate } from '../../src/templates/index.js';
import { exampleEscalated } from '../templates/fixtures.js';
import { files } from './fixtures.js';
import { cli } from './harness.js';

describe('crossdept render escalation', () => {
  it('renders the escalation report of --subject with the report of the rules at --now', async () => {
    const c = exampleEscalated();
    const cwd = files({ 'escalated.yaml': stringify(c) });
    const { code, stdout, stderr } = await cli(
      ['render', 'escalation', 'escalated.yaml', '--subject', 'milestone/launch', '--now', '2026-11-26'],
      { cwd },
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = evaluateSync(c, { now: '2026-11-26', locale: 'en' });
    expect(stdout).toBe(
      renderTemplate('escalation', c, {
        locale: 'en',
        format: 'markdown',
        subject: 'milestone/launch',
        report,
      }),
    );
    expect(stdout).toContain('| Who decides | 周平 (分管副总) |');
  });

  it('names the subjects when --subject is unknown, and refuses --subject for other templates', async () => {
    const cwd = files({ 'escalated.yaml': stringify(exampleEscalated()) });
    const unknown = await cli(
      ['render', 'escalation', 'escalated.yaml', '--subject', 'milestone/lanch', '--now', '2026-11-26'],
      { cwd },
    );
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('did you mean "milestone/launch"?');
    const elsewhere = await cli(['render', 'kickoff', 'escalated.yaml', '--subject', 'milestone/launch'], {
      cwd,
    });
    expect(elsewhere.stderr).toBe('error: --subject applies to the escalation template, not kickoff\n');
  });

  it('renders the blank form without a file', async () => {
    const { code, stdout } = await cli(['render', 'escalation', '--locale', 'zh-CN']);
    expect(code).toBe(0);
    expect(stdout).toBe(renderTemplate('escalation', null, { locale: 'zh-CN', format: 'markdown' }));
  });
});

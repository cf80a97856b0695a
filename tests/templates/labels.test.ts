import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { suggestionSuffix } from '../../src/issues/catalogue.js';
import { templateLabel } from '../../src/templates/labels/catalogue.js';
import type { TemplateLabelCode } from '../../src/templates/labels/codes.js';
import { en } from '../../src/templates/labels/en.js';
import { zhCN } from '../../src/templates/labels/zh-cn.js';
import { templateMessage } from '../../src/templates/messages.js';

const seed = new URL('../../../shared/seed/strategy-and-templates.zh.md', import.meta.url);
// The playbook writes ASCII parentheses; the labels use the full-width ones Chinese typesetting expects.
const normalise = (s: string) => s.replace(/（/g, '(').replace(/）/g, ')');
const TEMPLATES = fileURLToPath(new URL('../../src/templates/', import.meta.url));

describe('labels', () => {
  it.skipIf(!existsSync(seed))('mirror templates 1 and 2 of the playbook field for field', () => {
    const source = normalise(readFileSync(seed, 'utf8'));
    const mirrored: readonly TemplateLabelCode[] = [
      'kickoff.title',
      'projectName',
      'initiatingDepartment',
      'initiatedOn',
      'goal',
      'collaborationPeriod',
      'leader',
      'kickoff.participants',
      'kickoff.participant.department',
      'kickoff.participant.owner',
      'kickoff.participant.duty',
      'kickoff.participant.deliverable',
      'kickoff.participant.due',
      'kickoff.communication',
      'kickoff.frequency',
      'kickoff.form',
      'kickoff.decision',
      'kickoff.risks',
      'kickoff.risk.risk',
      'kickoff.risk.response',
      'kickoff.risk.department',
      'cadence.weekly',
      'cadence.biweekly',
      'cadence.monthly',
      'cadence.ad-hoc',
      'channelOption.in-person',
      'channelOption.online',
      'channelOption.shared-docs',
      'decision.leader-decides',
      'decision.department-vote',
      'decision.superior-approval',
      'minutes.title',
      'minutes.topic',
      'minutes.time',
      'minutes.place',
      'minutes.attendees',
      'minutes.attendee.department',
      'minutes.attendee.name',
      'minutes.attendee.title',
      'minutes.agenda',
      'minutes.progress',
      'minutes.done',
      'minutes.discussion',
      'responsibilities.title',
      'communicationPlan.title',
      'retrospective.title',
    ];
    for (const code of mirrored) {
      const label = templateLabel('zh-CN', code);
      expect(source, label).toContain(normalise(label));
    }
  });

  it('have every code in both locales, each giving text', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const code of Object.keys(en) as TemplateLabelCode[]) {
      for (const locale of ['zh-CN', 'en'] as const)
        expect(templateLabel(locale, code, {}).length).toBeGreaterThan(0);
    }
  });

  it('write a did-you-mean with the one suffix, which no template writes itself', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const plain = templateMessage(locale, 'unknown_template', { value: 'kickof', options: 'kickoff' });
      expect(
        templateMessage(locale, 'unknown_template', {
          value: 'kickof',
          options: 'kickoff',
          suggestion: 'kickoff',
        }),
      ).toBe(plain + suggestionSuffix(locale, 'kickoff'));
    }
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    for (const file of sources(TEMPLATES)) {
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/did you mean|是否想写/);
    }
  });
});

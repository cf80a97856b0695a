import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_LABELS } from '../../src/templates/labels.js';

const seed = new URL('../../../shared/seed/strategy-and-templates.zh.md', import.meta.url);
// The playbook writes ASCII parentheses; the labels use the full-width ones Chinese typesetting expects.
const normalise = (s: string) => s.replace(/（/g, '(').replace(/）/g, ')');

describe('labels', () => {
  it.skipIf(!existsSync(seed))('mirror templates 1 and 2 of the playbook field for field', () => {
    const source = normalise(readFileSync(seed, 'utf8'));
    const L = TEMPLATE_LABELS['zh-CN'];
    const mirrored = [
      L.kickoff.title,
      L.projectName,
      L.initiatingDepartment,
      L.initiatedOn,
      L.goal,
      L.collaborationPeriod,
      L.leader,
      L.kickoff.participants,
      ...L.kickoff.participantColumns,
      L.kickoff.communication,
      L.kickoff.frequency,
      L.kickoff.form,
      L.kickoff.decision,
      L.kickoff.risks,
      ...L.kickoff.riskColumns,
      ...Object.values(L.cadence),
      ...Object.values(L.channelOption),
      ...Object.values(L.decision),
      L.minutes.title,
      L.minutes.topic,
      L.minutes.time,
      L.minutes.place,
      L.minutes.attendees,
      ...L.minutes.attendeeColumns,
      L.minutes.agenda,
      L.minutes.progress,
      L.minutes.done,
      L.minutes.discussion,
      L.responsibilities.title,
      L.communicationPlan.title,
      L.retrospective.title,
    ];
    for (const label of mirrored) expect(source, label).toContain(normalise(label));
  });

  it('have the same shape in both locales', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
        : typeof value;
    expect(shape(TEMPLATE_LABELS.en)).toEqual(shape(TEMPLATE_LABELS['zh-CN']));
  });
});

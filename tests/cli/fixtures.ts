import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { starterCollaboration } from '../../src/cli/starter.js';
import { exampleText } from '../fixtures/example.js';
import { tempDir } from './harness.js';

/**
 * The worked example with a conflict still under negotiation since 2026-10-12 and the after-sales training
 * blocked: at 2026-11-26 it has three errors (an escalation due, two critical milestones slipping) and one
 * warning (an overdue milestone).
 */
export const atRiskText = exampleText
  .replace('id: new-product-launch', 'id: launch-at-risk')
  .replace('name: 新产品上市', 'name: 新产品上市（风险版）')
  .replace(
    '{ on: 2026-10-12, facilitator: wang, outcome: agreed }',
    '{ on: 2026-10-12, facilitator: wang, outcome: pending }',
  )
  .replace(
    'status: resolved               # open | negotiating | escalated | resolved\n    resolvedOn: 2026-10-12\n',
    'status: negotiating\n',
  )
  .replace(
    'dependsOn: [beta], status: done, completedOn: 2026-11-13 }',
    'dependsOn: [beta], status: blocked }',
  );

/** A minimal valid collaboration: only the required fields (so, at 2026-11-26, findings of every kind). */
export const minimalText =
  'id: ok\nname: OK\nscenario: project\nperiod: { start: 2026-09-01, end: 2026-11-30 }\n';

/** Writes files (names may hold folders) into a fresh temporary folder and returns it. */
export function files(entries: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(entries)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** The English starter from 2026-11-26 without communication channels: one warning (plan.channels) at that date. */
export const warningOnlyText = starterCollaboration({
  locale: 'en',
  schema: 'x.json',
  start: '2026-11-26',
}).replace(/\n {2}channels: \[[^\]]*\][^\n]*/, '');

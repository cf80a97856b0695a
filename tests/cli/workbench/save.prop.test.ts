// The law of a value edit: the edited value reads back as written, and every other line of the file — comments,
// key order, flow style — stays byte for byte.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parse } from 'yaml';
import { applyEdits } from '../../../src/cli/workbench/save.js';
import { exampleText } from '../../fixtures/example.js';

const lines = exampleText.split('\n');
const statusLine = lines.findIndex((l) => l.includes('id: launch,'));
const editable = fc.oneof(
  fc.constantFrom('planned', 'in-progress', 'blocked', 'done'),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

describe('value edits', () => {
  test.prop([editable], { numRuns: 80 })('change only the edited value', (value) => {
    const edited = applyEdits(exampleText, 'a.yaml', [{ path: ['milestones', 4, 'status'], value }]);
    expect(edited).toBeDefined();
    expect(parse(edited!).milestones[4].status).toEqual(value);
    const after = edited!.split('\n');
    expect(after.length).toBe(lines.length);
    after.forEach((line, i) => {
      if (i !== statusLine) expect(line).toBe(lines[i]);
    });
  });

  test.prop([fc.string({ maxLength: 40 })], { numRuns: 40 })(
    'add a missing value and keep every comment',
    (value) => {
      const edited = applyEdits(exampleText, 'a.yaml', [{ path: ['goal', 'note'], value }])!;
      expect(parse(edited).goal.note).toBe(value);
      const comments = (t: string) => t.split('\n').filter((l) => l.includes('#')).length;
      expect(comments(edited)).toBeGreaterThanOrEqual(comments(exampleText));
    },
  );

  test.prop([fc.jsonValue()], { numRuns: 40 })('edit JSON as JSON', (value) => {
    const json = JSON.stringify({ id: 'a', nested: { x: 1 } }, null, 2);
    const scalar = typeof value === 'object' && value !== null ? 'text' : value;
    const edited = applyEdits(json, 'a.json', [{ path: ['nested', 'x'], value: scalar as string }]);
    expect(JSON.parse(edited!).nested.x).toEqual(scalar);
  });
});

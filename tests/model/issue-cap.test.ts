// At most MAX_ISSUES issues, then one too_many_issues issue saying how many more (issue 12): 40,000 unknown keys
// used to come back as 40,000 issues (and took 10 s to locate, one linear search each).
import { describe, expect, it } from 'vitest';
import { loadCollaboration, MAX_ISSUES, parseCollaboration } from '../../src/index.js';
import type { ParseResult } from '../../src/model/parse.js';

const HEADER = 'id: x\nname: X\nscenario: project\nperiod: { start: 2026-01-01, end: 2026-12-31 }\n';
const issuesOf = (r: ParseResult) => (r.success ? [] : r.issues);
const valid = () => ({
  id: 'x',
  name: 'X',
  scenario: 'project',
  period: { start: '2026-01-01', end: '2026-12-31' },
});

describe('the issue cap', () => {
  it('40,000 unknown top-level keys in YAML: the first 100, located, then how many more', () => {
    const text = HEADER + Array.from({ length: 40_000 }, (_, i) => `key${i}: v\n`).join('');
    const issues = issuesOf(loadCollaboration(text, { locale: 'en' }));
    expect(MAX_ISSUES).toBe(100);
    expect(issues).toHaveLength(101);
    expect(issues.slice(0, 3)).toEqual([
      expect.objectContaining({ code: 'unknown_key', pointer: '/key0', line: 5, column: 7 }),
      expect.objectContaining({ code: 'unknown_key', pointer: '/key1', line: 6 }),
      expect.objectContaining({ code: 'unknown_key', pointer: '/key2', line: 7 }),
    ]);
    expect(issues[99]).toMatchObject({ pointer: '/key99', line: 104 });
    const last = issues[100];
    expect(last).toEqual({
      code: 'too_many_issues',
      path: [],
      pointer: '',
      message: '39,900 more issues are not shown; fix the ones above first',
    });
    expect(issuesOf(loadCollaboration(text))[100]?.message).toBe(
      '另有 39,900 个问题未列出；请先修正以上问题',
    );
  });

  it('the same in JSON', () => {
    const body = Array.from({ length: 40_000 }, (_, i) => `"key${i}":1`).join(',');
    const text = `{"id":"x","name":"X","scenario":"project","period":{"start":"2026-01-01","end":"2026-12-31"},\n${body}}`;
    const issues = issuesOf(loadCollaboration(text, { format: 'json' }));
    expect(issues).toHaveLength(101);
    expect(issues[0]).toMatchObject({ pointer: '/key0', line: 2, column: 8 });
    expect(issues[100]?.code).toBe('too_many_issues');
  });

  it('counts the issues of a large collaboration validated in parts exactly', () => {
    // Six wrong fields in each of 25,000 milestones: 150,000 issues.
    const bad = { id: 1, name: 2, due: 3, status: 4, dependsOn: 5, zz: 6 };
    const input = { ...valid(), milestones: Array.from({ length: 25_000 }, () => ({ ...bad })) };
    const issues = issuesOf(parseCollaboration(input, { locale: 'en' }));
    expect(issues).toHaveLength(101);
    expect(issues.slice(0, 6).map((i) => [i.code, i.pointer])).toEqual([
      ['invalid_type', '/milestones/0/id'],
      ['invalid_type', '/milestones/0/name'],
      ['invalid_due', '/milestones/0/due'],
      ['invalid_type', '/milestones/0/dependsOn'],
      ['invalid_enum', '/milestones/0/status'],
      ['unknown_key', '/milestones/0/zz'],
    ]);
    expect(issues[100]?.message).toBe('149,900 more issues are not shown; fix the ones above first');
  });

  it('caps unknown references, the consistency check’s issues', () => {
    const milestones = Array.from({ length: 300 }, (_, i) => ({
      id: `m${i}`,
      name: 'M',
      due: '2026-02-01',
      dependsOn: ['nope'],
    }));
    const issues = issuesOf(parseCollaboration({ ...valid(), milestones }, { locale: 'en' }));
    expect(issues).toHaveLength(101);
    expect(issues[0]).toMatchObject({ code: 'unknown_reference', pointer: '/milestones/0/dependsOn/0' });
    expect(issues[100]?.message).toBe('200 more issues are not shown; fix the ones above first');
  });

  it('caps YAML syntax errors', () => {
    const text = `${HEADER}${']\n'.repeat(500)}`;
    const issues = issuesOf(loadCollaboration(text, { locale: 'en' }));
    expect(issues).toHaveLength(101);
    expect(issues[0]).toMatchObject({ code: 'syntax', line: 5 });
    expect(issues[100]?.code).toBe('too_many_issues');
  });

  it('leaves a list of exactly MAX_ISSUES as it is', () => {
    const text = HEADER + Array.from({ length: 100 }, (_, i) => `key${i}: v\n`).join('');
    const issues = issuesOf(loadCollaboration(text));
    expect(issues).toHaveLength(100);
    expect(issues.every((i) => i.code === 'unknown_key')).toBe(true);
  });
});

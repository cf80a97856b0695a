import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCollaboration, parseCollaboration } from '../../src/model/parse.js';
import { example, exampleInput, exampleText } from '../fixtures/example.js';

const codes = (r: ReturnType<typeof parseCollaboration>) => (r.success ? [] : r.issues.map((i) => i.code));
const issuesOf = (r: ReturnType<typeof parseCollaboration>) => (r.success ? [] : r.issues);

const sharedExample = new URL('../../../shared/examples/new-product-launch.yaml', import.meta.url);

describe('the worked example', () => {
  it.skipIf(!existsSync(sharedExample))('is a byte-for-byte copy of the shared contract file', () => {
    expect(exampleText).toBe(readFileSync(sharedExample, 'utf8'));
  });

  it('parses unchanged', () => {
    expect(loadCollaboration(exampleText).success).toBe(true);
  });

  it('keeps field values, dates as strings', () => {
    const c = example();
    expect(c.period).toEqual({ start: '2026-09-01', end: '2026-11-30' });
    expect(c.team?.core).toEqual(['wang', 'wu', 'li', 'zhao', 'sun']);
    expect(c.milestones.map((m) => m.id)).toEqual([
      'beta',
      'promo-plan',
      'distribution',
      'cs-training',
      'launch',
    ]);
    expect(c.responsibilities[0]?.due).toEqual({ month: 1, part: 'end' });
    expect(c.conflicts[0]?.negotiations?.[0]?.outcome).toBe('agreed');
    expect(c.incidents).toEqual([]);
    expect(c.calendar?.workdays).toEqual(['2026-10-10']);
  });

  it('parses the same from JSON', () => {
    const result = loadCollaboration(JSON.stringify(exampleInput()), { format: 'json' });
    expect(result.success && result.data).toEqual(example());
  });
});

describe('incomplete but well-formed collaborations parse (completeness is the rules’ job)', () => {
  it('a responsibility without deliverable, a goal without measures, no team', () => {
    const input = exampleInput();
    delete input.responsibilities[0].deliverable;
    delete input.goal.measures;
    delete input.team;
    expect(parseCollaboration(input).success).toBe(true);
  });

  it('a minimal collaboration with only id, name, scenario and period', () => {
    const result = parseCollaboration({
      id: 'x',
      name: '预算',
      scenario: 'project',
      period: { start: '2026-01-01', end: '2026-03-31' },
    });
    expect(result.success).toBe(true);
    expect(result.success && result.data.milestones).toEqual([]);
  });

  it('blank text parses', () => {
    const input = exampleInput();
    input.goal.specific = '   ';
    expect(parseCollaboration(input).success).toBe(true);
  });
});

describe('issue codes', () => {
  it('missing: a required field is absent', () => {
    const input = exampleInput();
    delete input.name;
    const [issue] = issuesOf(parseCollaboration(input, { locale: 'en' }));
    expect(issue).toMatchObject({ code: 'missing', path: ['name'], pointer: '/name' });
    expect(issue?.message).toContain('"name"');
  });

  it('invalid_type: a list where text belongs', () => {
    const input = exampleInput();
    input.name = ['a'];
    expect(issuesOf(parseCollaboration(input))[0]).toMatchObject({ code: 'invalid_type', pointer: '/name' });
  });

  it('invalid_enum with a did-you-mean', () => {
    const input = exampleInput();
    input.departments[3].role = 'suport';
    const [issue] = issuesOf(parseCollaboration(input, { locale: 'en' }));
    expect(issue).toMatchObject({
      code: 'invalid_enum',
      pointer: '/departments/3/role',
      suggestion: 'support',
    });
    expect(issue?.message).toMatch(/did you mean "support"/);
  });

  it('invalid_date: an impossible date', () => {
    const input = exampleInput();
    input.meetings[0].heldOn = '2026-02-30';
    const [issue] = issuesOf(parseCollaboration(input, { locale: 'zh-CN' }));
    expect(issue).toMatchObject({ code: 'invalid_date', pointer: '/meetings/0/heldOn' });
    expect(issue?.message).toContain('2026-02-30');
  });

  it('invalid_due: a due date in no known form', () => {
    const input = exampleInput();
    input.responsibilities[1].due = { month: 2 };
    expect(issuesOf(parseCollaboration(input))[0]).toMatchObject({
      code: 'invalid_due',
      pointer: '/responsibilities/1/due',
    });
  });

  it('invalid_format: an id with spaces, a malformed time', () => {
    const input = exampleInput();
    input.departments[0].id = 'r d';
    input.meetings[0].time = '25:00';
    expect(codes(parseCollaboration(input))).toEqual(['invalid_format', 'invalid_format']);
  });

  it('too_small / too_big: numbers outside their bounds', () => {
    const input = exampleInput();
    input.negotiationTimeboxDays = -1;
    input.escalationPath[0].level = 1000;
    expect(codes(parseCollaboration(input)).sort()).toEqual(['too_big', 'too_small']);
  });

  it('unknown_key with a did-you-mean, reported per key', () => {
    const input = exampleInput();
    input.responsibilites = input.responsibilities;
    input.team.leeder = 'wang';
    const issues = issuesOf(parseCollaboration(input, { locale: 'en' }));
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'unknown_key',
          pointer: '/responsibilites',
          suggestion: 'responsibilities',
        }),
        expect.objectContaining({ code: 'unknown_key', pointer: '/team/leeder', suggestion: 'leader' }),
      ]),
    );
    expect(issues.find((i) => i.pointer === '/responsibilites')?.message).toBe(
      'Unknown field "responsibilites"; did you mean "responsibilities"?',
    );
  });

  it('unknown_key without a suggestion when nothing is close', () => {
    const input = exampleInput();
    input.zzzzzzzz = 1;
    const [issue] = issuesOf(parseCollaboration(input));
    expect(issue).toMatchObject({ code: 'unknown_key', pointer: '/zzzzzzzz' });
    expect(issue?.suggestion).toBeUndefined();
  });

  it('period_order: end before start', () => {
    const input = exampleInput();
    input.period.end = '2026-08-31';
    expect(issuesOf(parseCollaboration(input))[0]).toMatchObject({
      code: 'period_order',
      pointer: '/period/end',
    });
  });

  it('duplicate_id per entity kind, pointing at the second occurrence', () => {
    const input = exampleInput();
    input.milestones[2].id = 'beta';
    input.people[1].id = 'wang';
    const issues = issuesOf(parseCollaboration(input, { locale: 'en' }));
    expect(issues.filter((i) => i.code === 'duplicate_id').map((i) => i.pointer)).toEqual([
      '/people/1/id',
      '/milestones/2/id',
    ]);
    expect(issues[0]?.message).toContain('/people/0/id');
  });

  it('unknown_reference to departments, people, milestones and conflicts, with suggestions', () => {
    const input = exampleInput();
    input.responsibilities[2].owner = 'zhoa';
    input.milestones[4].dependsOn = ['promo-plan', 'distributon'];
    input.meetings[0].discussions[0].conflict = 'budget';
    input.people[0].department = 'rnd';
    const issues = issuesOf(parseCollaboration(input, { locale: 'en' }));
    expect(issues.map((i) => [i.code, i.pointer, i.suggestion])).toEqual([
      ['unknown_reference', '/people/0/department', 'rd'],
      ['unknown_reference', '/responsibilities/2/owner', 'zhao'],
      ['unknown_reference', '/milestones/4/dependsOn/1', 'distribution'],
      ['unknown_reference', '/meetings/0/discussions/0/conflict', undefined],
    ]);
  });

  it('unknown_reference in liaison keys and risk owners', () => {
    const input = exampleInput();
    input.team.liaisons.hr = 'wu';
    input.risks[0].owner = 'nobody';
    expect(issuesOf(parseCollaboration(input)).map((i) => i.pointer)).toEqual([
      '/team/liaisons/hr',
      '/risks/0/owner',
    ]);
  });

  it('syntax: YAML errors carry line and column', () => {
    const result = loadCollaboration('id: x\nname: [unclosed\n', { locale: 'en' });
    expect(result.success).toBe(false);
    const [issue] = issuesOf(result);
    expect(issue?.code).toBe('syntax');
    expect(issue?.line).toBeGreaterThanOrEqual(2);
    expect(issue?.column).toBeGreaterThanOrEqual(1);
  });

  it('syntax: duplicate YAML keys are an error', () => {
    const [issue] = issuesOf(loadCollaboration('id: a\nid: b\n'));
    expect(issue).toMatchObject({ code: 'syntax', line: 2 });
  });

  it('syntax: JSON errors carry line and column', () => {
    const [issue] = issuesOf(loadCollaboration('{\n  "id": "x",\n}', { format: 'json', locale: 'en' }));
    // The trailing comma is the mistake: the issue points at it, not at the brace after it.
    expect(issue).toMatchObject({ code: 'syntax', line: 2, column: 12 });
  });

  it('schema issues from YAML text carry the line of the node', () => {
    const text = exampleText.replace('role: support', 'role: suport');
    const [issue] = issuesOf(loadCollaboration(text));
    expect(issue).toMatchObject({ code: 'invalid_enum', line: 33 });
  });

  it('too_large: text above the limit', () => {
    const [issue] = issuesOf(loadCollaboration('a'.repeat(20 * 1024 * 1024 + 1)));
    expect(issue?.code).toBe('too_large');
  });

  it('too_large: a YAML alias bomb is refused', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      );
    const result = loadCollaboration(bomb.join('\n'));
    expect(result.success).toBe(false);
  });

  it('unreadable: an object whose getter throws', () => {
    const input = { ...exampleInput() };
    Object.defineProperty(input, 'name', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const [issue] = issuesOf(parseCollaboration(input));
    expect(issue?.code).toBe('unreadable');
  });
});

describe('messages', () => {
  it('come in zh-CN by default and in English on request', () => {
    const input = exampleInput();
    delete input.name;
    expect(issuesOf(parseCollaboration(input))[0]?.message).toBe('缺少必填字段 "name"');
    expect(issuesOf(parseCollaboration(input, { locale: 'en' }))[0]?.message).toBe(
      'Required field "name" is missing',
    );
  });

  it('pointers escape ~ and / (RFC 6901)', () => {
    const input = exampleInput();
    input['a/b~c'] = 1;
    expect(issuesOf(parseCollaboration(input))[0]?.pointer).toBe('/a~1b~0c');
  });
});

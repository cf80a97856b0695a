import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCollaboration } from '../../src/model/parse.js';
import type { Collaboration } from '../../src/model/types.js';
import { type Report, SEVERITIES } from '../../src/rules/report.js';
import { RULE_SCOPES } from '../../src/rules/subjects.js';
import {
  type RenderTemplateOptions,
  type RenderTemplateResult,
  safeRenderTemplate,
  TEMPLATE_NAMES,
  type TemplateFormat,
  type TemplateName,
} from '../../src/templates/index.js';
import { collaborationArb } from '../../src/testing/index.js';
import { exampleWithIncident, exampleWithRetrospective } from './fixtures.js';

// ---------------------------------------------------------------------------------------------------------------
// Checks on the output
// ---------------------------------------------------------------------------------------------------------------

/** Cells of a Markdown table row: the unescaped pipes, minus one. */
function cellCount(row: string): number {
  let pipes = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') i++;
    else if (row[i] === '|') pipes++;
  }
  return pipes - 1;
}

/** Every Markdown table row has as many cells as its header; the delimiter row follows the header. */
function expectWellFormedTables(markdown: string): void {
  const lines = markdown.split('\n');
  let header = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith('|')) {
      header = -1;
      continue;
    }
    expect(line.endsWith(' |'), line).toBe(true);
    if (header === -1) {
      header = cellCount(line);
      expect(header).toBeGreaterThan(0);
      expect(lines[i + 1]).toBe(`|${' --- |'.repeat(header)}`);
    } else {
      expect(cellCount(line), line).toBe(header);
    }
  }
}

/** No `<` or `>` in Markdown except the renderer's own `<br>`: data cannot inject HTML or a block quote. */
function expectNoRawMarkup(markdown: string): void {
  expect(markdown.replace(/<br>/g, '')).not.toMatch(/[<>]/);
}

// Exactly the tags the HTML renderer writes. Anything else starting with `<` came from data unescaped.
const OWN_TAGS =
  /<!doctype html>|<html lang="(?:zh-CN|en)">|<meta [a-z]+="[^"<>]*"(?: content="[^"<>]*")?>|<\/?(?:html|head|title|style|body|main|h[1-4]|thead|tbody|tr|td|ul|ol|li|span|p|th|table)>|<table class="grid(?: blank)?">|<table class="fields">|<\/?(?:details|summary|pre)>|<th scope="(?:col|row)">|<span class="(?:choice|note|date)">|<p class="choices">|<br>/g;

function expectNoUnescapedData(html: string): void {
  expect(html.replace(OWN_TAGS, '')).not.toContain('<');
  // Rows hold cells of text, line breaks and tick boxes only: a value cannot close a cell or open another.
  for (const line of html.split('\n').filter((l) => l.startsWith('<tr>'))) {
    expect(line).toMatch(
      /^<tr>(?:<t[hd](?: scope="(?:col|row)")?>(?:[^<]|<br>|<span class="date">[-\d]+<\/span>|<span class="(?:choice|note)">(?:[^<]|<br>|<span class="date">[-\d]+<\/span>)*<\/span>)*<\/t[hd]>)+<\/tr>$/,
    );
  }
}

function expectWellFormed(text: string, format: TemplateFormat): void {
  if (format === 'markdown') {
    expectWellFormedTables(text);
    expectNoRawMarkup(text);
  } else {
    expectNoUnescapedData(text);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------------------------

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</td><td>',
  '<br>',
  'a | b',
  '|',
  '\\',
  'back\\slash\\',
  '\\|',
  'line1\nline2',
  'cr\r\nlf',
  '\u2028',
  '&lt;',
  '&',
  '# heading',
  '- item',
  '1. item',
  '> quote',
  '    code',
  '`code`',
  '**bold** _em_ ~~s~~',
  '[link](javascript:alert(1))',
  '![img](x)',
  '---',
  '',
  ' ',
  '"quoted" \'single\'',
];

const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
);

// Fields whose values are enums, dates or times: the templates rely on their types, so they stay as they are.
const KEEP = new Set([
  'scenario',
  'phase',
  'role',
  'kind',
  'status',
  'form',
  'part',
  'outcome',
  'decisionMechanism',
  'leaderAuthority',
  'channels',
  'contents',
  'start',
  'end',
  'heldOn',
  'occurredOn',
  'raisedOn',
  'resolvedOn',
  'completedOn',
  'initiatedOn',
  'deadline',
  'on',
  'due',
  'time',
  'holidays',
  'workdays',
]);

/** Replaces every text and id of a value (keys of records included) with the given strings, in turn. */
function taint(value: unknown, strings: readonly string[]): unknown {
  let n = 0;
  const next = () => strings[n++ % strings.length]!;
  const walk = (v: unknown, key: string): unknown => {
    if (KEEP.has(key)) return v;
    if (typeof v === 'string') return next();
    if (Array.isArray(v)) return v.map((item) => walk(item, key));
    if (typeof v === 'object' && v !== null) {
      const entries = Object.entries(v).map(([k, child]) => [
        key === 'liaisons' ? next() : k,
        walk(child, k),
      ]);
      return Object.fromEntries(entries);
    }
    return v;
  };
  return walk(value, '');
}

/** The example with an incident and a retrospective: every template has something to show. */
function fullExample(): Collaboration {
  return { ...exampleWithIncident(), retrospective: exampleWithRetrospective().retrospective! };
}

function reportArb(c: Collaboration, text: fc.Arbitrary<string>): fc.Arbitrary<Report> {
  const ids = [
    ...c.departments.map((d) => d.id),
    ...c.people.map((p) => p.id),
    ...c.milestones.map((m) => m.id),
    ...c.meetings.map((m) => m.id),
    ...c.conflicts.map((x) => x.id),
    c.id,
  ];
  const subjectId = fc.oneof(text, fc.constantFrom(...ids));
  const json = fc.oneof(fc.jsonValue({ maxDepth: 2 }), text, fc.constant(undefined));
  const condition = fc.record(
    {
      fact: text,
      path: text,
      operator: fc.oneof(fc.constantFrom('equal', 'greaterThan', 'in', 'notIn'), text),
      expected: fc.oneof(
        json,
        text.map((fact) => ({ fact })),
      ),
      actual: json,
      valueResult: json,
      result: fc.boolean(),
      negated: fc.boolean(),
    },
    { requiredKeys: ['fact', 'operator', 'expected', 'actual', 'result'] },
  );
  const finding = fc.record(
    {
      ruleId: text,
      severity: fc.constantFrom(...SEVERITIES),
      scope: fc.constantFrom(...RULE_SCOPES),
      subjectId,
      path: text,
      message: text,
      explanation: fc.array(condition, { maxLength: 3 }),
    },
    { requiredKeys: ['ruleId', 'severity', 'scope', 'path', 'message', 'explanation'] },
  );
  const action = fc.record(
    {
      type: fc.constant('escalate' as const),
      ruleId: text,
      scope: fc.constantFrom(...RULE_SCOPES),
      subjectId,
      toLevel: fc.integer({ min: 1, max: 5 }),
      title: text,
      person: subjectId,
      reason: text,
    },
    { requiredKeys: ['type', 'ruleId', 'scope', 'subjectId', 'toLevel', 'reason'] },
  );
  return fc
    .record({ findings: fc.array(finding, { maxLength: 6 }), actions: fc.array(action, { maxLength: 3 }) })
    .map((r) => ({
      ...r,
      upcoming: [],
      summary: {
        error: r.findings.filter((f) => f.severity === 'error').length,
        warning: r.findings.filter((f) => f.severity === 'warning').length,
        info: r.findings.filter((f) => f.severity === 'info').length,
      },
    }));
}

const requestArb = fc.record({
  name: fc.constantFrom(...TEMPLATE_NAMES),
  locale: fc.constantFrom('zh-CN' as const, 'en' as const),
  format: fc.constantFrom('markdown' as const, 'html' as const),
});

function render(
  name: TemplateName,
  c: Collaboration | null,
  options: RenderTemplateOptions,
): RenderTemplateResult {
  // The text formats only: Word documents have their own property test (render/docx.prop.test.ts).
  return safeRenderTemplate(name, c, options) as RenderTemplateResult;
}

// ---------------------------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------------------------

const parsedArb = collaborationArb({ size: 'medium' }).map((input) => {
  const result = parseCollaboration(input);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
});

describe('renderTemplate over generated collaborations (property)', () => {
  it('never throws, renders whenever the entity it needs exists, and keeps tables and markup intact', () => {
    fc.assert(
      fc.property(
        parsedArb.chain((c) => fc.tuple(fc.constant(c), reportArb(c, hostileText), requestArb)),
        ([c, report, { name, locale, format }]) => {
          const options: RenderTemplateOptions = {
            locale,
            format,
            report,
            now: '2026-11-26',
            ...(c.meetings[0] ? { meeting: c.meetings[0].id } : {}),
            ...(c.incidents[0] ? { incident: c.incidents[0].id } : {}),
            ...(c.milestones[0] ? { subject: `milestone/${c.milestones[0].id}` } : {}),
          };
          const result = render(name, c, options);
          const needs =
            name === 'minutes'
              ? c.meetings.length > 0
              : name === 'emergency-plan'
                ? c.incidents.length > 0
                : name === 'escalation'
                  ? c.milestones.length > 0
                  : true;
          expect(result.success).toBe(needs);
          if (!result.success) return;
          expectWellFormed(result.data, format);
          const again = render(name, c, options);
          expect(again.success && again.data).toBe(result.data);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('blank forms are well formed and have no ticked box', () => {
    fc.assert(
      fc.property(requestArb, ({ name, locale, format }) => {
        const result = render(name, null, { locale, format });
        expect(result.success).toBe(true);
        if (!result.success) return;
        expectWellFormed(result.data, format);
        expect(result.data).not.toContain('☑');
      }),
    );
  });
});

describe('renderTemplate over the example with hostile names, ids and texts (property)', () => {
  const base = fullExample();
  const caseArb = fc
    .tuple(
      fc.array(hostileText, { minLength: 1, maxLength: 40 }),
      fc.array(hostileText, { minLength: 1, maxLength: 20 }),
    )
    .chain(([strings, reportStrings]) => {
      const c = taint(base, strings) as Collaboration;
      return fc.tuple(fc.constant(strings), requestArb, reportArb(c, fc.constantFrom(...reportStrings)));
    });

  it('no value breaks a Markdown table or escapes into HTML, and the bytes are stable', () => {
    fc.assert(
      fc.property(caseArb, ([strings, { name, locale, format }, report]) => {
        const c = taint(base, strings) as Collaboration;
        const options: RenderTemplateOptions = {
          locale,
          format,
          report,
          now: '2026-11-26',
          meeting: c.meetings[0]!.id,
          incident: c.incidents[0]!.id,
          subject: `incident/${c.incidents[0]!.id}`,
        };
        const result = render(name, c, options);
        // An empty id names nothing, so it counts as a missing one.
        const empty =
          (name === 'minutes' && !options.meeting) ||
          ((name === 'emergency-plan' || name === 'escalation') && !options.incident);
        expect(result.success).toBe(!empty);
        if (!result.success) return;
        expectWellFormed(result.data, format);
        expect(result.data).not.toMatch(/<script|<img/);
        // Every `[` from data is escaped, so no value can become a link or an image in Markdown.
        if (format === 'markdown') expect(result.data).not.toMatch(/(^|[^\\])\[/m);
        const again = render(name, taint(base, strings) as Collaboration, options);
        expect(again.success && again.data).toBe(result.data);
      }),
      { numRuns: 400 },
    );
  });
});

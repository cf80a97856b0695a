// Every template renders every generated collaboration to a Word document that unzips, whose XML is well formed,
// whose relationships and content types resolve, and whose text is the HTML rendering's text (whatever characters
// the generator puts in). Any template document, hostile text included, reads back as its own texts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCollaboration } from '../../../src/model/parse.js';
import type { Report } from '../../../src/rules/report.js';
import type { Block, ChoiceSet, TemplateDocument } from '../../../src/templates/document.js';
import { renderTemplate, TEMPLATE_NAMES, type TemplateName } from '../../../src/templates/index.js';
import { renderDocxDocument } from '../../../src/templates/render/docx.js';
import { collaborationArb } from '../../../src/testing/index.js';
import { htmlTexts, readDocx } from '../../support/docx.js';

const EMPTY: Report = { findings: [], actions: [], upcoming: [], summary: { error: 0, warning: 0, info: 0 } };

const parsedArb = collaborationArb({ size: 'small' }).map((input) => {
  const result = parseCollaboration(input);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
});

/** XML 1.0 cannot carry control characters: the Word rendering drops them, the HTML one keeps them. */
const visible = (texts: readonly string[]) =>
  texts
    .map((t) =>
      t
        .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
        .replace(/^(?:•|\d+\.)(?:\t|$)/, '')
        .replace(/□/g, '☐')
        .replace(/\s+/g, ''),
    )
    .filter((t) => t !== '');

describe('renderTemplate(…, { format: "docx" }) over generated collaborations (property)', () => {
  it('always gives a valid .docx whose text is the HTML rendering’s', () => {
    fc.assert(
      fc.property(
        parsedArb,
        fc.constantFrom(...TEMPLATE_NAMES),
        fc.constantFrom('zh-CN' as const, 'en' as const),
        (c, name: TemplateName, locale) => {
          if (name === 'minutes' && c.meetings.length === 0) return;
          if (name === 'emergency-plan' && c.incidents.length === 0) return;
          if (name === 'escalation' && c.milestones.length === 0) return;
          const options = {
            locale,
            report: EMPTY,
            // Templates seen from a day (the open actions) take one; the others ignore it.
            now: c.period.start,
            ...(name === 'minutes' ? { meeting: c.meetings[0]!.id } : {}),
            ...(name === 'emergency-plan' ? { incident: c.incidents[0]!.id } : {}),
            ...(name === 'escalation' ? { subject: `milestone/${c.milestones[0]!.id}` } : {}),
          };
          const bytes = renderTemplate(name, c, { ...options, format: 'docx' });
          const { paragraphs } = readDocx(bytes);
          const html = renderTemplate(name, c, { ...options, format: 'html' });
          // A list item of the data that itself reads "3." is not told from a marker; compare without markers.
          expect(visible(paragraphs).join('')).toBe(visible(htmlTexts(html)).join(''));
        },
      ),
      { numRuns: 40 },
    );
  });
});

/** Text with what breaks documents weighted in: markup, control characters, lone surrogates, spaces, tabs, line ends. */
const textArb = fc.string({
  unit: fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        'a',
        '研',
        ' ',
        '  ',
        '\t',
        '\n',
        '\r\n',
        '\r',
        '\u2028',
        '&',
        '<',
        '"',
        '☑',
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('\u0000', '\u0008', '\u001f', '\uFFFE', '\uD800', '\uDC00', '&amp;', ']]>'),
    },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  ),
  maxLength: 12,
});

const choicesArb: fc.Arbitrary<ChoiceSet> = fc.record(
  {
    kind: fc.constant('choices' as const),
    options: fc.array(fc.record({ label: textArb, checked: fc.boolean() }), { maxLength: 3 }),
    note: textArb,
  },
  { requiredKeys: ['kind', 'options'] },
);

const blockArb: fc.Arbitrary<Block> = fc.oneof(
  fc.record({
    kind: fc.constant('heading' as const),
    level: fc.constantFrom(2 as const, 3 as const, 4 as const),
    text: textArb,
  }),
  fc.record({ kind: fc.constant('paragraph' as const), text: textArb }),
  fc.record({
    kind: fc.constant('list' as const),
    ordered: fc.boolean(),
    items: fc.array(textArb, { maxLength: 3 }),
  }),
  choicesArb,
  fc.record({
    kind: fc.constant('table' as const),
    columns: fc.array(textArb, { maxLength: 4 }),
    rows: fc.array(fc.array(textArb, { maxLength: 5 }), { maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('fields' as const),
    header: fc.tuple(textArb, textArb),
    fields: fc.array(fc.record({ label: textArb, value: fc.oneof(textArb, choicesArb) }), { maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('details' as const),
    summary: textArb,
    lines: fc.array(textArb, { maxLength: 2 }),
  }),
);

const documentArb: fc.Arbitrary<TemplateDocument> = fc.record(
  {
    locale: fc.constantFrom('zh-CN' as const, 'en' as const),
    title: textArb,
    subject: textArb,
    blocks: fc.array(blockArb, { maxLength: 6 }),
  },
  { requiredKeys: ['locale', 'title', 'blocks'] },
);

/** What a reader sees of a text: XML's characters only, every line end a line break. */
const seen = (text: string) =>
  text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/\r\n|[\r\u2028\u2029]/g, '\n');

/** The reference reading of a document: the paragraphs Word shows, in order, from the model alone. */
function expectedParagraphs(doc: TemplateDocument): string[] {
  const separator = doc.locale === 'zh-CN' ? '\u3000' : '\u2003';
  const choices = (c: ChoiceSet) =>
    [
      ...c.options.map((o) => `${o.checked ? '☑' : '☐'} ${o.label}`),
      ...(c.note === undefined ? [] : [c.note]),
    ].join(separator);
  const paragraphs = [doc.title];
  for (const b of doc.blocks) {
    if (b.kind === 'heading') paragraphs.push(b.text);
    else if (b.kind === 'paragraph' && b.text !== '') paragraphs.push(b.text);
    else if (b.kind === 'list') {
      b.items.forEach((item, i) => {
        const marker = b.ordered ? `${i + 1}.` : '•';
        paragraphs.push(item === '' ? marker : `${marker}\t${item}`);
      });
    } else if (b.kind === 'choices') paragraphs.push(choices(b));
    else if (b.kind === 'table' && b.columns.length > 0) {
      paragraphs.push(...b.columns);
      for (const row of b.rows) paragraphs.push(...b.columns.map((_, i) => row[i] ?? ''));
      paragraphs.push('');
    } else if (b.kind === 'fields' && b.fields.length > 0) {
      for (const f of b.fields)
        paragraphs.push(f.label, typeof f.value === 'string' ? f.value : choices(f.value));
      paragraphs.push('');
    }
  }
  return paragraphs.map(seen);
}

describe('renderDocxDocument over generated documents (property)', () => {
  it('gives a complete, well-formed package whose paragraphs are the document’s texts, the same bytes each time', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const bytes = renderDocxDocument(doc);
        const { parts, paragraphs } = readDocx(bytes);
        expect(paragraphs).toEqual(expectedParagraphs(doc));
        expect(Buffer.from(renderDocxDocument(doc)).equals(Buffer.from(bytes))).toBe(true);
        // Text Word would trim or collapse is marked to keep its spaces; no other text is.
        for (const m of parts['word/document.xml']!.matchAll(
          /<w:t( xml:space="preserve")?>([^<]*)<\/w:t>/g,
        )) {
          expect(m[1] !== undefined).toBe(/^ | $| {2}/.test(m[2]!));
          expect(m[2]).not.toBe('');
        }
      }),
      { numRuns: 150 },
    );
  });
});

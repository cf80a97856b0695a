// Every template renders every generated collaboration to a Word document that unzips, whose XML is well formed,
// and whose text is the HTML rendering's text (whatever characters the generator puts in).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCollaboration } from '../../../src/model/parse.js';
import type { Report } from '../../../src/rules/report.js';
import { renderTemplate, TEMPLATE_NAMES, type TemplateName } from '../../../src/templates/index.js';
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

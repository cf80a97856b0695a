import { match } from 'ts-pattern';
import { argumentError } from '../../i18n/argument.js';
import type { Locale } from '../../i18n/locale.js';
import type { Block, ChoiceSet, FieldValue, TemplateDocument } from '../document.js';

/** Every kind of line break a value may carry; each becomes `<br>`, so a value never spans two lines. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

/**
 * Escapes plain text for GitHub-flavoured Markdown inline content, including table cells: backslash-escapes
 * `\`, `` ` ``, `*`, `_`, `[`, `]`, `~`, `|` and `#`; writes `&`, `<` and `>` as entities (GitHub renders raw
 * HTML, so `<script>` must stay text); turns every line break into `<br>`. The result is one line that renders
 * as exactly the input text. The one Markdown escaper of crossdept: the templates use it for every value, and a
 * service that writes Markdown around a rendered template (a heading, a line of its own) uses it too.
 *
 * @param text - Plain text.
 * @returns The escaped Markdown.
 * @throws `CrossdeptError` with code `invalid_argument` when `text` is not text (so a template given data
 *   that skipped parsing reports it instead of printing `[object Object]`), and nothing else.
 * @example
 * ```ts
 * import { escapeMarkdown } from 'crossdept';
 *
 * escapeMarkdown('a | b\nc'); // 'a \\| b<br>c'
 * escapeMarkdown('<script>'); // '&lt;script&gt;'
 * ```
 */
export function escapeMarkdown(text: string): string {
  if (typeof text !== 'string') throw argumentError('invalid_argument', ['text'], { kind: 'text' });
  return text
    .replace(/[\\`*_[\]~|#]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(LINE_BREAK, '<br>');
}

/**
 * Escapes text that starts a block (a paragraph, heading or list item): on top of {@link escapeMarkdown}, leading
 * whitespace becomes character references (so it cannot start a code block) and a leading `-`, `+`, `=` or
 * `1.` is escaped (so it cannot start a list or an underline).
 */
function escapeBlockStart(text: string): string {
  return escapeMarkdown(text)
    .replace(/^[ \t]+/, (ws) => ws.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'))
    .replace(/^[-+=]/, (c) => `\\${c}`)
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

const BOX = { checked: '☑', unchecked: '□' } as const;
const CHOICE_SEPARATOR: { readonly [L in Locale]: string } = { 'zh-CN': '\u3000', en: '\u2003' };

function choices(value: ChoiceSet, locale: Locale): string {
  const boxes = value.options.map(
    (o) => `${o.checked ? BOX.checked : BOX.unchecked} ${escapeMarkdown(o.label)}`,
  );
  if (value.note !== undefined) boxes.push(escapeMarkdown(value.note));
  return boxes.join(CHOICE_SEPARATOR[locale]);
}

function fieldValue(value: FieldValue, locale: Locale): string {
  return typeof value === 'string' ? escapeMarkdown(value) : choices(value, locale);
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  if (columns.length === 0) return '';
  const pad = (cells: readonly string[]) => columns.map((_, i) => cells[i] ?? '');
  return [
    row(columns.map(escapeMarkdown)),
    row(columns.map(() => '---')),
    ...rows.map((r) => row(pad(r).map(escapeMarkdown))),
  ].join('\n');
}

function block(b: Block, locale: Locale): string {
  return (
    match(b)
      .with({ kind: 'heading' }, (h) => `${'#'.repeat(h.level)} ${escapeBlockStart(h.text)}`)
      .with({ kind: 'paragraph' }, (p) => (p.text === '' ? '' : escapeBlockStart(p.text)))
      .with({ kind: 'list' }, (l) =>
        l.items
          .map((item, i) => {
            const marker = l.ordered ? `${i + 1}.` : '-';
            return item === '' ? marker : `${marker} ${escapeBlockStart(item)}`;
          })
          .join('\n'),
      )
      .with({ kind: 'table' }, (t) => table(t.columns, t.rows))
      // Markdown is read as text: the technical trace stays in the HTML page and the JSON report.
      .with({ kind: 'details' }, () => '')
      // The line starts with a box, so it cannot start a list or a heading.
      .with({ kind: 'choices' }, (c) => choices(c, locale))
      .with({ kind: 'fields' }, (f) =>
        [
          row(f.header.map(escapeMarkdown)),
          row(['---', '---']),
          ...f.fields.map((field) => row([escapeMarkdown(field.label), fieldValue(field.value, locale)])),
        ].join('\n'),
      )
      .exhaustive()
  );
}

/**
 * Renders a template document as GitHub-flavoured Markdown: `#` headings, pipe tables (fields as a two-column
 * table), tick boxes as □ / ☑, lists and paragraphs. Every value goes through {@link escapeMarkdown}, so no
 * value can break a table row or inject HTML. The output ends with one newline and depends only on the document.
 *
 * @param doc - The document.
 * @returns The Markdown text.
 * @example
 * ```ts
 * import { renderMarkdownDocument } from './markdown.js';
 *
 * renderMarkdownDocument({
 *   locale: 'en',
 *   title: 'Kickoff',
 *   blocks: [{ kind: 'table', columns: ['Risk', 'Response'], rows: [['a | b', '']] }],
 * });
 * // '# Kickoff\n\n| Risk | Response |\n| --- | --- |\n| a \\| b |  |\n'
 * ```
 */
export function renderMarkdownDocument(doc: TemplateDocument): string {
  const parts = [`# ${escapeBlockStart(doc.title)}`, ...doc.blocks.map((b) => block(b, doc.locale))];
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

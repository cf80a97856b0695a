import { match } from 'ts-pattern';
import type { Block, ChoiceSet, FieldValue, TemplateDocument } from '../document.js';

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

/**
 * Escapes text for HTML content and attribute values: `&`, `<`, `>`, `"` and `'` become character references.
 *
 * @param text - Plain text.
 * @returns The escaped text.
 * @example
 * ```ts
 * import { escapeHtml } from './html.js';
 *
 * escapeHtml('<script>alert(1)</script>'); // '&lt;script&gt;alert(1)&lt;/script&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

/** Escaped text with its line breaks kept as `<br>`, and ISO dates kept on one line (browsers break at `-`). */
function text(value: string): string {
  return escapeHtml(value).replace(ISO_DATE, '<span class="date">$&</span>').replace(LINE_BREAK, '<br>');
}

// Print-first: A4 pages, black on white, ruled cells tall enough to write in, headers repeated across pages.
const STYLE = `
*, *::before, *::after { box-sizing: border-box; }
html { color-scheme: light; }
body { margin: 0; background: #fff; color: #1a1a1a; font: 14px/1.6 "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 210mm; margin: 0 auto; padding: 14mm 12mm; }
h1 { font-size: 22px; text-align: center; margin: 0 0 18px; letter-spacing: 0.04em; }
h2 { font-size: 16px; margin: 22px 0 8px; padding-bottom: 3px; border-bottom: 2px solid #1a1a1a; }
h3 { font-size: 15px; margin: 16px 0 6px; }
h4 { font-size: 14px; margin: 12px 0 4px; color: #333; }
p { margin: 0 0 10px; }
table { width: 100%; border-collapse: collapse; margin: 0 0 12px; }
th, td { border: 1px solid #555; padding: 5px 8px; text-align: left; vertical-align: top; overflow-wrap: break-word; }
td { height: 2.2em; }
thead th { background: #eee; font-weight: 600; word-break: keep-all; }
table.fields th { width: 26%; background: #f5f5f5; font-weight: 600; }
table.blank { table-layout: fixed; }
table.blank td, table.fields td:empty { height: 2.6em; }
.choice { display: inline-block; margin-right: 1.6em; white-space: nowrap; }
.note { color: #555; }
.date { white-space: nowrap; }
ul, ol { margin: 0 0 12px; padding-left: 1.8em; }
li:empty { height: 2em; border-bottom: 1px solid #999; }
@page { size: A4; margin: 14mm; }
@media print {
  main { max-width: none; padding: 0; }
  h2, h3, h4 { break-after: avoid; }
  tr, li { break-inside: avoid; }
  thead { display: table-header-group; }
}
`.trim();

function choices(value: ChoiceSet): string {
  const boxes = value.options.map(
    (o) => `<span class="choice">${o.checked ? '☑' : '□'} ${text(o.label)}</span>`,
  );
  if (value.note !== undefined) boxes.push(`<span class="note">${text(value.note)}</span>`);
  return boxes.join('');
}

function fieldValue(value: FieldValue): string {
  return typeof value === 'string' ? text(value) : choices(value);
}

function block(b: Block): string {
  return match(b)
    .with({ kind: 'heading' }, (h) => `<h${h.level}>${text(h.text)}</h${h.level}>`)
    .with({ kind: 'paragraph' }, (p) => (p.text === '' ? '' : `<p>${text(p.text)}</p>`))
    .with({ kind: 'list' }, (l) => {
      const tag = l.ordered ? 'ol' : 'ul';
      return `<${tag}>\n${l.items.map((item) => `<li>${text(item)}</li>`).join('\n')}\n</${tag}>`;
    })
    .with({ kind: 'choices' }, (c) => `<p class="choices">${choices(c)}</p>`)
    .with({ kind: 'details' }, (d) =>
      d.lines.length === 0
        ? ''
        : `<details>\n<summary>${text(d.summary)}</summary>\n<pre>${d.lines.map((l) => text(l)).join('\n')}</pre>\n</details>`,
    )
    .with({ kind: 'table' }, (t) => {
      if (t.columns.length === 0) return '';
      const head = t.columns.map((c) => `<th scope="col">${text(c)}</th>`).join('');
      const rows = t.rows.map(
        (r) => `<tr>${t.columns.map((_, i) => `<td>${text(r[i] ?? '')}</td>`).join('')}</tr>`,
      );
      // A table of empty rows is a form to write in: equal columns, not sized by the headers' lengths.
      const blank = t.rows.length > 0 && t.rows.every((r) => r.every((cell) => cell === ''));
      return `<table class="${blank ? 'grid blank' : 'grid'}">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
    })
    .with({ kind: 'fields' }, (f) => {
      const rows = f.fields.map(
        (field) => `<tr><th scope="row">${text(field.label)}</th><td>${fieldValue(field.value)}</td></tr>`,
      );
      return `<table class="fields">\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
    })
    .exhaustive();
}

/**
 * Renders a template document as one self-contained, printable HTML page: `<!doctype html>`, the document's
 * `lang`, UTF-8, inline print CSS (A4, ruled cells to write in), no scripts and no external resources. Every
 * value goes through {@link escapeHtml}. The output ends with one newline and depends only on the document.
 *
 * @param doc - The document.
 * @returns The HTML page.
 * @example
 * ```ts
 * import { renderHtmlDocument } from './html.js';
 *
 * const html = renderHtmlDocument({
 *   locale: 'en',
 *   title: 'Kickoff',
 *   blocks: [{ kind: 'paragraph', text: '<script>alert(1)</script>' }],
 * });
 * html.includes('&lt;script&gt;'); // true
 * ```
 */
export function renderHtmlDocument(doc: TemplateDocument): string {
  const title = doc.subject === undefined ? doc.title : `${doc.title} · ${doc.subject}`;
  const body = [`<h1>${text(doc.title)}</h1>`, ...doc.blocks.map(block)].filter((b) => b !== '');
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(doc.locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // The title element cannot hold markup, so its line breaks become spaces.
    `<title>${escapeHtml(title.replace(LINE_BREAK, ' '))}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

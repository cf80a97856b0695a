// Word documents read back: the same field values as the HTML rendering of the same template, in the same order;
// A4, the locale's fonts, bordered tables, tick boxes and page numbers; the same bytes for the same input.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/i18n/locale.js';
import type { Collaboration } from '../../../src/model/types.js';
import type { TemplateDocument } from '../../../src/templates/document.js';
import {
  type RenderTemplateOptions,
  renderTemplate,
  safeRenderTemplate,
  TEMPLATE_NAMES,
  type TemplateName,
} from '../../../src/templates/index.js';
import { renderDocxDocument } from '../../../src/templates/render/docx.js';
import { example } from '../../fixtures/example.js';
import { comparable, htmlTexts, readDocx } from '../../support/docx.js';
import { exampleWithIncident, exampleWithRetrospective, sampleReport } from '../fixtures.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

interface Case {
  readonly name: TemplateName;
  readonly data: () => Collaboration | null;
  readonly extra: (locale: Locale) => Partial<RenderTemplateOptions>;
}

const CASES: readonly Case[] = [
  { name: 'kickoff', data: example, extra: () => ({}) },
  { name: 'minutes', data: example, extra: () => ({ meeting: 'sync-2026-10-12' }) },
  { name: 'responsibilities', data: example, extra: () => ({}) },
  { name: 'communication-plan', data: example, extra: () => ({}) },
  { name: 'emergency-plan', data: exampleWithIncident, extra: () => ({ incident: 'test-env-outage' }) },
  { name: 'retrospective', data: exampleWithRetrospective, extra: () => ({}) },
  { name: 'findings', data: example, extra: (locale) => ({ report: sampleReport(locale) }) },
  ...TEMPLATE_NAMES.map((name): Case => ({ name, data: () => null, extra: () => ({}) })),
];

function golden(relative: string, actual: string): void {
  const file = fileURLToPath(new URL(`../golden/docx/${relative}`, import.meta.url));
  if (UPDATE || !existsSync(file)) {
    if (!UPDATE) throw new Error(`missing golden file ${relative}; run with UPDATE_GOLDEN=1 and review it`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('renderTemplate(…, { format: "docx" })', () => {
  for (const c of CASES) {
    for (const locale of LOCALES) {
      const label = `${c.name}${c.data() === null ? ' (blank)' : ''} in ${locale}`;
      it(`${label}: the HTML rendering's values, in its order`, () => {
        const options = { locale, ...c.extra(locale) };
        const bytes = renderTemplate(c.name, c.data(), { ...options, format: 'docx' });
        expect(bytes).toBeInstanceOf(Uint8Array);
        const html = renderTemplate(c.name, c.data(), { ...options, format: 'html' });
        const { paragraphs } = readDocx(bytes);
        expect(comparable(paragraphs)).toEqual(comparable(htmlTexts(html)));
        const file = `${c.name}${c.data() === null ? '.blank' : ''}.${locale}.txt`;
        golden(file, `${paragraphs.filter((p) => p !== '').join('\n')}\n`);
      });
    }
  }

  it('gives the same bytes for the same input', () => {
    const render = () => renderTemplate('kickoff', example(), { locale: 'zh-CN', format: 'docx' });
    expect(Buffer.from(render()).equals(Buffer.from(render()))).toBe(true);
  });

  it('reads no clock: every zip entry is dated 1980-01-01 and the core properties carry no date', () => {
    const bytes = renderTemplate('kickoff', null, { locale: 'en', format: 'docx' });
    const { parts } = readDocx(bytes);
    expect(parts['docProps/core.xml']).not.toMatch(/dcterms:(created|modified)/);
    expect(parts['docProps/core.xml']).toContain(
      '<dc:title>Cross-Department Collaboration Kickoff</dc:title>',
    );
    // Local file headers: DOS date at offset 12, 1980-01-01 is (0 << 9) | (1 << 5) | 1 = 33.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(12, true)).toBe(33);
  });

  it('holds the parts a Word document needs, content types and relationships first', () => {
    for (const locale of LOCALES) {
      const bytes = renderTemplate('minutes', example(), {
        locale,
        format: 'docx',
        meeting: 'sync-2026-10-12',
      });
      expect(Object.keys(unzipSync(bytes))).toEqual([
        '[Content_Types].xml',
        '_rels/.rels',
        'word/document.xml',
        'word/_rels/document.xml.rels',
        'word/styles.xml',
        'word/settings.xml',
        'word/fontTable.xml',
        'word/footer1.xml',
        'docProps/core.xml',
        'docProps/app.xml',
      ]);
    }
  });

  it('is written by crossdept itself: no Word library among the dependencies or the writer’s imports', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies)).not.toContain('docx');
    const folder = new URL('../../../src/templates/render/docx/', import.meta.url);
    const sources = [new URL('../docx.ts', folder), ...readdirSync(folder).map((f) => new URL(f, folder))];
    for (const source of sources) {
      const imports = [...readFileSync(source, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      const packages = imports.filter((specifier) => !specifier.startsWith('.'));
      for (const name of packages) expect(['fflate', 'ts-pattern']).toContain(name);
    }
  });

  it('refuses a wrong request as the other formats do', () => {
    const result = safeRenderTemplate('minutes', example(), {
      locale: 'en',
      format: 'docx',
      meeting: 'nope',
    });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]?.code).toBe('unknown_meeting');
  });
});

describe('renderDocxDocument', () => {
  const doc = (locale: Locale): TemplateDocument => ({
    locale,
    title: '启动表 <&>',
    subject: 'x',
    blocks: [
      { kind: 'heading', level: 2, text: '参与部门' },
      { kind: 'table', columns: ['A', 'B'], rows: [['1\n2', 'a\u0000b\u001fc']] },
      { kind: 'table', columns: ['A', 'B'], rows: [['', '']] },
      {
        kind: 'fields',
        header: ['栏目', '内容'],
        fields: [
          {
            label: '形式',
            value: {
              kind: 'choices',
              options: [
                { label: '线上', checked: true },
                { label: '线下', checked: false },
              ],
            },
          },
        ],
      },
      { kind: 'list', ordered: true, items: ['a', ''] },
      { kind: 'list', ordered: false, items: ['b'] },
    ],
  });

  it('lays out A4 pages with page numbers in the footer', () => {
    const { parts } = readDocx(renderDocxDocument(doc('zh-CN')));
    expect(parts['word/document.xml']).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const footer = Object.entries(parts).find(([path]) => /^word\/footer\d+\.xml$/.test(path))?.[1];
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(footer).toContain('第 ');
  });

  it('sets Chinese in 宋体 with 黑体 headings, English in Calibri', () => {
    const zh = readDocx(renderDocxDocument(doc('zh-CN'))).parts['word/styles.xml']!;
    expect(zh).toMatch(/<w:rFonts[^>]*w:eastAsia="SimSun"/);
    expect(zh).toMatch(/w:styleId="Heading2"[\s\S]*?w:eastAsia="SimHei"/);
    expect(zh).toMatch(/<w:lang[^>]*w:val="zh-CN"/);
    const en = readDocx(renderDocxDocument(doc('en'))).parts['word/styles.xml']!;
    expect(en).toMatch(/<w:rFonts[^>]*w:ascii="Calibri"/);
    expect(en).toMatch(/<w:lang[^>]*w:val="en-US"/);
  });

  it('draws bordered tables, tick boxes, line breaks and list markers; escapes text and drops control characters', () => {
    const { parts, paragraphs } = readDocx(renderDocxDocument(doc('en')));
    const xml = parts['word/document.xml']!;
    expect(xml).toMatch(/<w:insideH w:val="single"/);
    expect(xml).toMatch(/<w:tblHeader\/>/);
    expect(paragraphs[0]).toBe('启动表 <&>');
    expect(paragraphs).toContain('1\n2');
    expect(paragraphs).toContain('abc');
    expect(paragraphs).toContain('☑ 线上\u2003☐ 线下');
    expect(paragraphs).toContain('1.\ta');
    expect(paragraphs).toContain('2.');
    expect(paragraphs).toContain('•\tb');
  });
});

// docProps/core.xml and docProps/app.xml: title, creator and language, and no date anywhere.
import { describe, expect, it } from 'vitest';
import { appPropertiesXml, corePropertiesXml } from '../../../../src/templates/render/docx/properties.js';
import { expectWellFormedXml } from '../../../support/docx.js';

describe('corePropertiesXml', () => {
  it('titles the document with its subject, collapses white space, escapes, and names creator and language', () => {
    const xml = corePropertiesXml({
      locale: 'zh-CN',
      title: '启动表\n<草稿>',
      subject: 'R&D  上市',
      blocks: [],
    });
    expectWellFormedXml(xml, 'core');
    expect(xml).toContain('<dc:title>启动表 &lt;草稿&gt; · R&amp;D 上市</dc:title>');
    expect(xml).toContain('<dc:creator>crossdept</dc:creator>');
    expect(xml).toContain('<dc:language>zh-CN</dc:language>');
    expect(corePropertiesXml({ locale: 'en', title: 'Kickoff', blocks: [] })).toContain(
      '<dc:title>Kickoff</dc:title><dc:creator>crossdept</dc:creator><dc:language>en-US</dc:language>',
    );
  });

  it('carries no date, so the same document gives the same bytes', () => {
    const xml = corePropertiesXml({ locale: 'en', title: 'Kickoff', blocks: [] });
    expect(xml).not.toMatch(/dcterms:(created|modified)|\d{4}-\d{2}-\d{2}T/);
  });
});

describe('appPropertiesXml', () => {
  it('names the application, without a version or a date', () => {
    const xml = appPropertiesXml();
    expectWellFormedXml(xml, 'app');
    expect(xml).toContain('<Application>crossdept</Application>');
    expect(xml).not.toMatch(/AppVersion|\d{4}-\d{2}-\d{2}/);
  });
});

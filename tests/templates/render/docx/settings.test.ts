// word/settings.xml: the default tab stop and Word 2013+ layout rules.
import { describe, expect, it } from 'vitest';
import { settingsXml } from '../../../../src/templates/render/docx/settings.js';
import { expectWellFormedXml } from '../../../support/docx.js';

describe('settingsXml', () => {
  it('sets half-inch tab stops and compatibility mode 15, in schema order', () => {
    const xml = settingsXml();
    expectWellFormedXml(xml, 'settings');
    expect(xml).toMatch(
      /<w:settings [^>]*><w:defaultTabStop w:val="720"\/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http:\/\/schemas\.microsoft\.com\/office\/word" w:val="15"\/><\/w:compat><\/w:settings>$/,
    );
  });
});

// The package around the parts: relationships beside their sources with relative targets, one content type per
// part, each part once however many refer to it, dated entries and the same bytes every time. The read-back
// checks the other tests rely on are tested here too: they must catch a broken package.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_TYPE,
  type PackagePart,
  RELATIONSHIP,
  zipPackage,
} from '../../../../src/templates/render/docx/package.js';
import { expectCompletePackage, expectWellFormedXml } from '../../../support/docx.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const styles: PackagePart = {
  path: 'word/styles.xml',
  contentType: CONTENT_TYPE.styles,
  xml: `<w:styles ${W}/>`,
};
const footer: PackagePart = {
  path: 'word/footer1.xml',
  contentType: CONTENT_TYPE.footer,
  xml: `<w:ftr ${W}/>`,
};
const document: PackagePart = {
  path: 'word/document.xml',
  contentType: CONTENT_TYPE.document,
  xml: `<w:document ${W} ${R}><w:body><w:sectPr><w:footerReference w:type="default" r:id="rId2"/></w:sectPr></w:body></w:document>`,
  relationships: [
    { id: 'rId1', type: RELATIONSHIP.styles, target: styles },
    { id: 'rId2', type: RELATIONSHIP.footer, target: footer },
  ],
};
const core: PackagePart = {
  path: 'docProps/core.xml',
  contentType: CONTENT_TYPE.coreProperties,
  xml: '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>',
};

function unzip(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([p, d]) => [p, strFromU8(d)]));
}

describe('zipPackage', () => {
  const pack = () =>
    zipPackage([
      { id: 'rId1', type: RELATIONSHIP.officeDocument, target: document },
      { id: 'rId2', type: RELATIONSHIP.coreProperties, target: core },
    ]);

  it('writes each part, the relationships beside their source and the content types first', () => {
    const files = unzip(pack());
    expect(Object.keys(files)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
      'word/_rels/document.xml.rels',
      'word/styles.xml',
      'word/footer1.xml',
      'docProps/core.xml',
    ]);
    expect(files['_rels/.rels']).toContain(
      `Id="rId1" Type="${RELATIONSHIP.officeDocument}" Target="word/document.xml"`,
    );
    expect(files['_rels/.rels']).toContain('Target="docProps/core.xml"');
    // Targets are relative to the source's folder.
    expect(files['word/_rels/document.xml.rels']).toContain(
      `Id="rId1" Type="${RELATIONSHIP.styles}" Target="styles.xml"`,
    );
    expect(files['word/_rels/document.xml.rels']).toContain('Id="rId2"');
    expect(files['word/_rels/document.xml.rels']).toContain('Target="footer1.xml"');
    for (const [path, xml] of Object.entries(files)) expectWellFormedXml(xml, path);
    expectCompletePackage(files, Object.keys(files));
  });

  it('names every part with its content type, and the XML and relationship parts by their extension', () => {
    const types = unzip(pack())['[Content_Types].xml']!;
    expect(types).toContain(
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    );
    expect(types).toContain('<Default Extension="xml" ContentType="application/xml"/>');
    for (const part of [document, styles, footer, core])
      expect(types).toContain(`<Override PartName="/${part.path}" ContentType="${part.contentType}"/>`);
  });

  it('writes a part once when several relationships reach it, and a target outside the source folder from the root', () => {
    const shared: PackagePart = { path: 'shared/a.xml', contentType: 'application/xml', xml: '<a/>' };
    const source: PackagePart = {
      path: 'word/document.xml',
      contentType: CONTENT_TYPE.document,
      xml: '<d/>',
      relationships: [
        { id: 'rId1', type: 'urn:x', target: shared },
        { id: 'rId2', type: 'urn:y', target: shared },
      ],
    };
    const files = unzip(
      zipPackage([
        { id: 'rId1', type: RELATIONSHIP.officeDocument, target: source },
        { id: 'rId2', type: 'urn:z', target: shared },
      ]),
    );
    expect(Object.keys(files).filter((p) => p === 'shared/a.xml')).toHaveLength(1);
    expect(files['word/_rels/document.xml.rels']).toContain('Target="/shared/a.xml"');
    expect(files['[Content_Types].xml']!.match(/PartName="\/shared\/a\.xml"/g)).toHaveLength(1);
    expectCompletePackage(files, Object.keys(files));
  });

  it('gives the same bytes every time, every entry dated 1980-01-01 00:00', () => {
    const bytes = pack();
    expect(Buffer.from(bytes).equals(Buffer.from(pack()))).toBe(true);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Walk the local file headers: signature, then DOS time at offset 10 and DOS date at 12.
    let at = 0;
    let entries = 0;
    while (view.getUint32(at, true) === 0x04034b50) {
      expect(view.getUint16(at + 10, true)).toBe(0);
      expect(view.getUint16(at + 12, true)).toBe(33);
      at +=
        30 + view.getUint32(at + 18, true) + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
      entries++;
    }
    expect(entries).toBe(7);
  });
});

describe('the read-back checks catch a broken package', () => {
  const files = unzip(
    zipPackage([
      { id: 'rId1', type: RELATIONSHIP.officeDocument, target: document },
      { id: 'rId2', type: RELATIONSHIP.coreProperties, target: core },
    ]),
  );
  const without = (path: string) => Object.fromEntries(Object.entries(files).filter(([p]) => p !== path));
  const check = (parts: Record<string, string>) => () => expectCompletePackage(parts, Object.keys(parts));

  it('a relationship whose target is missing', () => {
    expect(check(without('word/footer1.xml'))).toThrow(/names a missing/);
  });

  it('an r:id the part has no relationship for', () => {
    const parts = { ...files, 'word/document.xml': files['word/document.xml']!.replace('rId2', 'rId9') };
    expect(check(parts)).toThrow(/uses rId9/);
  });

  it('a part without a content type, and a relationship part without its source relationships', () => {
    expect(check({ ...files, 'word/media/image.png': '' })).toThrow(/no content type/);
    expect(check(without('word/_rels/document.xml.rels'))).toThrow(/has no word\/_rels\/document\.xml\.rels/);
  });

  it('malformed XML: an undeclared prefix, a bare &, an attribute twice, crossed or unclosed tags, two roots', () => {
    expect(() => expectWellFormedXml('<w:p/>', 'x')).toThrow(/prefix w/);
    expect(() => expectWellFormedXml(`<w:p ${W} r:id="1"/>`, 'x')).toThrow(/prefix r/);
    expect(() => expectWellFormedXml('<a>R&D</a>', 'x')).toThrow(/bare &/);
    expect(() => expectWellFormedXml('<a b="1" b="2"/>', 'x')).toThrow(/twice/);
    expect(() => expectWellFormedXml('<a><b></a></b>', 'x')).toThrow(/closes/);
    expect(() => expectWellFormedXml('<a><b>', 'x')).toThrow(/never closed/);
    expect(() => expectWellFormedXml('<a/><b/>', 'x')).toThrow(/more than one root/);
    expect(() => expectWellFormedXml('<a>\u0001</a>', 'x')).toThrow(/cannot hold/);
    expect(() => expectWellFormedXml('<a b=1/>', 'x')).toThrow(/malformed tag/);
  });
});

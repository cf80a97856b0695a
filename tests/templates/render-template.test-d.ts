// Types of renderTemplate and safeRenderTemplate: a template name and a format in, a document (text) out; the safe
// form narrows on `success`.
import { describe, expectTypeOf, it } from 'vitest';
import {
  type Collaboration,
  type RenderTemplateOptions,
  type RenderTemplateResult,
  renderTemplate,
  safeRenderTemplate,
  type TemplateFormat,
  type TemplateIssue,
  type TemplateIssueCode,
  type TemplateName,
} from '../../src/index.js';

declare const collaboration: Collaboration;

describe('renderTemplate', () => {
  it('takes a template name, a collaboration or null (a blank form), and the locale and format', () => {
    expectTypeOf(renderTemplate).parameter(0).toEqualTypeOf<TemplateName>();
    expectTypeOf(renderTemplate).parameter(1).toEqualTypeOf<Collaboration | null>();
    // Overloaded on the format (bytes for docx); the general signature takes any options.
    expectTypeOf<Parameters<typeof renderTemplate>[2]>().toEqualTypeOf<RenderTemplateOptions>();
    expectTypeOf<TemplateFormat>().toEqualTypeOf<'markdown' | 'html' | 'docx'>();
  });

  it('returns the document as text in either format', () => {
    expectTypeOf(renderTemplate('kickoff', collaboration, { locale: 'en', format: 'markdown' })).toBeString();
    expectTypeOf(renderTemplate('kickoff', null, { locale: 'zh-CN', format: 'html' })).toBeString();
  });

  it('returns a Word document as bytes', () => {
    expectTypeOf(
      renderTemplate('kickoff', null, { locale: 'zh-CN', format: 'docx' }),
    ).toEqualTypeOf<Uint8Array>();
    const format = 'html' as TemplateFormat;
    expectTypeOf(renderTemplate('kickoff', null, { locale: 'en', format })).toEqualTypeOf<
      string | Uint8Array
    >();
    const docx = safeRenderTemplate('kickoff', null, { locale: 'en', format: 'docx' });
    if (docx.success) expectTypeOf(docx.data).toEqualTypeOf<Uint8Array>();
  });

  it('refuses what is not a template, a format or a locale', () => {
    // @ts-expect-error: not a template name
    renderTemplate('kickof', null, { locale: 'en', format: 'markdown' });
    // @ts-expect-error: not a format
    renderTemplate('kickoff', null, { locale: 'en', format: 'pdf' });
    // @ts-expect-error: not a locale
    renderTemplate('kickoff', null, { locale: 'fr', format: 'html' });
    // @ts-expect-error: the format is required
    renderTemplate('kickoff', null, { locale: 'en' });
  });
});

describe('safeRenderTemplate', () => {
  it('narrows on success: the document, or the template issues', () => {
    const result = safeRenderTemplate('minutes', collaboration, {
      locale: 'en',
      format: 'markdown',
      meeting: 'x',
    });
    expectTypeOf(result).toEqualTypeOf<RenderTemplateResult>();
    if (result.success) {
      expectTypeOf(result.data).toBeString();
      // @ts-expect-error: a successful result has no issues
      void result.issues;
    } else {
      expectTypeOf(result.issues).toEqualTypeOf<readonly TemplateIssue[]>();
      expectTypeOf(result.issues[0]!.code).toEqualTypeOf<TemplateIssueCode>();
      expectTypeOf(result.issues[0]!.suggestion).toEqualTypeOf<string | undefined>();
    }
  });
});

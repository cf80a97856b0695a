import type { Locale } from '../i18n/locale.js';

/**
 * One tick box of a {@link ChoiceSet}: the option's label and whether it is ticked (☑) or not (□).
 *
 * @example
 * ```ts
 * const choice: Choice = { label: '周例会', checked: true };
 * ```
 */
export interface Choice {
  readonly label: string;
  readonly checked: boolean;
}

/**
 * A row of tick boxes over every option of an enumeration, the chosen ones ticked; `note` is a filling hint
 * shown after the boxes (on blank forms, "根据实际情况勾选"). It is a field's value, or a block of its own.
 *
 * @example
 * ```ts
 * const set: ChoiceSet = { kind: 'choices', options: [{ label: '线下', checked: false }, { label: '线上', checked: true }] };
 * ```
 */
export interface ChoiceSet {
  readonly kind: 'choices';
  readonly options: readonly Choice[];
  readonly note?: string;
}

/**
 * The value of a form field: plain text (line breaks allowed, empty for a blank form) or tick boxes.
 *
 * @example
 * ```ts
 * const value: FieldValue = '2026-09-01 至 2026-11-30';
 * ```
 */
export type FieldValue = string | ChoiceSet;

/**
 * A labelled form field.
 *
 * @example
 * ```ts
 * const field: Field = { label: '组长', value: '王磊（研发部经理）' };
 * ```
 */
export interface Field {
  readonly label: string;
  readonly value: FieldValue;
}

/**
 * A section heading; level 1 is the document title's level, so templates use 2 to 4.
 *
 * @example
 * ```ts
 * const block: HeadingBlock = { kind: 'heading', level: 2, text: '参与部门及职责' };
 * ```
 */
export interface HeadingBlock {
  readonly kind: 'heading';
  readonly level: 2 | 3 | 4;
  readonly text: string;
}

/**
 * Form fields shown as a two-column label/value table; `header` names the two columns.
 *
 * @example
 * ```ts
 * const block: FieldsBlock = { kind: 'fields', header: ['栏目', '内容'], fields: [{ label: '发起部门', value: '研发部' }] };
 * ```
 */
export interface FieldsBlock {
  readonly kind: 'fields';
  readonly header: readonly [string, string];
  readonly fields: readonly Field[];
}

/**
 * A table: a header row and data rows. Every row should have one cell per column; renderers pad short rows with
 * empty cells and drop extra ones, so a table never breaks. Empty cells are blank form space.
 *
 * @example
 * ```ts
 * const block: TableBlock = { kind: 'table', columns: ['潜在风险', '应对措施', '责任部门'], rows: [['', '', '']] };
 * ```
 */
export interface TableBlock {
  readonly kind: 'table';
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * A bulleted (or numbered) list.
 *
 * @example
 * ```ts
 * const block: ListBlock = { kind: 'list', ordered: false, items: ['跨部门会议纪要模板'] };
 * ```
 */
export interface ListBlock {
  readonly kind: 'list';
  readonly ordered: boolean;
  readonly items: readonly string[];
}

/**
 * A paragraph of text (line breaks allowed).
 *
 * @example
 * ```ts
 * const block: ParagraphBlock = { kind: 'paragraph', text: '部门经理 → 分管副总 → 总经理' };
 * ```
 */
export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly text: string;
}

/**
 * A technical detail kept out of the reader's way: a summary line that opens to preformatted lines. HTML shows
 * it collapsed (`<details>`); Markdown, read as text, leaves it out.
 *
 * @example
 * ```ts
 * const block: DetailsBlock = { kind: 'details', summary: 'Technical trace', lines: ['exec.action-overdue /meetings/1/actions/0'] };
 * ```
 */
export interface DetailsBlock {
  readonly kind: 'details';
  readonly summary: string;
  readonly lines: readonly string[];
}

/**
 * One block of a {@link TemplateDocument}.
 *
 * @example
 * ```ts
 * const blocks: Block[] = [{ kind: 'heading', level: 2, text: '决策机制' }, { kind: 'paragraph', text: '无' }];
 * ```
 */
export type Block =
  | HeadingBlock
  | FieldsBlock
  | TableBlock
  | ListBlock
  | ParagraphBlock
  | ChoiceSet
  | DetailsBlock;

/**
 * A rendered-to-be document: what a template builds from the model and what the Markdown and HTML renderers
 * turn into text. All strings are plain text; escaping is the renderers' job, so it lives in one place per
 * format.
 *
 * @example
 * ```ts
 * const doc: TemplateDocument = {
 *   locale: 'zh-CN',
 *   title: '跨部门协作启动表',
 *   subject: '新产品上市',
 *   blocks: [{ kind: 'fields', header: ['栏目', '内容'], fields: [{ label: '项目/任务名称', value: '新产品上市' }] }],
 * };
 * ```
 */
export interface TemplateDocument {
  readonly locale: Locale;
  /** The form's title, shown as the top heading. */
  readonly title: string;
  /** What the document is about (the collaboration or meeting); added to the HTML page title. */
  readonly subject?: string;
  readonly blocks: readonly Block[];
}

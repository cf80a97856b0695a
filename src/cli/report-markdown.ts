import { type CrossdeptIssue, escapeMarkdown, safeRenderTemplate } from '../index.js';
import type { CliContext } from './context.js';
import { CliFailure } from './failure.js';
import { cliMessage } from './messages/catalogue.js';
import { type CheckedFile, type Evaluated, isEvaluated, portfolioLine } from './report-output.js';
import { inputName } from './stdin.js';

/** A Markdown table row; every cell is escaped, so no value can add a cell, a line or markup. */
function row(cells: readonly string[]): string {
  return `| ${cells.map(escapeMarkdown).join(' | ')} |`;
}

/** Where an issue is: `line:column /pointer`, either part when known, else `—`. */
function place(i: CrossdeptIssue): string {
  const where = [i.line === undefined ? '' : `${i.line}:${i.column ?? 1}`, i.pointer].filter((x) => x !== '');
  return where.length === 0 ? '—' : where.join(' ');
}

/** An evaluated file's findings report: the library's `findings` template, naming the file it was read from. */
function findingsReport(entry: Evaluated, ctx: CliContext): string {
  const { locale } = ctx;
  const result = safeRenderTemplate('findings', entry.collaboration, {
    locale,
    format: 'markdown',
    report: entry.report,
    source: inputName(entry.file, locale),
  });
  if (result.success) return result.data;
  // The report is what `evaluate` returned for this collaboration: a failure here is a defect, said plainly.
  const detail = result.issues.map((i) => i.message).join('; ');
  throw new CliFailure('invalid_input', cliMessage(locale, 'renderFailed', { template: 'findings', detail }));
}

/** An invalid file: its name as a heading, the count of its issues, and a table of them. */
function invalidFile(file: string, issues: readonly CrossdeptIssue[], ctx: CliContext): string {
  const { locale } = ctx;
  const name = inputName(file, locale);
  const title = cliMessage(locale, 'invalidCollaboration', { path: name, count: issues.length });
  const head = [cliMessage(locale, 'columnPath'), cliMessage(locale, 'columnMessage')];
  return [
    `# ${escapeMarkdown(name)}`,
    '',
    `**${escapeMarkdown(title)}**`,
    '',
    row(head),
    `| ${head.map(() => '---').join(' | ')} |`,
    ...issues.map((i) => row([place(i), i.message])),
    '',
  ].join('\n');
}

/**
 * Prints the Markdown form: for each evaluated file, the library's findings report (the `findings` template, as
 * `render findings` writes it, with the file it was read from); for each invalid file, its name and a table of
 * its issues; then, for several files, a summary line. Everything is escaped by the library's `escapeMarkdown`
 * and no value starts a line, so a name, an id, a file name or a message quoting a key cannot add HTML, a heading,
 * a list item or a table cell to a wiki page or a pull-request comment.
 *
 * @param entries - The checked files, in order.
 * @param ctx - The run's context.
 * @example
 * ```ts
 * import type { CliContext } from './context.js';
 * import { type Collaboration, type HealthResult, type Report } from '../index.js';
 *
 * declare const ctx: CliContext;
 * declare const collaboration: Collaboration;
 * declare const report: Report;
 * declare const health: HealthResult;
 * writeMarkdown([{ file: 'a.yaml', collaboration, report, health }], ctx);
 * ```
 */
export function writeMarkdown(entries: readonly CheckedFile[], ctx: CliContext): void {
  const { io, locale } = ctx;
  const sections = entries.map((entry) =>
    isEvaluated(entry) ? findingsReport(entry, ctx) : invalidFile(entry.file, entry.issues, ctx),
  );
  if (entries.length > 1) {
    const invalid = entries.filter((e) => !isEvaluated(e)).length;
    const title = cliMessage(locale, 'portfolioTitle');
    sections.push(
      `# ${escapeMarkdown(title)}\n\n${escapeMarkdown(portfolioLine(entries, invalid, locale))}\n`,
    );
  }
  io.stdout.write(sections.join('\n'));
}

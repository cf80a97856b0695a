import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import {
  type Locale,
  type RuleCaseResult,
  type RuleCoverage,
  type RuleTestFinding,
  type RuleTestsResult,
  runRuleTests,
} from '../../index.js';
import type { CliContext } from '../context.js';
import { CliFailure } from '../failure.js';
import { cliMessage } from '../messages/catalogue.js';
import { formatOption, localeOption } from '../options.js';
import { formatIssue, line, table } from '../output.js';
import { showControls } from '../show-controls.js';

/** Where `crossdept test` looks without arguments. */
const DEFAULT_FOLDER = 'rules-tests';
const SUITE = /\.test\.ya?ml$/i;

/**
 * The suite files under the given paths: a file as given, a folder searched recursively for `*.test.yaml` (and
 * `.test.yml`), skipping `node_modules` and hidden folders, in a stable order. Missing paths are returned apart.
 *
 * @param paths - Files and folders, relative to `cwd`.
 * @param cwd - The working directory.
 * @returns The suite files (display paths) and the paths that hold none.
 * @example
 * ```ts
 * findSuites(['rules-tests'], process.cwd()); // { files: ['rules-tests/departments.test.yaml'], empty: [] }
 * ```
 */
export function findSuites(
  paths: readonly string[],
  cwd: string,
): { readonly files: readonly string[]; readonly empty: readonly string[] } {
  const files: string[] = [];
  const empty: string[] = [];
  const walk = (shown: string, depth: number): void => {
    if (depth > 32) return;
    let entries: { name: string; isDirectory(): boolean; isFile(): boolean }[];
    try {
      entries = readdirSync(resolve(cwd, shown), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const path = join(shown, e.name).split('\\').join('/');
      if (e.isDirectory()) walk(path, depth + 1);
      else if (e.isFile() && SUITE.test(e.name)) files.push(path);
    }
  };
  for (const path of paths) {
    const before = files.length;
    try {
      if (statSync(resolve(cwd, path)).isDirectory()) walk(path, 0);
      else files.push(path);
    } catch {
      // Missing: reported below.
    }
    if (files.length === before) empty.push(path);
  }
  return { files: [...new Set(files)], empty };
}

function readFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

const describeFinding = (f: RuleTestFinding): string =>
  `${f.rule}${f.subject === undefined ? '' : ` @${f.subject}`}${f.severity === undefined ? '' : ` (${f.severity})`}`;

/** The expected and actual findings of a failed case, side by side. */
function sideBySide(result: RuleCaseResult, ctx: CliContext): string {
  const { locale } = ctx;
  const expected = [
    ...result.expected.findings.map(describeFinding),
    ...result.expected.absent.map((name) => cliMessage(locale, 'testAbsent', { name })),
    ...(result.expected.only ? [cliMessage(locale, 'testOnly')] : []),
    ...result.expected.actions.map(
      (a) =>
        `⇧ ${[a.rule, a.subject && `@${a.subject}`, a.toLevel && `→ ${a.toLevel}`].filter(Boolean).join(' ')}`,
    ),
  ];
  const actual = [
    ...result.actual.findings.map(describeFinding),
    ...result.actual.actions.map((a) => `⇧ ${a.rule} @${a.subject} → ${a.toLevel}`),
  ];
  if (actual.length === 0) actual.push(cliMessage(locale, 'testNone'));
  const rows = Array.from({ length: Math.max(expected.length, actual.length) }, (_, i) => [
    showControls(expected[i] ?? ''),
    showControls(actual[i] ?? ''),
  ]);
  return table(rows, {
    head: [cliMessage(locale, 'testExpected'), cliMessage(locale, 'testActual')],
    colors: ctx.out,
    compact: true,
  });
}

const mark = (yes: boolean, ctx: CliContext): string => (yes ? ctx.out.green('✔') : ctx.out.red('✖'));

function printCoverage(coverage: RuleCoverage, ctx: CliContext): void {
  const { io, locale } = ctx;
  line(io.stdout);
  line(io.stdout, ctx.out.bold(cliMessage(locale, 'coverageTitle')));
  const rules = coverage.rules.map((r) => [r.rule, mark(r.fired, ctx), mark(r.silent, ctx)]);
  line(
    io.stdout,
    table(rules, {
      head: [
        cliMessage(locale, 'columnRule'),
        cliMessage(locale, 'columnFired'),
        cliMessage(locale, 'columnSilent'),
      ],
      colors: ctx.out,
      compact: true,
    }),
  );
  if (coverage.conditions.length > 0) {
    const conditions = coverage.conditions.map((c) => [
      `${c.rule} [${c.name}]`,
      mark(c.held, ctx),
      mark(c.failed, ctx),
    ]);
    line(
      io.stdout,
      table(conditions, {
        head: [
          cliMessage(locale, 'columnCondition'),
          cliMessage(locale, 'columnHeld'),
          cliMessage(locale, 'columnFailed'),
        ],
        colors: ctx.out,
        compact: true,
      }),
    );
  }
  line(
    io.stdout,
    cliMessage(locale, 'coverageLine', {
      value: coverage.percentage,
      count: coverage.covered,
      expected: coverage.total,
    }),
  );
}

function printText(result: RuleTestsResult, ctx: CliContext, coverage: boolean): void {
  const { io, locale, out } = ctx;
  for (const suite of result.suites) {
    if (suite.cases.length === 0) continue;
    line(io.stdout, out.bold(showControls(suite.file ?? '')));
    for (const c of suite.cases) {
      if (c.status === 'passed') {
        line(io.stdout, `  ${out.green('✔')} ${showControls(c.name)}`);
        continue;
      }
      line(io.stdout, `  ${out.red('✖')} ${showControls(c.name)}`);
      if (c.status === 'failed') {
        for (const l of sideBySide(c, ctx).split('\n')) line(io.stdout, `      ${l}`);
        for (const f of c.failures) line(io.stdout, `      ${out.red(showControls(f.message))}`);
      }
    }
  }
  for (const issue of result.issues) {
    line(io.stderr, showControls(formatIssue(issue.file ?? '', issue)));
  }
  const summary = cliMessage(locale, 'testSummary', { count: result.passed, invalid: result.failed });
  const errors = result.errors > 0 ? `, ${cliMessage(locale, 'testErrors', { count: result.errors })}` : '';
  if (coverage) printCoverage(result.coverage, ctx);
  line(io.stdout, `${summary}${errors}`);
}

function percentage(locale: Locale) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100)
      throw new CliFailure('usage', cliMessage(locale, 'testNotNumber', { flag: '--min-coverage', value }));
    return n;
  };
}

/**
 * `crossdept test [paths…] [--coverage] [--min-coverage P] [--format text|json]`: runs the PMO rule tests found
 * under the paths (default `./rules-tests`), prints each case ✔/✖ (a failed one with its expected and actual
 * findings side by side) and `N passed, M failed`. Exit 0 when all pass, 1 when a case fails (or coverage is
 * below `--min-coverage`), 2 for a bad test file, config or collaboration (with file, line and column).
 *
 * @param ctx - The run's context.
 * @returns The command.
 * @example
 * ```ts
 * import { Command } from 'commander';
 * import type { CliContext } from '../context.js';
 *
 * declare const ctx: CliContext;
 * new Command('crossdept').addCommand(testCommand(ctx));
 * ```
 */
export function testCommand(ctx: CliContext): Command {
  const { locale, io } = ctx;
  return new Command('test')
    .description(cliMessage(locale, 'cmdTest'))
    .argument('[paths...]', cliMessage(locale, 'argTestPaths'))
    .option('--coverage', cliMessage(locale, 'optCoverage'))
    .addOption(
      new Option('--min-coverage <percent>', cliMessage(locale, 'optMinCoverage')).argParser(
        percentage(locale),
      ),
    )
    .addOption(formatOption(['text', 'json'], cliMessage(locale, 'optTestFormat'), locale))
    .addOption(
      new Option('--engine <engine>', cliMessage(locale, 'optEngine'))
        .choices(['compiled', 'json-rules-engine'])
        .default('compiled'),
    )
    .addOption(localeOption(locale))
    .action(
      async (
        given: string[],
        options: {
          coverage?: boolean;
          minCoverage?: number;
          format: 'text' | 'json';
          engine: 'compiled' | 'json-rules-engine';
        },
      ) => {
        const paths = given.length > 0 ? given : [DEFAULT_FOLDER];
        const found = findSuites(paths, io.cwd);
        if (found.files.length === 0 || found.empty.length > 0) {
          throw new CliFailure(
            'no_files',
            cliMessage(locale, 'testNoFiles', {
              path: (found.empty.length > 0 ? found.empty : paths).join(', '),
            }),
          );
        }
        const result = await runRuleTests(found.files, {
          cwd: io.cwd,
          read: (path) => readFile(resolve(io.cwd, path)),
          locale,
          engine: options.engine,
        });
        const coverage = options.coverage === true || options.minCoverage !== undefined;
        if (options.format === 'json') {
          const { coverage: measured, ...rest } = result;
          io.stdout.write(`${JSON.stringify(coverage ? { ...rest, coverage: measured } : rest, null, 2)}\n`);
        } else printText(result, ctx, coverage);
        if (result.issues.length > 0) return ctx.exit(2);
        if (options.minCoverage !== undefined && result.coverage.percentage < options.minCoverage) {
          line(
            io.stderr,
            cliMessage(locale, 'coverageBelow', {
              value: result.coverage.percentage,
              min: options.minCoverage,
            }),
          );
          return ctx.exit(1);
        }
        ctx.exit(result.failed > 0 ? 1 : 0);
      },
    );
}

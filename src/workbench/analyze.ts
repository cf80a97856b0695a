// Each collaboration file, read once with the library: parsed, evaluated at `now` with the PMO configuration,
// summarized and scheduled. Every page's view data is computed from these analyses (view-model.ts).
import {
  type Collaboration,
  type CollaborationSummary,
  type CriticalPathSchedule,
  type CrossdeptIssue,
  evaluateSync,
  type Locale,
  loadCollaboration,
  loadRulesConfig,
  type Report,
  type RulesConfig,
  scheduleMilestones,
  summarizeCollaboration,
} from '../index.js';

/**
 * A file of the workspace: its path relative to the served folder and its text.
 *
 * @example
 * ```ts
 * import type { WorkspaceFile } from './analyze.js';
 *
 * const file: WorkspaceFile = { path: 'launch.yaml', text: 'id: launch\n' };
 * ```
 */
export interface WorkspaceFile {
  readonly path: string;
  readonly text: string;
}

/**
 * How files are analysed: at which date, in which locale, with which validated PMO configuration.
 *
 * @example
 * ```ts
 * import type { AnalysisOptions } from './analyze.js';
 *
 * const options: AnalysisOptions = { now: '2026-11-26', locale: 'en' };
 * ```
 */
export interface AnalysisOptions {
  readonly now: string;
  readonly locale: Locale;
  readonly config?: RulesConfig;
}

/**
 * A file read with the library: either its parse issues, or the collaboration with its report, summary and
 * schedule.
 *
 * @example
 * ```ts
 * import type { FileAnalysis } from './analyze.js';
 *
 * const invalid: FileAnalysis = { kind: 'invalid', path: 'a.yaml', issues: [] };
 * ```
 */
export type FileAnalysis =
  | { readonly kind: 'invalid'; readonly path: string; readonly issues: readonly CrossdeptIssue[] }
  | {
      readonly kind: 'valid';
      readonly path: string;
      readonly collaboration: Collaboration;
      readonly report: Report;
      readonly summary: CollaborationSummary;
      readonly schedule: CriticalPathSchedule;
    };

/** A collaboration file is read as JSON when its name says so, else as YAML. */
function formatOf(path: string): 'json' | 'yaml' {
  return path.toLowerCase().endsWith('.json') ? 'json' : 'yaml';
}

/**
 * Analyses one file: parse (issues with line and column when it does not parse), evaluate at `now` with the
 * configuration (the compiled engine, as `evaluateSync` runs it; json-rules-engine gives the same report),
 * summarize and schedule. It never throws: a failure of a later step is reported as an issue of the file.
 *
 * @param file - The file.
 * @param options - Date, locale and configuration.
 * @returns The analysis.
 * @example
 * ```ts
 * import { analyzeFile } from './analyze.js';
 *
 * const a = analyzeFile({ path: 'a.yaml', text: 'id: [' }, { now: '2026-11-26', locale: 'en' });
 * a.kind; // 'invalid'
 * ```
 */
export function analyzeFile(file: WorkspaceFile, options: AnalysisOptions): FileAnalysis {
  const { locale, now } = options;
  const parsed = loadCollaboration(file.text, { locale, format: formatOf(file.path) });
  if (!parsed.success) return { kind: 'invalid', path: file.path, issues: parsed.issues };
  try {
    const collaboration = parsed.data;
    const report = evaluateSync(collaboration, {
      now,
      locale,
      ...(options.config === undefined ? {} : { config: options.config }),
    });
    const summary = summarizeCollaboration(collaboration, { now, locale });
    return {
      kind: 'valid',
      path: file.path,
      collaboration,
      report,
      summary,
      schedule: scheduleMilestones(collaboration),
    };
  } catch (error) {
    const issues = (error as { readonly issues?: readonly CrossdeptIssue[] }).issues;
    return { kind: 'invalid', path: file.path, issues: Array.isArray(issues) ? issues : [] };
  }
}

/**
 * Reads the PMO configuration's text as `crossdept config check` does.
 *
 * @param text - The configuration (YAML or JSON).
 * @param locale - The locale of the issues.
 * @returns The configuration, or its issues (with line and column).
 * @example
 * ```ts
 * import { readConfig } from './analyze.js';
 *
 * const result = readConfig('rules: {}\n', 'en');
 * ```
 */
export function readConfig(
  text: string,
  locale: Locale,
): { readonly config: RulesConfig } | { readonly issues: readonly CrossdeptIssue[] } {
  const result = loadRulesConfig(text, { locale });
  return result.success ? { config: result.data } : { issues: result.issues };
}

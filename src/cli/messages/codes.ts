import type { DepartmentRole, Phase, Scenario, Severity, SuggestionParams } from '../../index.js';

/**
 * Counts shown in a summary line.
 *
 * @example
 * ```ts
 * import type { Counts } from './codes.js';
 *
 * const c: Counts = { error: 1, warning: 2, info: 0 };
 * ```
 */
export interface Counts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/** The titles of commander's help, which the command line shows in its locale. */
export type HelpTitle = 'usage' | 'options' | 'commands' | 'arguments' | 'globalOptions';

/**
 * The code of every sentence and word the command line prints: help texts, error messages, report and summary
 * labels, and the file's enum values in words (`severity.error`, `phase.executing`, …).
 *
 * @example
 * ```ts
 * import type { CliMessageCode } from './codes.js';
 *
 * const code: CliMessageCode = 'unknownRule';
 * ```
 */
export type CliMessageCode =
  // Help
  | 'description'
  | `help.${HelpTitle}`
  | 'helpOption'
  | 'helpCommand'
  | 'versionOption'
  | 'cmdCheck'
  | 'cmdCalendar'
  | 'cmdSummary'
  | 'cmdNotify'
  | 'optTimeout'
  | 'optMaxTime'
  | 'invalidSeconds'
  | 'optChannel'
  | 'optWebhook'
  | 'optSecret'
  | 'optKeyword'
  | 'optWarnings'
  | 'optState'
  | 'optDryRun'
  | 'optNotifyConfig'
  | 'notifySent'
  | 'notifyNothingNew'
  | 'notifyMissingWebhook'
  | 'notifyFailed'
  | 'notifyStateInvalid'
  | 'notifyStateUnwritable'
  | 'notifyConfigInvalid'
  | 'notifyRetried'
  | 'hint.signature'
  | 'hint.keyword'
  | 'hint.ip'
  | 'hint.rate_limit'
  | 'hint.webhook'
  | 'hint.too_large'
  | 'hint.server'
  | 'hint.network'
  | 'hint.timeout'
  | 'hint.rejected'
  | 'cmdRender'
  | 'cmdInit'
  | 'cmdSchema'
  | 'cmdRules'
  | 'cmdRulesList'
  | 'cmdRulesShow'
  | 'cmdRulesExport'
  | 'cmdConfig'
  | 'cmdConfigCheck'
  | 'argInputs'
  | 'argTemplate'
  | 'argFile'
  | 'argRenderFile'
  | 'argInitFile'
  | 'argSchema'
  | 'argRuleId'
  | 'argConfigFile'
  | 'optConfig'
  | 'optNow'
  | 'optLocale'
  | 'optCheckFormat'
  | 'optSummaryFormat'
  | 'optRenderFormat'
  | 'optExportFormat'
  | 'optListFormat'
  | 'optOutput'
  | 'optMeeting'
  | 'optIncident'
  | 'optSubject'
  | 'optForce'
  | 'optInputFormat'
  // Errors (exit code 2)
  | 'error'
  | 'at'
  | 'unknownCommand'
  | 'unknownOption'
  | 'missingArgument'
  | 'optionMissingArgument'
  | 'excessArguments'
  | 'conflictingOptions'
  | 'invalidChoice'
  | 'invalidDate'
  | 'notFound'
  | 'unreadable'
  | 'noFiles'
  | 'invalidCollaboration'
  | 'invalidConfig'
  | 'fileExists'
  | 'initYamlOnly'
  | 'writeFailed'
  | 'unknownTemplate'
  | 'unknownMeeting'
  | 'unknownIncident'
  | 'unknownRule'
  | 'notApplicable'
  | 'missingMeeting'
  | 'missingIncident'
  | 'unknownSchema'
  | 'docxNeedsOutput'
  | 'renderFailed'
  | 'internal'
  | 'outputFailed'
  | 'stdinTwice'
  | 'stdinName'
  // Reports
  | `severity.${Severity}`
  | 'columnSeverity'
  | 'columnRule'
  | 'columnSubject'
  | 'columnPath'
  | 'columnMessage'
  | 'counts'
  | 'noFindings'
  | 'actionsTitle'
  | 'escalate'
  | 'upcomingTitle'
  | 'upcoming'
  | 'portfolioTitle'
  | 'labelled'
  | 'portfolioLine'
  | 'worstTitle'
  | 'columnCollaboration'
  | 'columnFile'
  | 'columnErrors'
  | 'columnWarnings'
  | 'columnInfo'
  | 'more'
  | 'invalidMark'
  | 'progress'
  | 'wrote'
  | 'configValid'
  // Rules
  | 'columnId'
  | 'columnScope'
  | 'columnPhase'
  | 'columnEnabled'
  | 'yes'
  | 'no'
  | 'anyPhase'
  | 'cmdTest'
  | 'argTestPaths'
  | 'optCoverage'
  | 'optMinCoverage'
  | 'optTestFormat'
  | 'optEngine'
  | 'optInitTests'
  | 'testSummary'
  | 'testErrors'
  | 'testExpected'
  | 'testActual'
  | 'testAbsent'
  | 'testOnly'
  | 'testNone'
  | 'testNoFiles'
  | 'testNotNumber'
  | 'coverageTitle'
  | 'coverageLine'
  | 'coverageBelow'
  | 'columnCondition'
  | 'columnFired'
  | 'columnSilent'
  | 'columnHeld'
  | 'columnFailed'
  | 'initTestsDone'
  | 'optSchemaWrite'
  | 'schemaNextToFile'
  | 'phaseOnly'
  | 'phaseRange'
  | 'labelParams'
  | 'labelMessage'
  | 'labelConditions'
  | 'param'
  // Summary
  | `scenario.${Scenario}`
  | `phase.${Phase}`
  | `role.${DepartmentRole}`
  | 'summaryTitle'
  | 'derivedPhase'
  | 'labelPeriod'
  | 'labelGoal'
  | 'labelDepartments'
  | 'labelTeam'
  | 'labelCriticalPath'
  | 'period'
  | 'departmentRole'
  | 'person'
  | 'team'
  | 'listSeparator'
  | 'notStated'
  | 'criticalPath'
  | 'noMilestones'
  | 'dependencyCycle'
  | 'unscheduled'
  | 'forecastTitle'
  | 'columnName'
  | 'columnDue'
  | 'columnForecast'
  | 'columnSlip'
  | 'columnFloat'
  | 'columnStatus'
  | 'statusDone'
  | 'statusOpen'
  // Health
  | `health.${'green' | 'amber' | 'red'}`
  | 'healthLabel'
  | 'healthTotals'
  | 'columnHealth'
  // Diff
  | 'cmdDiff'
  | 'argOld'
  | 'argNew'
  | 'optDiffFormat'
  | `op.${'added' | 'removed' | 'changed'}`
  | 'columnChange'
  | 'columnPointer'
  | 'columnBefore'
  | 'columnAfter'
  | 'columnDelta'
  | 'diffChanges'
  | 'diffMoved'
  | 'diffScope'
  | 'diffScopeLine'
  | 'diffFindingsAdded'
  | 'diffFindingsResolved'
  | 'diffNothing'
  | 'diffTotals';

/**
 * The values the command line's messages are filled with; each message reads the ones it names, and a
 * `suggestion` adds the did-you-mean.
 */
export interface CliMessageParams extends SuggestionParams {
  /** A name the user gave: a command, an argument, a template, a schema, a rule, a person's name. */
  readonly name?: string;
  /** An option: `--now`. */
  readonly flag?: string;
  /** The option that cannot be used with `flag`. */
  readonly other?: string;
  /** A value the user gave, or a parameter's value. */
  readonly value?: string | number;
  /** The values allowed, or the ids a file has. */
  readonly known?: readonly string[];
  /** A path or file name. */
  readonly path?: string;
  /** A message said about `path`. */
  readonly message?: string;
  /** What went wrong, from the system. */
  readonly detail?: string;
  /** A number of things: issues, rules, rows left out. */
  readonly count?: number;
  readonly expected?: number;
  readonly received?: number;
  readonly counts?: Counts;
  readonly files?: number;
  readonly invalid?: number;
  /** A template's name, and the one an option belongs to. */
  readonly template?: string;
  readonly id?: string;
  readonly subject?: string;
  readonly level?: number;
  readonly to?: string;
  readonly label?: string;
  readonly title?: string;
  readonly defaultValue?: number;
  readonly min?: number;
  readonly max?: number;
  readonly description?: string;
  readonly scenario?: string;
  readonly phase?: string;
  readonly role?: string;
  readonly start?: string;
  readonly end?: string;
  readonly leader?: string;
  readonly coreSize?: number;
  readonly ids?: readonly string[];
  readonly finish?: string;
  readonly now?: string;
  /** Files by health status. */
  readonly health?: { readonly green: number; readonly amber: number; readonly red: number };
  /** Numbers of a diff: changes, moved milestones, findings added and resolved. */
  readonly changes?: number;
  readonly moved?: number;
  readonly added?: number;
  readonly resolved?: number;
  /** An ISO date something falls due on. */
  readonly date?: string;
}

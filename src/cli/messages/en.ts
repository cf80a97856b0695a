import type { CatalogueEntries } from '../../index.js';
import type { CliMessageCode, CliMessageParams, Counts } from './codes.js';
import { listIds as list } from './list-ids.js';

const none: readonly string[] = [];
const zero: Counts = { error: 0, warning: 0, info: 0 };

function plural(n: number | undefined, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The command line's messages in English.
 *
 * @example
 * ```ts
 * import { en } from './en.js';
 *
 * en.noFindings({}); // 'no findings'
 * ```
 */
export const en: CatalogueEntries<CliMessageCode, CliMessageParams> = {
  description: () =>
    'Check and render cross-department collaboration files: goal clear → owner per task → process under control → results reviewed',
  'help.usage': () => 'Usage:',
  'help.options': () => 'Options:',
  'help.commands': () => 'Commands:',
  'help.arguments': () => 'Arguments:',
  'help.globalOptions': () => 'Global Options:',
  helpOption: () => 'show help',
  helpCommand: () => 'show help for a command',
  versionOption: () => 'show the version',
  cmdCheck: () =>
    'check collaboration files (or every .yaml/.yml/.json file under a directory) against the rules',
  cmdCalendar: () =>
    'write the milestones, meetings, open actions and escalations as an iCalendar file (.ics) to import or subscribe to',
  optTimeout: () => 'seconds to wait for one request (default: 10)',
  optMaxTime: () => 'seconds after which no retry starts (default: 120)',
  invalidSeconds: (p) => `${p.flag} takes a number of seconds greater than 0, not "${p.value}"`,
  cmdNotify: () =>
    'send the escalations and findings that are new since the last run to a DingTalk, Feishu, WeCom or Slack group, or a webhook',
  optChannel: () => 'where to send: dingtalk, feishu, wecom, slack or webhook',
  optWebhook: () =>
    "the robot's webhook URL (or CROSSDEPT_<CHANNEL>_WEBHOOK, CROSSDEPT_WEBHOOK, --notify-config)",
  optSecret: () =>
    'the signing secret of a DingTalk or Feishu robot (better: CROSSDEPT_<CHANNEL>_SECRET or CROSSDEPT_SECRET; never printed)',
  optKeyword: () => 'the custom keyword the robot requires in every message (put in the title)',
  optWarnings: () => 'send warnings too (by default: escalations and errors)',
  optState: () => 'the file recording what was delivered (default: .crossdept/notified.json)',
  optDryRun: () => 'print the message bodies and send nothing',
  optNotifyConfig: () =>
    'a YAML or JSON file with a notify section: notify.<channel>.webhook, secret, keyword',
  notifySent: (p) => `Sent ${p.count} item${p.count === 1 ? '' : 's'} about ${p.name} to ${p.to}`,
  notifyNothingNew: (p) => `Nothing new about ${p.name} for ${p.to}`,
  notifyMissingWebhook: (p) =>
    `no webhook URL for ${p.to}: give --webhook, set ${p.name} or CROSSDEPT_WEBHOOK, or add notify.${p.to}.webhook to --notify-config`,
  notifyFailed: (p) =>
    `${p.to} did not accept the message about ${p.name} after ${p.count} attempt${p.count === 1 ? '' : 's'} (${p.detail}): ${p.message}`,
  notifyStateInvalid: (p) =>
    `${p.path} is not a crossdept notify state file; move it away or give another --state`,
  notifyStateUnwritable: (p) =>
    `the message was delivered but ${p.path} cannot be written (${p.detail}); it will be sent again next time`,
  notifyConfigInvalid: (p) => `${p.path}: ${p.detail}`,
  notifyRetried: (p) => `${p.to}: attempt ${p.count} failed (${p.detail}); retrying`,
  'hint.signature': () =>
    "the signature was refused: check the secret (--secret or CROSSDEPT_SECRET) against the robot's security settings, and that this machine's clock is right (the timestamp must be within an hour)",
  'hint.keyword': () =>
    "the robot requires a custom keyword in every message: set --keyword (or notify.<channel>.keyword) to one of the robot's keywords",
  'hint.ip': () =>
    "this machine's IP address is not in the robot's IP allow-list: add it in the robot's security settings",
  'hint.rate_limit': () =>
    "the platform's rate limit was reached: wait a minute and run again (nothing was marked as sent)",
  'hint.webhook': () =>
    "the webhook URL is wrong or the robot was removed: copy the URL again from the group's robot settings",
  'hint.too_large': () =>
    'the message is too large for the platform: send fewer items (leave out --warnings)',
  'hint.server': () => "the platform's server failed: try again later (nothing was marked as sent)",
  'hint.network': () =>
    'the platform could not be reached: check the network, proxy and firewall of this machine',
  'hint.timeout': () => 'the platform did not answer in time: try again later (nothing was marked as sent)',
  'hint.rejected': () => 'the platform refused the message: see its message above',
  cmdSummary: () =>
    'a collaboration on one screen: departments, leader, critical path and milestone forecast',
  cmdRender: () =>
    'render a template from a collaboration file: kickoff, minutes, responsibilities, communication-plan, emergency-plan, retrospective or findings',
  cmdInit: () => 'write a commented starter collaboration file (to stdout when no file is given)',
  cmdSchema: () => 'print a JSON Schema on stdout (collaboration, config or notification)',
  cmdRules: () => 'look at the rules: list, show one, export the effective rule pack',
  cmdRulesList: () => 'list every rule in a table',
  cmdRulesShow: () => 'show one rule in full',
  cmdRulesExport: () => 'print the effective rule pack (the defaults merged with --config)',
  cmdConfig: () => 'PMO rule configuration files',
  cmdConfigCheck: () => 'validate a PMO rule configuration file',
  argInputs: () => 'collaboration files or directories; "-" reads stdin',
  argTemplate: () => 'template name',
  argFile: () => 'collaboration file ("-" reads stdin)',
  argRenderFile: () => 'collaboration file ("-" reads stdin; omit it for the blank form)',
  argInitFile: () => 'the file to write ("-" writes to stdout, as does leaving it out)',
  argSchema: () => 'collaboration, config or notification (the webhook body of notify --channel webhook)',
  argRuleId: () => 'a rule id such as team.core-size',
  argConfigFile: () => 'a PMO rule configuration file (YAML or JSON; "-" reads stdin)',
  optConfig: () => 'PMO rule configuration (thresholds, severities, custom rules; "-" reads stdin)',
  optNow: () => 'the date to evaluate at, YYYY-MM-DD (default: today)',
  optLocale: () => 'language: zh-CN or en (default: from LANG)',
  optCheckFormat: () => 'output format: text, json or markdown',
  optSummaryFormat: () => 'output format: text or json',
  optRenderFormat: () => 'output format: markdown, html or docx (a Word document; implied by -o FILE.docx)',
  optExportFormat: () => 'output format: yaml or json',
  optListFormat: () => 'output format: text or json',
  optOutput: () => 'write to a file instead of stdout ("-" writes to stdout)',
  optMeeting: () => 'meeting id (for the minutes template)',
  optSubject: () =>
    'what to escalate, for the escalation template: milestone/<id>, conflict/<id> or incident/<id>',
  optIncident: () => 'incident id (for the emergency-plan template)',
  optForce: () => 'overwrite an existing file',
  optInputFormat: () =>
    'input format: yaml or json (default: by the file extension; stdin reads as YAML, which reads JSON too)',

  error: () => 'error: ',
  at: (p) => `${p.path}: ${p.message}`,
  unknownCommand: (p) => `unknown command "${p.name}"`,
  unknownOption: (p) => `unknown option "${p.flag}"`,
  missingArgument: (p) => `missing argument <${p.name}>`,
  optionMissingArgument: (p) => `option ${p.flag} needs a value`,
  excessArguments: (p) => `too many arguments: expected ${p.expected}, got ${p.received}`,
  conflictingOptions: (p) => `options ${p.flag} and ${p.other} cannot be used together`,
  invalidChoice: (p) =>
    `"${p.value}" is not a valid value of ${p.flag}; choose one of: ${(p.known ?? none).join(', ')}`,
  invalidDate: (p) => `"${p.value}" is not a valid date for ${p.flag} (YYYY-MM-DD)`,
  notFound: () => 'no such file or directory',
  unreadable: (p) => `cannot be read (${p.detail})`,
  noFiles: () => 'the directory holds no .yaml, .yml or .json files',
  invalidCollaboration: (p) => `${p.path} is not a valid collaboration (${plural(p.count, 'issue')})`,
  invalidConfig: (p) => `${p.path} is not a valid rule configuration (${plural(p.count, 'issue')})`,
  fileExists: (p) => `${p.path} already exists; add --force to overwrite it`,
  initYamlOnly: (p) => `${p.path}: init writes YAML (.yaml or .yml), which keeps its comments`,
  writeFailed: (p) => `cannot write ${p.path} (${p.detail})`,
  unknownTemplate: (p) => `unknown template "${p.name}"; the templates are: ${(p.known ?? none).join(', ')}`,
  unknownMeeting: (p) => {
    const known = p.known ?? none;
    return `no meeting "${p.id}"${known.length > 0 ? `; the file's meetings are: ${list(known, ', ')}` : '; the file has no meetings'}`;
  },
  unknownIncident: (p) => {
    const known = p.known ?? none;
    return `no incident "${p.id}"${known.length > 0 ? `; the file's incidents are: ${list(known, ', ')}` : '; the file has no incidents'}`;
  },
  unknownRule: (p) => `unknown rule "${p.name}"`,
  notApplicable: (p) => `${p.flag} applies to the ${p.template} template, not ${p.name}`,
  missingMeeting: (p) => {
    const known = p.known ?? none;
    return `the ${p.template} template needs --meeting <id>${known.length > 0 ? `; the file's meetings are: ${list(known, ', ')}` : ', but the file has no meetings'}`;
  },
  missingIncident: (p) => {
    const known = p.known ?? none;
    return `the ${p.template} template needs --incident <id>${known.length > 0 ? `; the file's incidents are: ${list(known, ', ')}` : ', but the file has no incidents'}`;
  },
  unknownSchema: (p) => `unknown schema "${p.name}"; choose one of: ${(p.known ?? none).join(', ')}`,
  docxNeedsOutput: () => 'a Word document (--format docx) is written to a file: add -o FILE.docx',
  renderFailed: (p) => `cannot render template ${p.template}: ${p.detail}`,
  internal: (p) => `internal error: ${p.detail} (please report this)`,
  outputFailed: (p) => `cannot write the output (${p.detail})`,
  stdinTwice: () => 'stdin can be read once: give the configuration or the input as a file',
  stdinName: () => '<stdin>',

  'severity.error': () => 'error',
  'severity.warning': () => 'warning',
  'severity.info': () => 'info',
  columnSeverity: () => 'severity',
  columnRule: () => 'rule',
  columnSubject: () => 'subject',
  columnPath: () => 'where',
  columnMessage: () => 'message',
  counts: ({ counts: c = zero }) =>
    `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info`,
  noFindings: () => 'no findings',
  actionsTitle: () => 'Escalations due',
  upcomingTitle: () => 'Escalations coming up',
  upcoming: (p) => `${p.date ?? ''}  ${p.subject ?? ''} → level ${p.level ?? ''}${p.to ? ` (${p.to})` : ''}`,
  escalate: (p) => `${p.subject} → level ${p.level}${p.to ? ` (${p.to})` : ''}`,
  portfolioTitle: () => 'Summary',
  labelled: (p) => `${p.label}: ${p.value}`,
  portfolioLine: ({ files, invalid = 0, counts: c = zero }) =>
    `${plural(files, 'file')}${invalid > 0 ? ` (${invalid} invalid)` : ''}: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info`,
  worstTitle: () => 'Collaborations with the most findings',
  columnCollaboration: () => 'collaboration',
  columnFile: () => 'file',
  columnErrors: () => 'errors',
  columnWarnings: () => 'warnings',
  columnInfo: () => 'info',
  more: (p) => `… and ${p.count} more`,
  invalidMark: () => 'invalid',
  progress: () => 'Checking',
  wrote: (p) => `Wrote ${p.path}`,
  configValid: (p) => `${p.path}: valid configuration (${plural(p.count, 'rule')} in effect)`,

  columnId: () => 'id',
  columnScope: () => 'scope',
  columnPhase: () => 'phase',
  columnEnabled: () => 'enabled',
  yes: () => 'yes',
  no: () => 'no',
  optSchemaWrite: () =>
    'write the schema into the current folder (as collaboration.schema.json or rules-config.schema.json) instead of printing it',
  schemaNextToFile: (p) =>
    `the first line refers to ${p.path}: write it next to the file with \`crossdept schema collaboration --write\`, or install crossdept in the project (npm install -D crossdept)`,
  cmdTest: () =>
    'run PMO rule tests (*.test.yaml files, found under the given folders; default ./rules-tests)',
  argTestPaths: () => 'test files or folders (default: rules-tests)',
  optCoverage: () => 'report rule coverage: each rule fired and silent, each named condition true and false',
  optMinCoverage: () => 'fail (exit 1) when the coverage percentage is below this number',
  optTestFormat: () => 'output format: text or json',
  optEngine: () => 'evaluator: compiled (default) or json-rules-engine',
  optInitTests: () =>
    'write a starter PMO config, collaboration and test suite (rules-tests/) into the current folder',
  testSummary: (p) => `${p.count ?? 0} passed, ${p.invalid ?? 0} failed`,
  testErrors: (p) => `${p.count ?? 0} could not run`,
  testExpected: () => 'expected',
  testActual: () => 'actual',
  testAbsent: (p) => `not ${p.name ?? ''}`,
  testOnly: () => 'nothing else (only: true)',
  testNone: () => '(no findings)',
  testNoFiles: (p) => `no test files (*.test.yaml) found in ${p.path ?? ''}`,
  testNotNumber: (p) => `${p.flag ?? ''} takes a number from 0 to 100, got "${p.value ?? ''}"`,
  coverageTitle: () => 'Rule coverage',
  coverageLine: (p) => `Coverage: ${p.value ?? 0}% (${p.count ?? 0} of ${p.expected ?? 0} outcomes)`,
  coverageBelow: (p) => `coverage ${p.value ?? 0}% is below the minimum of ${p.min ?? 0}%`,
  columnCondition: () => 'named condition',
  columnFired: () => 'fired',
  columnSilent: () => 'silent',
  columnHeld: () => 'true',
  columnFailed: () => 'false',
  initTestsDone: () => 'Run `crossdept test` here: the starter suite tests the starter rule both ways.',
  anyPhase: () => 'any',
  phaseOnly: (p) => `${p.value ?? ''} only`,
  phaseRange: (p) => `${p.value ?? ''} → ${p.other ?? ''}`,
  labelParams: () => 'Parameters',
  labelMessage: () => 'Message',
  labelConditions: () => 'Conditions',
  param: (p) =>
    `${p.name} = ${p.value} (default ${p.defaultValue}${p.min === undefined ? '' : `, min ${p.min}`}${p.max === undefined ? '' : `, max ${p.max}`}) ${p.description}`,

  'scenario.project': () => 'project',
  'scenario.problem-solving': () => 'problem solving',
  'scenario.resource-integration': () => 'resource integration',
  'scenario.strategy': () => 'strategy',
  'phase.initiating': () => 'initiating',
  'phase.forming': () => 'forming',
  'phase.planning': () => 'planning',
  'phase.executing': () => 'executing',
  'phase.closing': () => 'closing',
  'phase.closed': () => 'closed',
  'role.decision': () => 'decision',
  'role.execution': () => 'execution',
  'role.support': () => 'support',
  summaryTitle: (p) => `${p.name} (${p.id}) · ${p.scenario} · ${p.phase}`,
  derivedPhase: (p) => `${p.phase} (from the dates)`,
  labelPeriod: () => 'Period',
  labelGoal: () => 'Goal',
  labelDepartments: () => 'Departments',
  labelTeam: () => 'Team',
  labelCriticalPath: () => 'Critical path',
  period: (p) => `${p.start} to ${p.end}`,
  departmentRole: (p) => `${p.name} (${p.role})`,
  person: (p) => (p.title ? `${p.name} (${p.title})` : `${p.name}`),
  team: (p) => `leader ${p.leader ?? 'not named'}, core team of ${p.coreSize}`,
  listSeparator: () => ', ',
  notStated: () => 'not stated',
  criticalPath: (p) => `${(p.ids ?? none).join(' → ')} (planned finish ${p.finish})`,
  noMilestones: () => 'no milestones',
  dependencyCycle: ({ ids = none }) =>
    `none, the milestone dependencies form a cycle: ${[...ids, ids[0]].join(' → ')}`,
  unscheduled: (p) => `Milestones on or after the cycle, not scheduled: ${list(p.ids ?? none, ', ')}`,
  forecastTitle: (p) => `Milestone forecast at ${p.now} (slip and float in days)`,
  columnName: () => 'name',
  columnDue: () => 'due',
  columnForecast: () => 'forecast',
  columnSlip: () => 'slip',
  columnFloat: () => 'float',
  columnStatus: () => 'status',
  statusDone: () => 'done',
  statusOpen: () => 'open',
  'health.green': () => 'green',
  'health.amber': () => 'amber',
  'health.red': () => 'red',
  healthLabel: () => 'Health',
  healthTotals: ({ health: h = { green: 0, amber: 0, red: 0 } }) =>
    `Health: ${h.green} green, ${h.amber} amber, ${h.red} red`,
  columnHealth: () => 'health',
  cmdDiff: () =>
    'compare two versions of a collaboration file: changes, moved due dates, scope, findings added and resolved',
  argOld: () => 'the older version (- for stdin)',
  argNew: () => 'the newer version (- for stdin)',
  optDiffFormat: () => 'output format: table, json or markdown',
  'op.added': () => 'added',
  'op.removed': () => 'removed',
  'op.changed': () => 'changed',
  columnChange: () => 'change',
  columnPointer: () => 'where',
  columnBefore: () => 'before',
  columnAfter: () => 'after',
  columnDelta: () => 'moved',
  diffChanges: () => 'Changes',
  diffMoved: () => 'Milestones whose due date moved',
  diffScope: () => 'Scope',
  diffScopeLine: (p) => `added: ${p.value || '—'}; removed: ${p.message || '—'}`,
  diffFindingsAdded: () => 'Findings added',
  diffFindingsResolved: () => 'Findings resolved',
  diffNothing: () => 'the two versions do not differ',
  diffTotals: (p) =>
    `${p.changes ?? 0} changes, ${p.moved ?? 0} milestones moved, ${p.added ?? 0} findings added, ${p.resolved ?? 0} resolved`,
};

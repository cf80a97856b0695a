import { resolve } from 'node:path';
import { Command } from 'commander';
import { Document, isMap, isScalar, stringify } from 'yaml';
import {
  type CustomRule,
  didYouMean,
  type EffectiveRule,
  effectiveRules,
  type Locale,
  type RulesConfig,
} from '../../index.js';
import type { CliContext } from '../context.js';
import { loadConfigOrFail } from '../evaluation.js';
import { CliFailure } from '../failure.js';
import { cliMessage } from '../messages/catalogue.js';
import { configOption, formatOption, localeOption } from '../options.js';
import { line, table } from '../output.js';
import { schemaComment } from '../starter.js';
import { schemaReference } from './init.js';

/** The rules-config schema's file name, in the package's `schemas/` or next to a config. */
const RULES_CONFIG_SCHEMA = 'rules-config.schema.json';

/**
 * `crossdept rules list|show <id>|export [--config pmo.yaml]`: the rules as a configuration leaves them — a
 * table, one rule in full, or the whole effective pack as a configuration document.
 *
 * @param ctx - The run's context.
 * @returns The command.
 * @example
 * ```ts
 * import { Command } from 'commander';
 * import type { CliContext } from '../context.js';
 *
 * declare const ctx: CliContext;
 * new Command('crossdept').addCommand(rulesCommand(ctx));
 * ```
 */
export function rulesCommand(ctx: CliContext): Command {
  const { locale } = ctx;
  const load = (options: { config?: string }): Promise<RulesConfig | undefined> =>
    options.config === undefined ? Promise.resolve(undefined) : loadConfigOrFail(options.config, ctx);
  const rules = new Command('rules').description(cliMessage(locale, 'cmdRules'));
  rules
    .command('list')
    .description(cliMessage(locale, 'cmdRulesList'))
    .addOption(configOption(locale))
    .addOption(localeOption(locale))
    .addOption(formatOption(['text', 'json'], cliMessage(locale, 'optListFormat'), locale))
    .action(async (options: { config?: string; format: 'text' | 'json' }) => {
      list(effectiveRules(await load(options)), options.format, ctx);
      ctx.exit(0);
    });
  rules
    .command('show')
    .description(cliMessage(locale, 'cmdRulesShow'))
    .argument('<id>', cliMessage(locale, 'argRuleId'))
    .addOption(configOption(locale))
    .addOption(localeOption(locale))
    .action(async (id: string, options: { config?: string }) => {
      const all = effectiveRules(await load(options));
      const rule = all.find((r) => r.id === id);
      if (!rule) {
        const ids = all.map((r) => r.id);
        throw new CliFailure(
          'unknown_rule',
          cliMessage(locale, 'unknownRule', { name: id, suggestion: didYouMean(id, ids) }),
        );
      }
      show(rule, ctx);
      ctx.exit(0);
    });
  rules
    .command('export')
    .description(cliMessage(locale, 'cmdRulesExport'))
    .addOption(configOption(locale))
    .addOption(localeOption(locale))
    .addOption(formatOption(['yaml', 'json'], cliMessage(locale, 'optExportFormat'), locale))
    .action(async (options: { config?: string; format: 'yaml' | 'json' }) => {
      const config = await load(options);
      // Exported into the working folder: the local dependency's schema, else one written next to the config.
      const schema = schemaReference(resolve(ctx.io.cwd), RULES_CONFIG_SCHEMA).path;
      ctx.io.stdout.write(
        options.format === 'json'
          ? `${JSON.stringify({ $schema: schema, ...configDocument(effectiveRules(config)) }, null, 2)}\n`
          : exportYaml(effectiveRules(config), ctx.locale, schema),
      );
      ctx.exit(0);
    });
  return rules;
}

/**
 * The phases a rule runs in, as a range: `forming → closed` (from forming on), `executing only`, `any`.
 *
 * @param rule - An effective rule.
 * @param locale - The words' locale.
 * @returns The range in words.
 * @example
 * ```ts
 * import { effectiveRules } from '../../index.js';
 *
 * phaseText(effectiveRules().find((r) => r.id === 'exec.sync-overdue')!, 'en'); // 'executing only'
 * ```
 */
export function phaseText(rule: EffectiveRule, locale: Locale): string {
  if (rule.phase === 'any' && rule.lastPhase === undefined) return cliMessage(locale, 'anyPhase');
  const from = rule.phase === 'any' ? 'initiating' : rule.phase;
  const to = rule.lastPhase ?? 'closed';
  return from === to
    ? cliMessage(locale, 'phaseOnly', { value: from })
    : cliMessage(locale, 'phaseRange', { value: from, other: to });
}

function list(rules: readonly EffectiveRule[], format: 'text' | 'json', ctx: CliContext): void {
  const { io, locale, out } = ctx;
  if (format === 'json') {
    const rows = rules.map((r) => ({
      id: r.id,
      scope: r.scopes,
      severity: r.severity,
      phase: r.phase,
      ...(r.lastPhase === undefined ? {} : { lastPhase: r.lastPhase }),
      enabled: r.enabled,
      custom: r.custom,
      params: Object.fromEntries(r.params.map((p) => [p.name, p.value])),
      description: r.description?.[ctx.locale] ?? '',
    }));
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  const rows = rules.map((r) => [
    r.enabled ? r.id : out.dim(r.id),
    r.scopes.join(', '),
    cliMessage(locale, `severity.${r.severity}`),
    phaseText(r, locale),
    r.enabled ? cliMessage(locale, 'yes') : out.dim(cliMessage(locale, 'no')),
  ]);
  line(
    io.stdout,
    table(rows, {
      head: [
        cliMessage(locale, 'columnId'),
        cliMessage(locale, 'columnScope'),
        cliMessage(locale, 'columnSeverity'),
        cliMessage(locale, 'columnPhase'),
        cliMessage(locale, 'columnEnabled'),
      ],
      colors: out,
      compact: true,
    }),
  );
}

/** A label that heads the lines below it: `Parameters:` / `参数：`. */
function heading(label: string, ctx: CliContext): string {
  return cliMessage(ctx.locale, 'labelled', { label: ctx.out.bold(label), value: '' }).trimEnd();
}

function show(rule: EffectiveRule, ctx: CliContext): void {
  const { io, out, locale } = ctx;
  const field = (label: string, value: string): void =>
    line(io.stdout, cliMessage(locale, 'labelled', { label: out.bold(label), value }));
  line(io.stdout, out.bold(rule.id));
  if (rule.description) line(io.stdout, rule.description[locale]);
  line(io.stdout);
  field(cliMessage(locale, 'columnScope'), rule.scopes.join(', '));
  field(cliMessage(locale, 'columnSeverity'), cliMessage(locale, `severity.${rule.severity}`));
  field(cliMessage(locale, 'columnPhase'), phaseText(rule, locale));
  field(
    cliMessage(locale, 'columnEnabled'),
    rule.enabled ? cliMessage(locale, 'yes') : cliMessage(locale, 'no'),
  );
  if (rule.params.length > 0) {
    line(io.stdout);
    line(io.stdout, heading(cliMessage(locale, 'labelParams'), ctx));
    for (const p of rule.params) {
      const d = p.definition;
      const param = {
        name: p.name,
        value: p.value,
        defaultValue: d.default,
        description: d.description[locale],
        ...(d.min === undefined ? {} : { min: d.min }),
        ...(d.max === undefined ? {} : { max: d.max }),
      };
      line(io.stdout, `  ${cliMessage(locale, 'param', param)}`);
    }
  }
  line(io.stdout);
  line(io.stdout, heading(cliMessage(locale, 'labelMessage'), ctx));
  line(io.stdout, `  ${rule.message[locale]}`);
  for (const [name, variant] of Object.entries(rule.variants)) {
    line(io.stdout, `  ${out.dim(`[${name}]`)} ${variant.message[locale]}`);
  }
  line(io.stdout);
  line(io.stdout, heading(cliMessage(locale, 'labelConditions'), ctx));
  const conditions = stringify(rule.conditions, { lineWidth: 0 }).trimEnd();
  for (const l of conditions.split('\n')) line(io.stdout, `  ${l}`);
}

/**
 * The rules in effect as a PMO configuration document: every built-in rule with its effective `enabled`,
 * `severity` and `params`, then the custom rules as the configuration defines them. Loading it gives the same
 * rules again, so it is a complete starting point for tuning.
 *
 * @param rules - What `effectiveRules` returns.
 * @returns A plain object with `rules` and `custom`, in rule order.
 * @example
 * ```ts
 * import { effectiveRules } from '../../index.js';
 *
 * configDocument(effectiveRules()).rules['team.core-size']; // { enabled: true, severity: 'warning', params: { min: 5, max: 8 } }
 * ```
 */
export function configDocument(rules: readonly EffectiveRule[]): {
  readonly rules: Readonly<Record<string, unknown>>;
  readonly custom: readonly CustomRule[];
} {
  const settings: Record<string, unknown> = {};
  const custom: CustomRule[] = [];
  for (const rule of rules) {
    if (rule.custom) {
      custom.push(rule.definition);
      continue;
    }
    // A message the configuration rewords, in the locales it rewords it.
    const message = Object.fromEntries(
      (['zh-CN', 'en'] as const)
        .filter((l) => rule.message[l] !== rule.definition.message[l])
        .map((l) => [l, rule.message[l]]),
    );
    settings[rule.id] = {
      enabled: rule.enabled,
      severity: rule.severity,
      ...(rule.params.length === 0
        ? {}
        : { params: Object.fromEntries(rule.params.map((p) => [p.name, p.value])) }),
      ...(Object.keys(message).length === 0 ? {} : { message }),
    };
  }
  return { rules: settings, custom };
}

/** The rules in effect as a commented YAML configuration, one flow mapping per rule under its description. */
function exportYaml(effective: readonly EffectiveRule[], locale: Locale, schema: string): string {
  const pack = configDocument(effective);
  const doc = new Document({ rules: pack.rules, ...(pack.custom.length > 0 ? { custom: pack.custom } : {}) });
  const descriptions = new Map(effective.map((r) => [r.id, r.description?.[locale] ?? '']));
  const rules = doc.get('rules', true);
  if (isMap(rules)) {
    for (const pair of rules.items) {
      if (isScalar(pair.key)) pair.key.commentBefore = ` ${descriptions.get(String(pair.key.value)) ?? ''}`;
      if (isMap(pair.value)) {
        pair.value.flow = true;
        const params = pair.value.get('params', true);
        if (isMap(params)) params.flow = true;
      }
    }
  }
  return `${schemaComment(schema)}\n${doc.toString({ lineWidth: 0 })}`;
}

import { Command } from 'commander';
import { Document, isMap, isScalar, stringify } from 'yaml';
import type { Locale } from '../../i18n/locale.js';
import { type CustomRule, type EffectiveRule, effectiveRules, type RulesConfig } from '../../index.js';
import { didYouMean } from '../../issues/did-you-mean.js';
import type { CliContext } from '../context.js';
import { loadConfigOrFail } from '../evaluation.js';
import { CliFailure } from '../failure.js';
import { configOption, formatOption, localeOption } from '../options.js';
import { line, table } from '../output.js';
import { schemaComment } from '../starter.js';

/** Where the rules-config schema lives inside an installed package, relative to a project's root. @example `schemaComment(RULES_CONFIG_SCHEMA); // '# yaml-language-server: $schema=./node_modules/…'` */
export const RULES_CONFIG_SCHEMA = './node_modules/crossdept/schemas/rules-config.schema.json';

/**
 * `crossdept rules list|show <id>|export [--config pmo.yaml]`: the rules as a configuration leaves them — a
 * table, one rule in full, or the whole effective pack as a configuration document.
 *
 * @param ctx - The run's context.
 * @returns The command.
 * @example
 * ```ts
 * program.addCommand(rulesCommand(ctx));
 * ```
 */
export function rulesCommand(ctx: CliContext): Command {
  const { m } = ctx;
  const load = (options: { config?: string }): Promise<RulesConfig | undefined> =>
    options.config === undefined ? Promise.resolve(undefined) : loadConfigOrFail(options.config, ctx);
  const rules = new Command('rules').description(m.cmdRules);
  rules
    .command('list')
    .description(m.cmdRulesList)
    .addOption(configOption(m))
    .addOption(localeOption(m))
    .addOption(formatOption(['text', 'json'], m.optListFormat, m))
    .action(async (options: { config?: string; format: 'text' | 'json' }) => {
      list(effectiveRules(await load(options)), options.format, ctx);
      ctx.exit(0);
    });
  rules
    .command('show')
    .description(m.cmdRulesShow)
    .argument('<id>', m.argRuleId)
    .addOption(configOption(m))
    .addOption(localeOption(m))
    .action(async (id: string, options: { config?: string }) => {
      const all = effectiveRules(await load(options));
      const rule = all.find((r) => r.id === id);
      if (!rule) {
        const ids = all.map((r) => r.id);
        throw new CliFailure('unknown_rule', m.suggest(m.unknownRule(id), didYouMean(id, ids)));
      }
      show(rule, ctx);
      ctx.exit(0);
    });
  rules
    .command('export')
    .description(m.cmdRulesExport)
    .addOption(configOption(m))
    .addOption(localeOption(m))
    .addOption(formatOption(['yaml', 'json'], m.optExportFormat, m))
    .action(async (options: { config?: string; format: 'yaml' | 'json' }) => {
      const config = await load(options);
      ctx.io.stdout.write(
        options.format === 'json'
          ? `${JSON.stringify({ $schema: RULES_CONFIG_SCHEMA, ...configDocument(effectiveRules(config)) }, null, 2)}\n`
          : exportYaml(effectiveRules(config), ctx.locale),
      );
      ctx.exit(0);
    });
  return rules;
}

function phaseText(rule: EffectiveRule, ctx: CliContext): string {
  const from = rule.phase === 'any' ? ctx.m.anyPhase : rule.phase;
  return rule.lastPhase === undefined || rule.lastPhase === rule.phase ? from : `${from} → ${rule.lastPhase}`;
}

function list(rules: readonly EffectiveRule[], format: 'text' | 'json', ctx: CliContext): void {
  const { io, m, out } = ctx;
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
    m.severity[r.severity],
    phaseText(r, ctx),
    r.enabled ? m.yes : out.dim(m.no),
  ]);
  line(
    io.stdout,
    table(rows, {
      head: [m.columnId, m.columnScope, m.columnSeverity, m.columnPhase, m.columnEnabled],
      colors: out,
      compact: true,
    }),
  );
}

function show(rule: EffectiveRule, ctx: CliContext): void {
  const { io, m, out, locale } = ctx;
  const field = (label: string, value: string): void => line(io.stdout, m.labelled(out.bold(label), value));
  line(io.stdout, out.bold(rule.id));
  if (rule.description) line(io.stdout, rule.description[locale]);
  line(io.stdout);
  field(m.columnScope, rule.scopes.join(', '));
  field(m.columnSeverity, m.severity[rule.severity]);
  field(m.columnPhase, phaseText(rule, ctx));
  field(m.columnEnabled, rule.enabled ? m.yes : m.no);
  if (rule.params.length > 0) {
    line(io.stdout);
    line(io.stdout, m.labelled(out.bold(m.labelParams), '').trimEnd());
    for (const p of rule.params) {
      const d = p.definition;
      line(io.stdout, `  ${m.param(p.name, p.value, d.default, d.min, d.max, d.description[locale])}`);
    }
  }
  line(io.stdout);
  line(io.stdout, m.labelled(out.bold(m.labelMessage), '').trimEnd());
  line(io.stdout, `  ${rule.message[locale]}`);
  for (const [name, variant] of Object.entries(rule.variants)) {
    line(io.stdout, `  ${out.dim(`[${name}]`)} ${variant.message[locale]}`);
  }
  line(io.stdout);
  line(io.stdout, m.labelled(out.bold(m.labelConditions), '').trimEnd());
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
    settings[rule.id] = {
      enabled: rule.enabled,
      severity: rule.severity,
      ...(rule.params.length === 0
        ? {}
        : { params: Object.fromEntries(rule.params.map((p) => [p.name, p.value])) }),
    };
  }
  return { rules: settings, custom };
}

/** The rules in effect as a commented YAML configuration, one flow mapping per rule under its description. */
function exportYaml(effective: readonly EffectiveRule[], locale: Locale): string {
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
  return `${schemaComment(RULES_CONFIG_SCHEMA)}\n${doc.toString({ lineWidth: 0 })}`;
}

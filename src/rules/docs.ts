import { argumentError, guarded } from '../i18n/argument.js';
import { LIST_COUNT_FACTS } from './facts/catalog.js';
import type { RuleScope } from './report.js';
import { RULE_SCOPES } from './subjects.js';
import type { FactDefinition, RuleDefinition } from './types.js';

function isList(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false; // a revoked Proxy
  }
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const scopesOf = (rule: RuleDefinition): readonly RuleScope[] =>
  typeof rule.scope === 'string' ? [rule.scope] : rule.scope;

function phaseOf(rule: RuleDefinition): string {
  if (rule.phase === 'any') return rule.lastPhase === undefined ? 'any' : `initiating → ${rule.lastPhase}`;
  if (rule.lastPhase === rule.phase) return `${rule.phase} only`;
  return `${rule.phase} → ${rule.lastPhase ?? 'closed'}`;
}

/** A description with its `{param}` placeholders filled with the defaults. */
function described(rule: RuleDefinition, locale: 'zh-CN' | 'en'): string {
  return rule.description[locale].replace(/\{([A-Za-z][A-Za-z0-9_-]*)\}/g, (whole, name: string) =>
    Object.hasOwn(rule.params, name) ? String(rule.params[name]!.default) : whole,
  );
}

/**
 * Renders the rules reference (Markdown) from rule definitions: per rule its scope, severity, phase, params with
 * defaults, conditions and messages in both locales. `docs/rules.md` is this text for `defaultRules`.
 *
 * @param rules - The rules to document.
 * @returns The Markdown text.
 * @throws {@link CrossdeptError} with code `invalid_argument` when `rules` is not a list of rule definitions (or
 *   cannot be read); nothing else.
 * @example
 * ```ts
 * import { defaultRules, renderRulesDoc } from 'crossdept';
 *
 * renderRulesDoc(defaultRules).startsWith('# Rules reference'); // true
 * ```
 */
export function renderRulesDoc(rules: readonly RuleDefinition[]): string {
  if (!isList(rules)) throw argumentError('invalid_argument', ['rules'], { kind: 'rules' });
  return guarded(['rules'], () => rulesDoc([...rules]));
}

function rulesDoc(rules: readonly RuleDefinition[]): string {
  const out: string[] = [
    '# Rules reference',
    '',
    '<!-- Generated from `defaultRules` by `npx tsx scripts/rules-docs.ts`. Do not edit by hand. -->',
    '',
    'Every rule is a json-rules-engine rule over the facts of its scope (see [facts.md](facts.md)), evaluated once',
    'per subject. A PMO config can switch a rule off, change its severity and set its params. Params appear in',
    'conditions as `{ "param": name }` and are replaced by their values before json-rules-engine runs.',
    '',
    'Message placeholders: `{fact}` and `{param}` are replaced by values; `{matched}` by the expected values of the',
    'conditions that held. Formats: `:date` (a day shown as a date), `:label` (enum values in words), `:cycle`.',
    'When a rule has variants, the first named condition that holds picks the message (and path).',
    '',
    '| id | scope | severity | phase | params |',
    '|---|---|---|---|---|',
  ];
  for (const r of rules) {
    const params = Object.entries(r.params)
      .map(([name, p]) => `${name} = ${p.default}`)
      .join(', ');
    out.push(
      `| [${r.id}](#${r.id.replace(/\./g, '')}) | ${scopesOf(r).join(', ')} | ${r.severity} | ${phaseOf(r)} | ${params || '—'} |`,
    );
  }
  for (const r of rules) {
    out.push('', `## ${r.id}`, '', `${described(r, 'en')} · ${described(r, 'zh-CN')}`, '');
    out.push(`- Scope: ${scopesOf(r).join(', ')}`);
    out.push(`- Severity: ${r.severity}`);
    out.push(`- Phase: ${phaseOf(r)}`);
    out.push(`- Path: \`${r.path}\``);
    if (r.action) {
      const spec = r.action.toLevel;
      const to = typeof spec === 'number' ? String(spec) : spec === 'next' ? 'next' : `fact ${spec.fact}`;
      out.push(`- Action: ${r.action.type} to level ${to}`);
    }
    const params = Object.entries(r.params);
    if (params.length > 0) {
      out.push('', '| param | type | default | min | max | description |', '|---|---|---|---|---|---|');
      for (const [name, p] of params) {
        out.push(
          `| ${name} | ${p.type} | ${p.default} | ${p.min ?? ''} | ${p.max ?? ''} | ${cell(p.description.en)} · ${cell(p.description['zh-CN'])} |`,
        );
      }
    }
    out.push('', 'Conditions:', '', '```json', JSON.stringify(r.conditions, null, 2), '```', '');
    out.push('Messages:', '', '| variant | zh-CN | en |', '|---|---|---|');
    out.push(`| (default) | ${cell(r.message['zh-CN'])} | ${cell(r.message.en)} |`);
    for (const [name, v] of Object.entries(r.variants ?? {})) {
      out.push(
        `| ${name}${v.path ? ` (\`${v.path}\`)` : ''} | ${cell(v.message['zh-CN'])} | ${cell(v.message.en)} |`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * Renders the fact catalog (Markdown), one table per scope. `docs/facts.md` is this text for `facts`.
 *
 * @param catalog - The facts to document.
 * @returns The Markdown text.
 * @throws {@link CrossdeptError} with code `invalid_argument` when `catalog` is not a list of fact definitions
 *   (or cannot be read); nothing else.
 * @example
 * ```ts
 * import { facts, renderFactsDoc } from 'crossdept';
 *
 * renderFactsDoc(facts).includes('coreTeamSize'); // true
 * ```
 */
export function renderFactsDoc(catalog: readonly FactDefinition[]): string {
  if (!isList(catalog)) throw argumentError('invalid_argument', ['catalog'], { kind: 'facts' });
  return guarded(['catalog'], () => {
    const list = [...catalog];
    list.forEach((f, i) => {
      const { name, scope, type, description } = (typeof f === 'object' && f !== null ? f : {}) as Record<
        string,
        unknown
      >;
      const localized =
        typeof description === 'object' && description !== null
          ? (description as Record<string, unknown>)
          : {};
      if (
        typeof name !== 'string' ||
        typeof scope !== 'string' ||
        typeof type !== 'string' ||
        typeof localized.en !== 'string' ||
        typeof localized['zh-CN'] !== 'string'
      ) {
        throw argumentError('invalid_argument', ['catalog', i], { kind: 'facts' });
      }
    });
    return factsDoc(list);
  });
}

function factsDoc(catalog: readonly FactDefinition[]): string {
  const out: string[] = [
    '# Facts catalog',
    '',
    '<!-- Generated from `facts` by `npx tsx scripts/rules-docs.ts`. Do not edit by hand. -->',
    '',
    'Facts are values computed from a collaboration and `now` by pure functions. Rule conditions (built-in and',
    'custom) refer only to facts. Facts of the `collaboration` scope are available to rules of every scope; the',
    'others only to rules of their own scope. A message may write `{name}` in every scope: the subject’s name (the',
    'collaboration’s in the collaboration scope; `collaborationName` is the collaboration’s everywhere).',
    '',
    'Types: `number`, `text`, `boolean`, `list`, `day` (a date: write it as `2026-11-20` in a config; messages show',
    'it as a date). Operators by type: number and day: `equal`, `notEqual`, `lessThan(Inclusive)`,',
    '`greaterThan(Inclusive)`, `in`, `notIn`; text and boolean: `equal`, `notEqual`, `in`, `notIn`; list: `contains`,',
    '`doesNotContain`. A list cannot be compared with `[]`: every list fact has a count fact for its size',
    '(`statementVagueTerms` → `statementVagueTermCount`, see the column “size”).',
  ];
  for (const scope of RULE_SCOPES) {
    const list = catalog.filter((f) => f.scope === scope);
    if (list.length === 0) continue;
    out.push('', `## ${scope}`, '', '| fact | type | size | description | 说明 |', '|---|---|---|---|---|');
    for (const f of list) {
      const size = f.type === 'list' ? (LIST_COUNT_FACTS[f.name] ?? '') : '';
      out.push(
        `| ${f.name} | ${f.type} | ${size} | ${cell(f.description.en)} | ${cell(f.description['zh-CN'])} |`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

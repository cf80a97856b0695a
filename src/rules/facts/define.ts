import type { Localized } from '../../i18n/locale.js';
import type { RuleScope } from '../report.js';
import type { ScopeEntities, Subject } from '../subjects.js';
import type { FactDefinition, FactType } from '../types.js';
import type { FactContext } from './context.js';

/** A catalog fact with the pure function that computes it for a subject. */
export interface FactImplementation<S extends RuleScope = RuleScope> extends FactDefinition {
  readonly scope: S;
  readonly compute: (entity: ScopeEntities[S], ctx: FactContext, subject: Subject<S>) => unknown;
}

/** A compact table of facts: `name → [type, zh-CN description, en description, compute]`. */
export type Spec<S extends RuleScope> = Readonly<
  Record<
    string,
    readonly [
      type: FactType,
      zh: string,
      en: string,
      compute: (entity: ScopeEntities[S], ctx: FactContext, subject: Subject<S>) => unknown,
    ]
  >
>;

/**
 * Turns a compact table `name → [type, zh-CN description, en description, compute]` into catalog entries.
 *
 * @param scope - The scope of every fact in the table.
 * @param spec - The table.
 * @returns The facts, in the table's order.
 */
export function defineFacts<S extends RuleScope>(scope: S, spec: Spec<S>): readonly FactImplementation<S>[] {
  return Object.entries(spec).map(([name, [type, zh, en, compute]]) => {
    const description: Localized = { 'zh-CN': zh, en };
    return { name, scope, type, description, compute };
  });
}

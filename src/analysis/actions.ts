// Concrete actions: the verbs that commit a goal to an outcome (完成, 上线, launch, hire).
import { type AnalysisContext, CLAIM, spanOf } from './context.js';
import { matchAt } from './phrase-trie.js';
import type { Signals } from './signals.js';
import { actionTrie, FIRST } from './tries.js';
import type { ActionEvidence } from './types.js';

/**
 * Words after which an English verb form is a verb: modals, "to", pronouns, conjunctions, auxiliaries. Elsewhere
 * the same word is usually a noun ("the review process", "email subscribers", "50 cold calls").
 */
const VERB_LEADS = [
  'will',
  'shall',
  'to',
  'must',
  'should',
  'can',
  'could',
  'would',
  'may',
  'might',
  'll',
  'and',
  'or',
  'then',
  'i',
  'we',
  'you',
  'they',
  'he',
  'she',
  'also',
  'please',
  'by',
  'have',
  'has',
  'had',
  'been',
  'be',
  'is',
  'are',
  'was',
  'were',
  'help',
  'helps',
  'first',
  'not',
  'fully',
  // Plural subjects right before their verb: "have all staff complete", "the reps call".
  'staff',
  'employees',
  'everyone',
  'members',
  'team',
  'people',
  'reps',
  'managers',
];

/**
 * Finds the concrete action verbs of a statement on tokens no deadline or owner claimed. An English form counts
 * where a verb stands: at the start of a clause (an imperative), after a deadline or an owner, or after a modal,
 * "to", a pronoun, a conjunction or an adverb. A Chinese verb inside a metric noun (销售额, 交付率) does not count.
 *
 * @param ctx - The analysis context.
 * @param signals - The word signals (metric nouns).
 * @returns The actions, in statement order.
 * @example
 * ```ts
 * const ctx = createContext('Launch the new app', tokenize('Launch the new app'), 'en', undefined);
 * findActions(ctx, computeSignals(ctx)).map((a) => a.term); // ['launch']
 * ```
 */
export function findActions(ctx: AnalysisContext, signals: Signals): ActionEvidence[] {
  const { tokens } = ctx;
  const found: ActionEvidence[] = [];
  const trie = actionTrie();
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (ctx.claim[i] !== CLAIM.free || (ctx.mask[i]! & FIRST.action) === 0) {
      i++;
      continue;
    }
    const m = matchAt(trie, tokens, i);
    if (!m || ctx.claim[m.end - 1] !== CLAIM.free) {
      i++;
      continue;
    }
    let verb = true;
    if (t.kind === 'word') {
      const prev = tokens[i - 1];
      verb =
        prev === undefined ||
        prev.kind === 'punct' ||
        ctx.claim[i - 1] !== CLAIM.free ||
        (prev.kind === 'word' &&
          (VERB_LEADS.includes(prev.key) || (prev.key.endsWith('ly') && prev.key.length > 3)));
    } else {
      for (let j = i; j < m.end; j++) if (signals.metric[j]) verb = false;
    }
    if (verb) found.push({ kind: 'action', ...spanOf(ctx, i, m.end), term: m.value });
    i = m.end;
  }
  return found;
}

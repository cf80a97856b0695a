// Assignable (Doran's original "A"): who will do it. Pronouns count wherever they stand; departments, teams and
// roles count as the subject of the goal (at the start of a clause, before "will", after 由 or "by", or before
// 负责 / 牵头), so that the object of "成为最好的服务中心" or "train all customer service reps" is not an owner.
import { type AnalysisContext, CLAIM, claimTokens, keyAt, sameClause, spanOf } from './context.js';
import { ROLE_SUFFIXES, SUBJECT_FOLLOWERS_EN } from './lexicon/owners.js';
import { lookup } from './lookup.js';
import { matchAt } from './phrase-trie.js';
import {
  actionTrie,
  departmentSuffixTrie,
  departmentTrie,
  FIRST,
  metricTrie,
  notCountedNouns,
  ownerVerbTrie,
  pronounTrie,
  relativeTimeTrie,
  roleTrie,
  teamTrie,
  vagueTrie,
} from './tries.js';
import type { OwnerCategory, OwnerEvidence } from './types.js';

const OWNER_STARTS = FIRST.pronoun | FIRST.department | FIRST.role | FIRST.team | FIRST.determiner;
const DETERMINERS = ['the', 'our', 'my', 'each', 'every', 'all', 'this', 'your', 'their'];
/** Words a Chinese subject may follow at the start of a clause (在…前, 由…). */
const LEAD_ZH = ['在', '于', '由', '请', '让', '安排', '要求', '将'];
const CONJUNCTIONS = ['和', '与', '及', '、', '以及', '会同', 'and', '&'];

/** Whether tokens before `i` in its clause are only deadlines, baselines and lead words, or an owner and "and". */
function subjectPosition(ctx: AnalysisContext, i: number, ownerEnds: ReadonlySet<number>): boolean {
  for (let j = i - 1, steps = 0; j >= 0 && steps < 64; j--, steps++) {
    if (!sameClause(ctx, j, i)) return true;
    const t = ctx.tokens[j]!;
    if (ctx.claim[j] === CLAIM.deadline || ctx.claim[j] === CLAIM.baseline) continue;
    if (LEAD_ZH.includes(t.key) && t.kind === 'han') continue;
    if (CONJUNCTIONS.includes(t.key) && ownerEnds.has(j)) return true;
    return false;
  }
  return true;
}

function followedBySubjectVerb(ctx: AnalysisContext, end: number): boolean {
  const key = keyAt(ctx, end);
  if (lookup(SUBJECT_FOLLOWERS_EN, key)) return true;
  // Sarah'll / the team'll
  if ((key === "'" || key === '’') && keyAt(ctx, end + 1) === 'll') return true;
  if (matchAt(ownerVerbTrie(), ctx.tokens, end)) return true;
  // 研发部在第一个月底前交付: the subject, then a deadline, then the verb.
  return false;
}

function introducedAsOwner(ctx: AnalysisContext, first: number): boolean {
  const before = keyAt(ctx, first - 1);
  return before === '由' || before === 'by' || before === '让' || before === '请';
}

/** A capitalised English name followed by "will" and the like (Sarah will …). */
function personEn(ctx: AnalysisContext, i: number): number | undefined {
  const t = ctx.tokens[i]!;
  if (t.kind !== 'word' || !t.capital || t.key.length < 2) return undefined;
  if (notCountedNouns().has(t.key)) return undefined;
  // A capitalised verb, vague word, metric, time word or department starts the sentence; a name does not.
  const known =
    matchAt(actionTrie(), ctx.tokens, i) ??
    matchAt(vagueTrie(), ctx.tokens, i) ??
    matchAt(metricTrie(), ctx.tokens, i) ??
    matchAt(relativeTimeTrie(), ctx.tokens, i) ??
    matchAt(departmentTrie(), ctx.tokens, i);
  if (known) return undefined;
  let end = i + 1;
  // Sarah Chen will …
  const next = ctx.tokens[end];
  if (next?.kind === 'word' && next.capital && lookup(SUBJECT_FOLLOWERS_EN, next.key) === undefined) end++;
  return followedBySubjectVerb(ctx, end) ? end : undefined;
}

/** 由张强负责: a name of two to four Han characters between 由 and an owner verb. */
function personZh(ctx: AnalysisContext, i: number): number | undefined {
  if (keyAt(ctx, i - 1) !== '由') return undefined;
  for (let len = 2; len <= 4; len++) {
    const end = i + len;
    let han = true;
    for (let j = i; j < end; j++)
      if (ctx.tokens[j]?.kind !== 'han' || ctx.claim[j] !== CLAIM.free) han = false;
    if (han && matchAt(ownerVerbTrie(), ctx.tokens, end)) return end;
  }
  return undefined;
}

/**
 * Finds the named owners of a statement and claims their tokens (so "customer success team" is not a vague
 * "success", and 设计部 is not the action 设计).
 *
 * @param ctx - The analysis context (deadlines already claimed).
 * @returns The owners, in statement order.
 * @example
 * ```ts
 * const ctx = createContext('研发部月底前交付测试版', tokenize('研发部月底前交付测试版'), 'zh-CN', undefined);
 * findOwners(ctx)[0]?.text; // '研发部'
 * ```
 */
export function findOwners(ctx: AnalysisContext): OwnerEvidence[] {
  const { tokens } = ctx;
  const found: OwnerEvidence[] = [];
  const ownerEnds = new Set<number>();
  const add = (first: number, end: number, category: OwnerCategory, term: string): void => {
    claimTokens(ctx, first, end, CLAIM.owner);
    ownerEnds.add(end - 1);
    found.push({ kind: 'owner', ...spanOf(ctx, first, end), term, category });
  };
  const termOf = (first: number, end: number): string => {
    let term = '';
    for (let j = first; j < end; j++) {
      const t = tokens[j]!;
      term += (term !== '' && t.kind === 'word' && tokens[j - 1]!.kind === 'word' ? ' ' : '') + t.key;
    }
    return term;
  };
  let i = 0;
  while (i < tokens.length) {
    if (ctx.claim[i] !== CLAIM.free || tokens[i]!.kind === 'punct') {
      i++;
      continue;
    }
    const t = tokens[i]!;
    const mask = ctx.mask[i]!;
    const afterMarker = i > 0 && (ctx.mask[i - 1]! & FIRST.marker) !== 0;
    if ((mask & OWNER_STARTS) === 0 && !afterMarker && !(t.kind === 'word' && t.capital)) {
      i++;
      continue;
    }
    const pronoun = matchAt(pronounTrie(), tokens, i);
    const shouted = ctx.text.slice(t.start, t.end) === 'US';
    if (pronoun && !(t.key === 'i' && !t.capital) && !shouted) {
      if (pronoun.value) add(i, pronoun.end, 'pronoun', termOf(i, pronoun.end));
      else claimTokens(ctx, i, pronoun.end, CLAIM.owner);
      i = pronoun.end;
      continue;
    }
    // Departments, teams and roles, with an English determiner in front.
    let k = i;
    if (t.kind === 'word' && DETERMINERS.includes(t.key)) k++;
    let end: number | undefined;
    let category: OwnerCategory = 'department';
    const dept = matchAt(departmentTrie(), tokens, k);
    if (dept && !(keyAt(ctx, k) === 'it' && ctx.text.slice(tokens[k]!.start, tokens[k]!.end) !== 'IT')) {
      const suffix = matchAt(departmentSuffixTrie(), tokens, dept.end);
      if (suffix) {
        end = suffix.end;
        category = ROLE_SUFFIXES.includes(keyAt(ctx, suffix.end - 1)) ? 'role' : 'department';
        // 研发部经理, the sales team lead
        const more = matchAt(departmentSuffixTrie(), tokens, end);
        if (more) {
          end = more.end;
          category = 'role';
        }
      }
    }
    if (end === undefined) {
      const role = matchAt(roleTrie(), tokens, i) ?? matchAt(roleTrie(), tokens, k);
      if (role) {
        end = role.end;
        category = 'role';
        k = i;
      }
    }
    if (end === undefined) {
      const team = matchAt(teamTrie(), tokens, i) ?? matchAt(teamTrie(), tokens, k);
      if (team) {
        end = team.end;
        category = 'team';
        k = i;
      }
    }
    if (end !== undefined) {
      const first = i;
      if (
        subjectPosition(ctx, first, ownerEnds) ||
        followedBySubjectVerb(ctx, end) ||
        introducedAsOwner(ctx, first)
      ) {
        add(first, end, category, termOf(k, end));
        i = end;
        continue;
      }
    }
    const person = personZh(ctx, i) ?? (subjectPosition(ctx, i, ownerEnds) ? personEn(ctx, i) : undefined);
    if (person !== undefined) {
      add(i, person, 'person', termOf(i, person));
      i = person;
      continue;
    }
    i++;
  }
  return found;
}

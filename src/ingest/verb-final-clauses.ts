/**
 * Relative clauses of the verb-final languages (Japanese, Korean), which stand before the noun they
 * describe: "KISA가 운영하는 K-ISMS", "JASA が運営する CS マーク". Contracts: each test looks only
 * at the cue and the text after it; none finds mentions; languages other than ja and ko have none.
 */
import { predicateNominal, relativeClause } from './ja-clauses.ts';

/** After a Korean verb stem or "기반으로": an attributive ending, then the head noun. */
const KO_ATTRIBUTIVE =
  /^\s*(?:하는|되는|두는|한|된|둔|했던|하던|되던|하고\s*있는|되어\s*있는|두고\s*있는|해\s*온)\s+(?=[^\s.,])/u;
/** A cue that itself ends in an attributive ending ("에 기반한"). */
const KO_ATTRIBUTIVE_CUE = /(?:한|된|하는|되는)$/u;
/** "…을 기반으로 한 인증 제도입니다": the head noun is the sentence's (or clause's) predicate. */
const KO_PREDICATE_NOMINAL = /^[^,.。]*?(?:입니다|이다|이며|이고|였|이었|임(?![\p{L}]))/u;

/** True when a cue with its agent before it ends a relative clause: its patient is the head noun after it. */
export function relativeClauseIn(lang: string, cue: string, after: string): boolean {
  if (lang === 'ja') return relativeClause(cue, after);
  if (lang !== 'ko') return false;
  return KO_ATTRIBUTIVE.test(after) || (KO_ATTRIBUTIVE_CUE.test(cue) && /^\s+[^\s.,]/u.test(after));
}

/** True when the noun a relative clause describes is what the sentence says its topic is. */
export function predicateNominalIn(lang: string, after: string): boolean {
  if (lang === 'ja') return predicateNominal(after);
  return lang === 'ko' && KO_PREDICATE_NOMINAL.test(after);
}

/** Where the clause of a relative clause's head noun ends in `after` (-1: at the sentence end). */
export function clauseEnd(lang: string, after: string): number {
  return after.search(lang === 'ko' ? /[,.。](?:\s|$)/u : /(?<=[ぁ-ゖ])、|。/u);
}

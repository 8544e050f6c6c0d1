/**
 * Relative clauses in languages that mark them with a pronoun (en, de, fr, es, it, pt). Contracts:
 * each test looks only at the text it is given; none of them finds mentions. German relative
 * pronouns count only after a comma (elsewhere they are articles).
 */
import { MORE_AUXILIARIES, MORE_RELATIVE } from './function-words-more.ts';

/** A relative pronoun opening a clause: "that", "which", ", die", "qui", "que", "cui" (not "tels que", "ainsi que"). */
const RELATIVE = new RegExp(
  String.raw`(?<![\p{L}])(?:that|which|who|whom|whose|qui|(?<!(?:tel|telle|tels|telles|ainsi)\s+)que|qu['’]|dont|lequel|laquelle|lesquels|lesquelles|quien|quienes|cuyo|cuya|cuyos|cuyas|el\s+cual|la\s+cual|los\s+cuales|las\s+cuales|che|cui|il\s+quale|la\s+quale|i\s+quali|le\s+quali|o\s+qual|a\s+qual|os\s+quais|as\s+quais|cujo|cuja)(?![\p{L}])|,\s*(?:der|die|das|dem|den|deren|dessen|welche[rsmn]?)(?![\p{L}])|${MORE_RELATIVE}`,
  'iu',
);

/**
 * True when a name ends a relative clause set off by commas, so it is not the subject of the verb
 * after the closing comma ("the CCN, which is part of the CNI, runs …", "el CCN, que depende del
 * CNI, gestiona …"): `before` is the text up to the name, `gap` the text from it to the verb.
 */
export function endsRelative(before: string, gap: string): boolean {
  if (!/^\s*[)）]?\s*,/u.test(gap)) return false;
  const comma = before.lastIndexOf(',');
  return comma >= 0 && RELATIVE.test(before.slice(comma));
}

/** True when `gap` opens a relative clause: a name after it belongs to that clause, not to the text before. */
export function opensRelative(gap: string): boolean {
  return RELATIVE.test(gap);
}

/** Where, in `before`, the last relative pronoun starts; -1 when there is none. */
export function lastRelative(before: string): number {
  const re = new RegExp(RELATIVE.source, 'giu');
  let at = -1;
  for (let m = re.exec(before); m; m = re.exec(before)) at = m.index;
  return at;
}

/** Words that may stand between a subject relative pronoun and its verb: "which is also run by". */
const AUXILIARY = new RegExp(
  `^(?:is|are|was|were|be|been|has|have|had|also|now|still|jointly|currently|ist|sind|wird|werden|wurde|wurden|hat|haben|auch|est|sont|a|ont|été|aussi|es|son|fue|fueron|sido|está|están|ha|han|también|è|sono|stato|stata|stati|state|viene|vengono|anche|é|são|foi|foram|está|estão|tem|também|${MORE_AUXILIARIES})$`,
  'iu',
);

/**
 * True when `gap` (the text between a name and the verb of a cue after it) holds an object relative
 * clause: a relative pronoun followed by its own subject ("X, which the Act had set up"). The verb's
 * agent is then that subject, not the name before the pronoun.
 */
export function objectRelative(gap: string): boolean {
  const at = lastRelative(gap);
  if (at < 0) return false;
  const rest = gap.slice(at).replace(RELATIVE, ' ');
  return (rest.match(/[\p{L}\p{N}]+/gu) ?? []).some((w) => !AUXILIARY.test(w));
}

/** An object relative pronoun (and article) right before the relative clause's subject. */
const OBJECT_PRONOUN =
  /(?:(?<![\p{L}])(?:that|which|whom|que|qu['’]|che)|,\s*(?:den|die|das|welche[nrs]?))\s+(?:(?:the|la|le|les|l['’]|der|die|das|dem|den|el|los|las|il|lo|gli|o|a|os|as)\s*)?$/iu;
/**
 * Between an antecedent name and its pronoun: nothing, a comma, or a short apposition ("…, the audit
 * framework", "…, un grupo de expertos del sector").
 */
const APPOSITION =
  /^\s*(?:,\s*(?:(?:the|a|an|le|la|l['’]|un|une|der|die|das|ein|eine|el|il|lo|o|una|uno|um|uma)\s+)?(?:(?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+)?)?\s*$/u;

/**
 * Where the pronoun of an object relative clause starts, given the text before the clause's subject
 * ("Y, the framework that " before "X developed"); null when the text does not end in such an opening.
 */
export function objectPronounAt(before: string): number | null {
  return OBJECT_PRONOUN.exec(before)?.index ?? null;
}

/** True when `gap` (between a name and a relative pronoun) lets that name be the pronoun's antecedent. */
export function appositionGap(gap: string): boolean {
  return APPOSITION.test(gap);
}

/**
 * Between two names: an apposition to the first that ends in a genitive preposition (and a noun)
 * before the second ("A, the national version of B", "A, a versão brasileira da norma B"). The second
 * name is then only a complement inside the apposition; a relative clause after it describes the first.
 */
const APPOSITION_OF =
  /^\s*,\s*(?:(?:the|a|an|le|la|l['’]|un|une|der|die|das|ein|eine|el|il|lo|o|una|uno|um|uma)\s+)?(?:[\p{L}'’-]+\s+){0,5}?(?:of|de|da|do|das|dos|del|della|dello|di|du|des|der|von)\s+(?:(?:the|la|le|l['’]|el|il|o|a|der|dem)\s*)?(?:\p{Ll}[\p{L}-]*\s+)?$/u;

/** True when `gap` (between two names) makes the second name a complement of an apposition to the first. */
export function appositionComplement(gap: string): boolean {
  return APPOSITION_OF.test(gap);
}

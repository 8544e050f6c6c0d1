/**
 * Japanese clause shapes that decide where a cue's patient is. Contracts: each test looks only at
 * the text on one side of the cue it is given; none of them finds mentions.
 */
import { SELF_REFERENCE } from './referent.ts';

/**
 * "X が発行する Y", "X に準拠した Y": a verb in attributive form, then its head noun (not a
 * conjunction: "…を基盤としているため" is "because", not a relative clause).
 */
const RELATIVE_VERB =
  /^[ぁ-ゖ]{0,4}?(?:している|していた|した|する|される|された|しており)(?![。、]|ます|です|ため|ので|から|けれど|が|こと|もの|$)\s*[^\s。、]/u;
/** "X に基づく Y", "X に基づいた Y" (not "…に基づくものです", "…に基づくため"). */
const RELATIVE_BASED = /^(?:く|いた)(?!もの|ため|ので|こと|[。、]|$)\s*[^\s。、]/u;

/** True when the cue ends a relative clause: its patient is the noun after it, not a name before it. */
export function relativeClause(cue: string, after: string): boolean {
  return RELATIVE_VERB.test(after) || (cue.endsWith('基づ') && RELATIVE_BASED.test(after));
}

/**
 * "…に基づく日本の国家規格です。", "…を経て制定された規格で、…": the relative clause's head noun is the
 * sentence's (or its first clause's) predicate.
 */
const PREDICATE_NOMINAL = /^[^、。]*?(?:です|である|だ)。?\s*$|^[^、。\s]*?\p{Script=Han}(?:で|であり|であって)、/u;

/** True when the noun a relative clause describes is what the sentence says its topic is. */
export function predicateNominal(after: string): boolean {
  return PREDICATE_NOMINAL.test(after);
}

/** A topic or subject particle after a noun (not after a kana ending: "ですが", "には"). */
const TOPIC_PARTICLE = /[^\s\p{Script=Hiragana}、。]\s*[はが](?!じ)/gu;

/**
 * True when the text before a cue gives its clause a topic of its own ("第三者評価は、…") that is not
 * a self-reference ("この規格は"): the sentence is about that, not about an earlier entity.
 */
export function ownTopic(before: string): boolean {
  const last = [...before.matchAll(TOPIC_PARTICLE)].at(-1);
  if (last?.index === undefined) return false;
  const start = Math.max(before.lastIndexOf('、', last.index), before.lastIndexOf('。', last.index)) + 1;
  return !SELF_REFERENCE.ja?.test(before.slice(start).trimStart());
}

/** "X が…認定した認証機関が発行": after a name, its own verb in attributive form and the noun it describes. */
const OWN_CLAUSE = /^\s*[)）]?\s*が[^、。]*?(?:した|する|された|している|していた)(?=[^\s、。])/u;
/** "X と同じ…", "X と同様の…": what follows is only like X, not X. */
const SAME_AS = /と(?:同じ|同様)/u;

/** True when the text between a name and a later cue takes the name out of the cue's agent position. */
export function notAgentBefore(gap: string): boolean {
  return OWN_CLAUSE.test(gap) || SAME_AS.test(gap);
}

/** "X の検証も…": a noun of X's marked "also" right after a name. */
const ALSO_TOPIC = /^\s*[)）]?\s*の[^\s、。はがのも]{1,10}も/u;

/** True when the text after a name marks a noun of the name's with "also": a topic only where a cue wants one. */
export function alsoTopic(after: string): boolean {
  return ALSO_TOPIC.test(after);
}

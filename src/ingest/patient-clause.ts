/**
 * Which name before a cue is its patient, given the clause the nearest name stands in. Contracts:
 * the answer is a mention before the cue that `ok` accepts, or null for "no patient" (never a
 * fallback); text is read only between the sentence start and the cue.
 */
import { MORE_COORDINATED_PASSIVE, MORE_OBJECT_PREPOSITIONS } from './function-words-more.ts';
import type { Mention } from './matcher.ts';
import { namedSubject } from './referent.ts';
import { lastRelative, opensRelative } from './relative-clauses.ts';

/** A clause that refers back to the one before its semicolon: "…; it is published by …", "…; sie wird …". */
const PRONOUN =
  /(?<![\p{L}])(?:it|they|them|this|es|sie|er|il|elle|ils|elles|él|ella|ello|esso|essa|ele|ela|se|si|它|其)(?![\p{L}])/iu;

/** "A is the national adoption of ": a copula, a predicate noun phrase and "of", up to a name. */
const COPULA_OF =
  /^\s*(?:is|are|was|were|ist|sind|war|est|sont|était|es|son|è|sono|é|são)\s+(?:(?:the|a|an|die|der|das|eine?|la|le|une?|el|il|lo|o|una|uno|um|uma)\s+|l['’])[\p{L}'’\s-]{0,60}?(?:\s(?:of|von|de|du|des|del|di|della|dello|dei|do|da|dos|das)\s+(?:(?:the|la|le|les|der|dem|el|il|lo|o|a)\s+)?|\sd['’]|\sdell['’])$/iu;

/**
 * An indefinite noun phrase right before a passive participle ("funds under a program administered
 * by", "any scheme run by", "un programa gestionado por"): the participle describes that phrase, not a
 * name earlier in the sentence. Not an apposition (", a scheme run by") nor the name's predicate ("is a
 * scheme run by").
 */
const INDEFINITE: Record<string, string> = {
  en: 'a|an|any|every|each|some',
  es: 'un|una|cualquier',
  pt: 'um|uma|qualquer',
  it: 'un|una|uno|qualsiasi|ogni',
  fr: 'un|une|tout|toute',
};
const INDEFINITE_BEFORE_PARTICIPLE = Object.fromEntries(
  Object.entries(INDEFINITE).map(([lang, dets]) => [
    lang,
    new RegExp(String.raw`(?<![\p{L}])(?<![,，]\s*)(?:${dets})\s+(?:[\p{Ll}-]+\s+){1,3}$`, 'u'),
  ]),
);
/** A copula opening the text after a name: the noun phrase after it is the name's predicate. */
const PREDICATE = /^\s*[)）]?\s*(?:is|are|was|were|es|son|era|fue|é|são|foi|è|sono|fu|est|sont|était|fut)\s/u;

/** A second verb phrase sharing the subject of the first: "… and are developed by". */
const COORDINATED_PASSIVE = new RegExp(
  String.raw`^\s*,?\s*(?:and\s+(?:is|are|was|were|has\s+been|have\s+been)|${MORE_COORDINATED_PASSIVE})\s*$`,
  'iu',
);
/** A preposition right before a name: "of the", "in", "under the". */
const OBJECT_OF_PREPOSITION = new RegExp(
  String.raw`(?<![\p{L}])(?:of|in|under|to|from|with|into|on|${MORE_OBJECT_PREPOSITIONS})\s+(?:(?:the|de|het)\s+)?$`,
  'iu',
);

/**
 * The patient for `m`, the nearest accepted name before a cue at `cueStart`:
 * - across a semicolon, the subject of the clause before it when the cue's clause refers back with
 *   a pronoun, else none;
 * - a name inside a relative clause ("the guides that explain the ENS are published by") gives way
 *   to the noun the clause describes, which must be a name;
 * - for a passive coordinated with an earlier verb phrase ("… of the X Code and are developed by"),
 *   when the nearest name is a prepositional object, the clause's named subject, else none;
 * - for a passive participle after a comma ("A is the adoption of B, published by"), the subject of
 *   the copular clause when B is only the complement of its predicate noun;
 * - for a passive participle right after an indefinite noun phrase, none (the participle describes it).
 */
export function patientBefore(
  text: string,
  before: Mention[],
  m: Mention,
  cueStart: number,
  lang: string,
  passive: boolean,
  ok: (x: Mention) => boolean,
): Mention | null {
  const between = text.slice(m.end, cueStart);
  if (passive && INDEFINITE_BEFORE_PARTICIPLE[lang]?.test(between) && !PREDICATE.test(between)) return null;
  const semi = Math.max(text.lastIndexOf(';', cueStart), text.lastIndexOf('；', cueStart));
  if (semi >= m.end) {
    if (!PRONOUN.test(text.slice(semi + 1, cueStart))) return null;
    const subject = namedSubject(
      text.slice(0, semi),
      before.filter((x) => x.end <= semi),
      lang,
    );
    return subject && ok(subject) ? subject : null;
  }
  const from = Math.max(text.lastIndexOf(';', m.start), text.lastIndexOf(':', m.start)) + 1;
  const rel = lastRelative(text.slice(from, m.start));
  if (rel >= 0 && !opensRelative(between)) {
    const pronoun = from + rel;
    return before.find((x) => ok(x) && x.end <= pronoun && /^\s*,?\s*$/.test(text.slice(x.end, pronoun))) ?? null;
  }
  // "… set out in section 5 of the X Code and are developed by": a prepositional object is not the
  // subject that a coordinated passive shares; that subject is, when it is a name.
  if (
    passive &&
    COORDINATED_PASSIVE.test(between) &&
    OBJECT_OF_PREPOSITION.test(text.slice(Math.max(0, m.start - 12), m.start))
  ) {
    const subject = namedSubject(
      text.slice(0, m.start),
      before.filter((x) => x.end <= m.start),
      lang,
    );
    return subject && ok(subject) ? subject : null;
  }
  if (passive && /^\s*,\s*$/.test(between)) {
    const subject = before.find((x) => x.end <= m.start && ok(x) && COPULA_OF.test(text.slice(x.end, m.start)));
    if (subject) return subject;
  }
  return m;
}

/**
 * Nouns for things that come with a scheme rather than being it: after a name they make the name a
 * mere modifier ("the ENS portal", "the HIPAA rules", "das ENS-Portal", "ENS ポータル").
 */
const ACCESSORY =
  /^(?:\s+(?:portals?|websites?|sites?|web\s*pages?|pages?|guides?|guidance|rules|registry|registries|documentation|logos?)|-(?:Portal|Website|Webseite|Leitfäden|Leitfaden|Regeln|Register))(?![\p{L}])|^\s*(?:ポータル|ウェブサイト|サイト|ガイド|規則)|^\s*(?:门户|門戶|网站|網站|指南|规则|規則)/iu;

/** The same nouns before a name and its genitive preposition: "el portal del ENS", "le guide dell'ENS", "o site da ISO". */
const ACCESSORY_OF =
  /(?<![\p{L}])(?:portal|portale|sitio\s+web|sito(?:\s+web)?|site|página(?:\s+web)?|pagina(?:\s+web)?|guías|guide|guias|reglas|regole|regras|registro|logotipo|logo)\s+(?:del?|de\s+la|della|dello|dell['’]|di|do|da|dos|das)\s*$/iu;

/** True when the name at `m` only modifies an accessory noun, so it cannot be a patient. */
export function modifiesAccessory(text: string, m: Mention): boolean {
  return ACCESSORY.test(text.slice(m.end)) || ACCESSORY_OF.test(text.slice(Math.max(0, m.start - 40), m.start));
}

/** "issued by the ITU as Recommendation X", "publié par l'UIT sous la forme de la Recommandation X", "由 ITU 以 X…的形式发布". */
const AS_NAME =
  /^\s*(?:as|als|comme|en\s+tant\s+que|sous\s+la\s+forme\s+d[eu']|como|come|(?:bajo\s+la|en|sotto|sob\s+a|na)\s+forma\s+d[eio]|以)\s*(?:(?:the|a|an|der|die|das|le|la|l['’]|el|il|lo|o)\s*)?(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * The name a passive cue's agent issued something as: the first name after the agent when only "as"
 * and a few words stand between them; it is the cue's patient. Null when there is none.
 */
export function issuedAs(
  text: string,
  mentions: Mention[],
  agent: Mention,
  ok: (x: Mention) => boolean,
): Mention | null {
  const next = mentions.find((x) => x.start >= agent.end);
  return next && ok(next) && AS_NAME.test(text.slice(agent.end, next.start)) ? next : null;
}

/** Between a possessor and a 'named' cue after it: nothing, an s-genitive, up to two modifiers. */
export const POSSESSOR_GAP = /^(?:['’:]?s)?(?:\s+[\p{L}-]+){0,2}\s*$/u;

/** Up to a bracket or a quote opening a name, within one noun phrase. */
const NAMED_GAP = /^[^.;:!?()（）\n]{0,60}?[(（„“"«]\s*$/u;
/** Between a cue and its agent right after it: nothing, or an article ("der", "van het"). */
const AGENT_NEXT = /^\s*(?:\p{Ll}{1,4}\s+)?$/u;

/**
 * The patient of a 'named' cue: the first name after the cue that `ok` accepts, when a bracket or a
 * quote opens it within the cue's noun phrase; names `ok` refuses before it (the agent) must follow
 * the cue directly. Null when there is none.
 */
export function namedAfter(
  text: string,
  after: Mention[],
  cueEnd: number,
  ok: (x: Mention) => boolean,
): Mention | null {
  let from = cueEnd;
  for (const m of after) {
    const gap = text.slice(from, m.start);
    if (ok(m)) return NAMED_GAP.test(gap) ? m : null;
    if (!AGENT_NEXT.test(gap)) return null;
    from = m.end;
  }
  return null;
}

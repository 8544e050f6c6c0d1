/**
 * The agent of a relation cue: the name before an active cue or after a passive one, with the names
 * coordinated with it. Contract: an agent is a mention of the same clause as the cue; a clause
 * break, a relative clause, an inner agent preposition or an unknown name that fills the agent slot
 * between them leaves the cue without an agent.
 */
import type { Cue } from './cue-pattern.ts';
import { MORE_AGENT_PREPOSITIONS } from './function-words-more.ts';
import { notAgentBefore } from './ja-clauses.ts';
import type { Mention } from './matcher.ts';
import { chain, pick } from './mention-chain.ts';
import { appositiveAgent, GENITIVE_AFTER, GENITIVE_BEFORE, memberOnly } from './name-links.ts';
import { endsRelative, objectRelative, opensRelative } from './relative-clauses.ts';
import type { EntityKind } from './types.ts';

const MAX_GAP = 60;

/** An agent preposition between a cue and a name: the name is the agent of a nearer verb. */
const INNER_AGENT = new RegExp(
  String.raw`(?<![\p{L}])(?:by|par|von|vom|durch|por|pel[oa]s?|dal|dalla|dallo|dai|dagli|dalle|${MORE_AGENT_PREPOSITIONS})(?![\p{L}])|(?<![\p{L}])dall['’]`,
  'iu',
);
/** A cue that itself ends in an agent preposition (a passive "… by"). */
const AGENT_END = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:by|par|von|vom|durch|por|pel[oa]s?|da|dal|dalla|dallo|dai|dagli|dalle|${MORE_AGENT_PREPOSITIONS})\s*|dall['’])$`,
  'iu',
);

/** An agent preposition (and an article) right before a name; not those that also mean "of", "from" or "for". */
const AGENT_PREPOSITION_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:by|von|vom|durch|par|pel[oa]s?|dal|dalla|dallo|dai|dagli|dalle|${MORE_AGENT_PREPOSITIONS})\s+(?:(?:the|der|die|das|dem|den|des|la|le|les|l['’]|het|de|o|a|os|as)\s+)?$|(?<![\p{L}])dall['’]\s*$`,
  'iu',
);

/** A clause break between a cue and a name: a semicolon, or a comma and a clause coordinator. */
export const NEW_CLAUSE = /[;；]|,\s*(?:and|but|while|whereas)\s/i;

/**
 * English: a comma and a coordinator or subordinator between a name and a later cue opens a clause
 * with a subject of its own ("DISA traces its history to 1960, when the department set up X"): the
 * name is not the cue's agent. An apposition (", the national body,") or ", as" does not.
 */
const OWN_SUBJECT_CLAUSE =
  /,\s*(?:and|but|while|whereas|when|where|after|before|because|since|although|though|until|once)\s/i;

export function agents(
  text: string,
  mentions: Mention[],
  cue: Cue,
  at: { start: number; end: number },
  kinds: EntityKind[],
  lang: string,
) {
  if (cue.agent === 'after') {
    const idx = mentions.findIndex((m) => m.start >= at.end && pick(m, kinds));
    if (idx < 0 || (mentions[idx] as Mention).start - at.end > MAX_GAP) return [];
    const gap = text.slice(at.end, (mentions[idx] as Mention).start);
    // "issued by bodies accredited by X": X is the agent of the nearer verb.
    const inner = INNER_AGENT.test(gap) && AGENT_END.test(text.slice(at.start, at.end));
    const member = memberOnly(gap, text.slice((mentions[idx] as Mention).end));
    if (/[;；。]/.test(gap) || NEW_CLAUSE.test(gap) || opensRelative(gap) || inner || member) return [];
    // "Criada pela Lei nº 13.853, a ANPD …": an unknown name filled the agent slot before the comma.
    if (lang !== 'de' && UNKNOWN_AGENT.test(gap)) return [];
    let head = appositiveAgent(text, mentions, idx, (x) => !!pick(x, kinds));
    for (let n = mentions[head + 1]; n && pick(n, kinds); n = mentions[head + 1]) {
      if (!GENITIVE_AFTER.test(text.slice((mentions[head] as Mention).end, n.start))) break;
      head++;
    }
    return chain(text, mentions, head, 1, kinds);
  }
  let idx = -1;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k] as Mention;
    if (m.end <= at.start && pick(m, kinds)) {
      idx = k;
      break;
    }
  }
  if (idx < 0 || at.start - (mentions[idx] as Mention).end > MAX_GAP) return [];
  // A clause break between the agent and a following cue means the cue belongs to another clause.
  const gap = text.slice((mentions[idx] as Mention).end, at.start);
  const inside = endsRelative(text.slice(0, (mentions[idx] as Mention).start), gap);
  if (/[、，;；。]/.test(gap) || objectRelative(gap) || notAgentBefore(gap) || inside) return [];
  if (lang === 'en' && OWN_SUBJECT_CLAUSE.test(gap)) return [];
  for (let p = mentions[idx - 1]; p && pick(p, kinds); p = mentions[idx - 1]) {
    if (!GENITIVE_BEFORE.test(text.slice(p.end, (mentions[idx] as Mention).start))) break;
    idx--;
  }
  const run = chain(text, mentions, idx, -1, kinds);
  // "Een door de RvA geaccrediteerde instelling heeft …": a name after an agent preposition is the
  // agent of a participle, not the subject of the verb.
  const first = (run[run.length - 1] as { m: Mention }).m;
  return AGENT_PREPOSITION_BEFORE.test(text.slice(Math.max(0, first.start - 24), first.start)) ? [] : run;
}

/** An article (or a preposition with one), a capitalised noun phrase and a comma, ending a text. */
const NAME_COMMA = /(?<![\p{L}])(?:\p{Ll}{1,4}\s+|\p{Ll}{1,4}['’])(\p{Lu}[^,;:.()]{0,80}?)\s*,\s*$/u;

/**
 * "la Strategia Cloud Italia, redatta dal DTD", "il regolamento … (DORA), adottato dal": a participle
 * right after a comma and a capitalised noun phrase or a bracketed acronym no mention covers describes
 * that unknown name; it has no patient the extractor knows. Not for German, which capitalises every
 * noun.
 */
export function participleOfUnknownName(text: string, mentions: Mention[], cueStart: number): boolean {
  const window = Math.max(0, cueStart - 120);
  const m = NAME_COMMA.exec(text.slice(window, cueStart)) ?? ACRONYM_COMMA.exec(text.slice(window, cueStart));
  if (!m) return false;
  const from = window + m.index + m[0].indexOf(m[1] ?? '');
  return !mentions.some((x) => x.start < cueStart && x.end > from);
}

/** "… il regolamento … (DORA), adottato dal": a bracketed acronym and a comma, ending a text. */
const ACRONYM_COMMA = /[(（]\s*(\p{Lu}[\p{Lu}\p{N}&-]{1,11})\s*[)）]\s*,\s*$/u;

/** A gap after a passive cue that starts with a capitalised name and ends its phrase at a comma (not German). */
const UNKNOWN_AGENT = /^\s*(?:\p{Ll}{1,4}\s+|\p{Ll}{1,4}['’])?\p{Lu}[^,;:()]{0,60},/u;

/**
 * Proper names built around a head noun, without an acronym: "the Cabinet Office", "the IRS Office of
 * Safeguards", "the U.S. Department of the Treasury", "the Energy Policy Act of 2005". English only.
 * Contracts:
 * - a name is capitalised words (modifiers) before a head word, then optionally a complement
 *   "of|for|on [the] Capitalised …" (with "and", "&", "of", "for", "the" between its words); scanning
 *   starts at each head word, so the cost is per head occurrence, not per lexicon entry; a modifier
 *   may be coordinated ("Securities and Exchange …") unless it is an acronym (a name of its own); a
 *   year ("… Act of 2005", "… Act 2018") is a complement;
 * - a determiner or preposition never starts a name ("The", "Each", "Under"), and a leading
 *   possessor or jurisdiction ("Singapore's", "U.S.", "UK") is left out of it; a phrase right after
 *   "<Capitalised> of|for|on [the]" is the tail of a longer name and no name, nor is one after an
 *   indefinite determiner ("a state Department of Revenue");
 * - at the start of a sentence without "the", the first word may just be capitalised by position, so a
 *   name there needs a complement or two modifiers;
 * - the caller decides whether modifiers that are all generic ("the Certification Body") or a bare
 *   "Head of …" make a name.
 */
import { guessHead, isHeadWord, type KindGuess } from './head-words.ts';
import type { Candidate, Matcher } from './matcher.ts';

export interface ProperName {
  /** The name as written, without a leading "the" or jurisdiction. */
  name: string;
  /** Offset of `name` in the text. */
  start: number;
  end: number;
  modifiers: string[];
  head: string;
  /** Offset of the head word in the text. */
  headAt: number;
  /** Capitalised words of the complement ("Safeguards", "Treasury"); empty without one. */
  complement: string[];
  /** The connector that opens the complement ("of", "for", "on"), or "". */
  connector: string;
  /** True when "the" (any case) is written right before the name. */
  definite: boolean;
  /** The possessor written before the name, without "'s" ("Singapore"), or "". */
  possessor: string;
}

/** A capitalised word or an ordinal: "Office", "U.S.", "IRS", "Commissioner's", "Cyber-Security", "21st". */
const WORD = String.raw`(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{N}&'’-]*|\d{1,3}(?:st|nd|rd|th))`;
/** Capitalised words that open a phrase, not a name. */
const NOT_NAME_START =
  /^(?:The|A|An|This|That|These|Those|Each|Every|Any|Its|Their|Our|Your|His|Her|In|On|At|By|For|From|With|Under|And|Or|But|If|When|While|As|Both|All|Some|No|Neither|Either|Several|Many|Other|Such|Which|Who|Whose|Where|New|Only|Also|Then|Once|After|Before|Since|Until|Through|Between|Among|About|Like|Most|More)$/;
const LEFT_WORD = new RegExp(String.raw`(${WORD})[ \t]+$`, 'u');
const LEFT_AND = new RegExp(String.raw`(${WORD})[ \t]+(and|&)[ \t]+$`, 'u');
const TAIL_OF = /\p{Lu}[\p{L}.'’-]*[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?$/u;
const INDEFINITE_BEFORE = /(?<![\p{L}])(?:a|an|each|every|any|another|one|some|no)[ \t]+(?:\p{Ll}+[ \t]+)?$/iu;
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he[ \t]+$/u;
const SENTENCE_END = /(?:[.!?:;]["”)]?[ \t]+|\n[ \t]*(?:[-*+][ \t]+)?)$/u;
const COMPLEMENT = new RegExp(
  String.raw`^[ \t]+(of|for|on)[ \t]+(?:the[ \t]+)?(${WORD}(?:[ \t]+${WORD})*(?:(?:,[ \t]+${WORD}(?:[ \t]+${WORD})*)*,?[ \t]+(?:and|&)[ \t]+${WORD}(?:[ \t]+${WORD})*|(?:[ \t]+(?:(?:of|for)(?:[ \t]+the)?|and|&)[ \t]+${WORD}(?:[ \t]+${WORD})*)*))`,
  'u',
);
const YEAR_COMPLEMENT = /^[ \t]+(?:of[ \t]+)?((?:19|20)\d{2})(?![\p{L}\p{N}])/u;
const MAX_MODIFIERS = 5;

/** Names around each match of `heads` (a global, case-sensitive regex of capitalised head words). */
export function properNames(text: string, heads: RegExp, matcher: Matcher): ProperName[] {
  const out: ProperName[] = [];
  heads.lastIndex = 0;
  for (let m = heads.exec(text); m; m = heads.exec(text)) {
    const head = m[0];
    let start = m.index;
    const modifiers: string[] = [];
    for (;;) {
      const window = text.slice(Math.max(0, start - 60), start);
      // "Securities and Exchange Commission": a coordinated modifier, not a coordinated name ("NIST and …").
      const w = LEFT_WORD.exec(window) ?? (modifiers.length > 0 ? LEFT_AND.exec(window) : null);
      if (!w || modifiers.length >= MAX_MODIFIERS) break;
      const word = w[1] ?? '';
      // Not across "and" after a head word or before a possessor: "… Regulator and China's …".
      const across = w.length > 2;
      if (NOT_NAME_START.test(word) || (across && (/^[A-Z0-9&-]+$/.test(word) || isHeadWord(word)))) break;
      if (across && /['’]s$/.test(modifiers[0] ?? '')) break;
      modifiers.unshift(word);
      start -= w[0].length;
    }
    // A possessor is not part of the name: "Singapore's Infocomm Media Development Authority".
    let possessor = '';
    if (modifiers.length > 0 && /['’]s$/.test(modifiers[0] ?? '')) {
      const w = modifiers.shift() ?? '';
      possessor = w.slice(0, -2);
      start = text.indexOf(modifiers[0] ?? head, start + w.length);
    }
    // A leading place is not part of the name: "the U.S. Department of …", "the UK Cabinet Office".
    while (modifiers.length > 0 && matcher.lookup(modifiers[0] ?? '').some((c) => c.kind === 'Jurisdiction')) {
      const w = modifiers.shift() ?? '';
      start = text.indexOf(modifiers[0] ?? head, start + w.length);
    }
    // The tail of a longer name: "Committee of Sponsoring Organizations of the Treadway Commission".
    if (TAIL_OF.test(text.slice(Math.max(0, start - 40), start))) continue;
    const rest = text.slice(m.index + head.length, m.index + head.length + 160);
    const year = YEAR_COMPLEMENT.exec(rest);
    const comp = year ? null : COMPLEMENT.exec(rest);
    const tailLen = year ? year[0].length : comp ? comp[0].length : 0;
    const complement = year
      ? [year[1] ?? '']
      : comp
        ? (comp[2] ?? '').split(/[ \t,]+/).filter((x) => /^\p{Lu}/u.test(x))
        : [];
    const end = m.index + head.length + tailLen;
    const before = text.slice(Math.max(0, start - 8), start);
    const definite = THE_BEFORE.test(before);
    // "a state Department of Revenue", "each Regional Office": any body of a kind, not one body.
    if (INDEFINITE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
    const atStart = start === 0 || SENTENCE_END.test(text.slice(Math.max(0, start - 6), start));
    if (!definite && atStart && start !== m.index) if (complement.length === 0 && modifiers.length < 2) continue;
    out.push({
      name: text.slice(start, end),
      start,
      end,
      modifiers,
      head,
      headAt: m.index,
      complement,
      connector: year ? 'of' : (comp?.[1] ?? ''),
      definite,
      possessor,
    });
  }
  return out;
}

/**
 * Known names around a phrase: `outside` when one overlaps it and reaches outside it (the phrase is
 * the tail of a longer name: "… Auditing and Assurance Standards Board") or ends where it ends (a known
 * name with a qualifier: "CJIS Advisory Policy Board"), or holds its head word (the phrase runs on
 * past a known name: "Department of Defense Impact Level"); `inside`, the candidates of those within it.
 */
export function knownAround(p: ProperName, text: string, matcher: Matcher): { outside: boolean; inside: Candidate[] } {
  const from = Math.max(0, p.start - 100);
  const inside: Candidate[] = [];
  for (const k of matcher.find(text.slice(from, p.end + 200))) {
    const start = k.start + from;
    const end = k.end + from;
    if (end <= p.start || start >= p.end) continue;
    const headInside = start <= p.headAt && p.headAt < end;
    if (start < p.start || end >= p.end || headInside) return { outside: true, inside };
    inside.push(...k.candidates);
  }
  return { outside: false, inside };
}

/** Connectors of head-first names in other languages: "Agence nationale de la …", "Bundesamt für …". */
export const FOREIGN_CONNECTOR =
  /^(?:de|la|le|les|des|du|d['’]\p{L}*|l['’]\p{L}*|für|der|die|das|del|della|dei|delle|di|do|da|dos|das|per|para|pour|sur)$/iu;
export const FOREIGN_LANGS = ['fr', 'es', 'it', 'pt', 'de'];

/**
 * The head of a name written in another language inside an English text ("Agence nationale de la
 * sécurité des systèmes d'information", "Centro Criptológico Nacional"): read as a name of the
 * first of French, Spanish, Italian, Portuguese, German whose head words know it; only for names with
 * a connector of those languages, so an English name is never read as a foreign one.
 */
export function foreignHead(name: string): KindGuess | null {
  const words = name.split(/\s+/);
  if (!words.slice(1).some((w) => FOREIGN_CONNECTOR.test(w))) return null;
  for (const lang of FOREIGN_LANGS) {
    const g = guessHead(name, lang);
    if (g) return g;
  }
  return null;
}

/** True when the acronym's letters are initials of the name's capitalised words, in order, from the first. */
export function abbreviates(acr: string, name: string): boolean {
  const initials = name.match(/(?<![\p{L}])\p{Lu}/gu)?.join('') ?? '';
  const letters = acr.replace(/[^A-Z]/g, '');
  let i = 0;
  for (const ch of initials) if (ch === letters[i]) i++;
  return letters.length >= 2 && initials[0] === letters[0] && i === letters.length;
}

/**
 * What a sentence that refers back is about. A sentence opening with a pronoun or a self-reference
 * ("It …", "This standard …", "Sie …", "Il …", "该标准…", a Japanese sentence without a topic) means
 * the subject of the sentence before it in the same paragraph, when that sentence named its subject
 * and the reference fits its kind; otherwise the article's described certification.
 * Contract: nothing carries from one paragraph (list item, note, heading) to another, nor past a
 * sentence whose subject is not a named entity.
 */
import { DOCUMENT_REFERENCE, documentNoun } from './document-reference.ts';
import type { Candidate, Mention } from './matcher.ts';
import {
  leansOnDescribed,
  MORE_PRONOUN_REFERENCE,
  MORE_SELF_REFERENCE,
  MORE_STANDARD_REFERENCE,
} from './reference-words.ts';
import type { EntityKind } from './types.ts';

/**
 * Sentence openings that refer back ("It is operated by…", "この制度は…"), so a cue with no named
 * patient may fall back to what they refer to: the subject of the sentence before, or the described
 * certification.
 */
export const SELF_REFERENCE: Record<string, RegExp> = {
  en: /^(?:\*\*)?(?:It|The\s+(?:scheme|program(?:me)?|certification|framework|regulation|law|act|mark|standard|attestation|report|guidelines?|criteria|assessment|audit|examination|engagement|catalog(?:ue)?|code\s+of\s+practice|manual|handbook|policy|directive|circular|pledge)|This\s+(?:scheme|program(?:me)?|certification|framework|regulation|law|act|mark|standard|attestation|manual|handbook|policy|directive|circular|pledge))\b/u,
  // Also after a fronted participle or adverb: "Entwickelt wurde das Rahmenwerk vom …".
  de: /^(?:\p{Lu}\p{Ll}+\s+(?:wird|wurde|werden|wurden)\s+)?(?:(?:Es|Er|Sie|es|er|sie)\b|(?:Der|Die|Das|Dieser|Diese|Dieses|der|die|das|dieser|diese|dieses)\s+(?:Katalog|Standard|Norm|Programm|Rahmenwerk|Verordnung|Gesetz|Zertifizierung|Schema|Testat|Bericht|Leitfaden|Richtlinien|Kriterienkatalog|Prüfung|Audit|Bewertung)\b)/u,
  // Also a version of the scheme: "La première version du référentiel …".
  fr: /^(?:Il|Elle)\b|^(?:(?:La|Cette)\s+(?:\p{L}+\s+)?version\s+(?:[\p{N}.]+\s+)?d(?:u|e\s+la|e\s+l['’])\s*|(?:Le|La|Ce|Cette|L['’])\s*)(?:catalogue|norme|standard|programme|cadre|règlement|loi|certification|référentiel|dispositif|schéma|label|attestation|rapport|mission|audit|évaluation|examen)\b/iu,
  // Also a bare scheme noun whose role noun is the topic: "規格の開発は", "プログラムの運営は".
  ja: /^(?:この|本|同|当該)\s*(?:規格|制度|認定|認証|フレームワーク|枠組み|体系|基準|法律?|規則|プログラム|マーク|ガイドライン|報告書|レポート|カタログ|スキーム)|^(?:規格|制度|プログラム|枠組み|フレームワーク|基準|スキーム)の[^\s、。はがの]{1,8}は/u,
  'zh-CN': /^(?:该|此|本|这|它|其)/u,
  'zh-TW': /^(?:該|此|本|這|它|其)/u,
  ...MORE_SELF_REFERENCE,
};

/** Self-references that name a standard ("This standard …", "Die Norm …", "この規格は…"). */
export const STANDARD_REFERENCE: Record<string, RegExp> = {
  en: /^(?:\*\*)?(?:The\s+(?:standard|code\s+of\s+practice)|This\s+standard)\b/u,
  de: /^(?:\p{Lu}\p{Ll}+\s+(?:wird|wurde)\s+)?(?:(?:Die|Diese|die|diese)\s+Norm|(?:Der|Dieser|der|dieser)\s+Standard)\b/u,
  fr: /^(?:La|Cette)\s+norme\b|^(?:Le|Ce)\s+standard\b/iu,
  ja: /^(?:この|本|同|当該)\s*規格|^規格の[^\s、。はがの]{1,8}は/u,
  'zh-CN': /^(?:该|此|本|这)(?:项|个|一)?\s*标准/u,
  'zh-TW': /^(?:該|此|本|這)(?:項|個|一)?\s*標準/u,
  ...MORE_STANDARD_REFERENCE,
};

/** Self-references whose noun names a body ("该联盟", "この機関は", "이 기관은"): they mean a body, never a scheme. */
const BODY_REFERENCE: Record<string, RegExp> = {
  ja: /^(?:この|本|同|当該)\s*(?:機関|団体|協会|組織|委員会|センター|法人|本部)/u,
  'zh-CN': /^(?:该|此|这)(?:个|一)?\s*(?:联盟|协会|机构|委员会|组织|中心|研究院|部门|机关)/u,
  'zh-TW': /^(?:該|此|這)(?:個|一)?\s*(?:聯盟|協會|機構|委員會|組織|中心|研究院|部門|機關)/u,
  ko: /^(?:이|해당|동|본)\s*(?:기관|협회|위원회|단체|조직|연합|센터)/u,
};

/** Self-references by a bare pronoun ("It …", "Sie …", "Il …", "它…"): any entity can be meant. */
export const PRONOUN_REFERENCE: Record<string, RegExp> = {
  en: /^(?:\*\*)?It\b/u,
  de: /^(?:Es|Er|Sie)\b/u,
  fr: /^(?:Il|Elle)\b/u,
  'zh-CN': /^(?:它|其)/u,
  'zh-TW': /^(?:它|其)/u,
  ...MORE_PRONOUN_REFERENCE,
};

/** Openings that refer to several entities at once ("Both …", "Beide …", "どちらも…"): no one referent fits. */
export const PLURAL_REFERENCE =
  /^(?:\*\*)?(?:Both|Beide|Die\s+beiden|Les\s+deux|Ces\s+deux|Tous\s+deux|Toutes\s+deux|Ambos|Ambas|Entrambi|Entrambe)(?![\p{L}])|^(?:どちらも|いずれも|両者|両方|両規格|两者|兩者|二者|这两|這兩)/iu;

/** Candidates of one entity, in the order the mention listed them. */
export type Referent = readonly Candidate[];

const SUBJECT_KINDS: EntityKind[] = ['Standard', 'Certification', 'Authority'];
const LIST_MARKER = /^\s*(?:[-*]|\d+[.)])\s+/;
const CLAUSE_BREAK = /[,;:，、；：]/gu;
/** At most this many words (Han characters count one each) may come before a subject in its clause. */
const MAX_LEAD = { words: 4, han: 6 };
const WORDS = /[\p{Script=Han}]|[\p{L}\p{N}]+/gu;

/** A sentence adverb or a date before the reference: "In addition, it …", "Since April 2020, the scheme …", "此外，它…". */
const CONNECTIVE =
  /^(?:[\p{L}’']+\s+){0,1}[\p{L}’']+\s*,\s+|^\p{Script=Han}{1,4}[，、]\s*|^(?:In|Since|From|As\s+of|Seit|Ab|Depuis|Dès|En)\s+(?:\p{L}+\s+)?\p{N}{4}\s*,\s+/u;

const eligible = (m: Mention) => m.candidates.some((c) => SUBJECT_KINDS.includes(c.kind));

/** The sentence from where a reference would stand: without a list marker or a leading connective. */
export function opening(text: string): string {
  const t = text.replace(LIST_MARKER, '');
  const rest = t.replace(CONNECTIVE, '');
  return rest === t ? t : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** True when the sentence may lean on an earlier entity for a missing argument. */
export function refersBack(text: string, lang: string): boolean {
  if (PLURAL_REFERENCE.test(opening(text))) return false;
  const selfRef = SELF_REFERENCE[lang] ?? (lang === 'en' ? null : /^/);
  const o = opening(text);
  return (
    !!selfRef?.test(o) ||
    !!DOCUMENT_REFERENCE[lang]?.test(o) ||
    leansOnDescribed(lang, o) ||
    (lang === 'ja' && !/[はが]/.test(text.slice(0, 12)))
  );
}

/**
 * The kind an explicit self-reference can point to: a standard for "the standard", any kind for a
 * bare pronoun, a certification for the other scheme nouns; `undefined` when the sentence opens with
 * no explicit reference (a zero subject, or a language without a list of references).
 */
function referenceKind(text: string, lang: string): EntityKind | null | undefined {
  const t = opening(text);
  if (BODY_REFERENCE[lang]?.test(t) && SELF_REFERENCE[lang]?.test(t)) return 'Authority';
  if (STANDARD_REFERENCE[lang]?.test(t) || DOCUMENT_REFERENCE[lang]?.test(t)) return 'Standard';
  if (PRONOUN_REFERENCE[lang]?.test(t)) return null;
  if (SELF_REFERENCE[lang]?.test(t)) return 'Certification';
  return undefined;
}

/** Japanese and Korean: the entity marked as topic (は, 은/는), else as subject (が, 이/가). */
function markedSubject(text: string, mentions: Mention[], lang: string): Mention | null {
  const [topic, subject] =
    lang === 'ko'
      ? [/^\s*[)）]?\s*(?:은|는)/u, /^\s*[)）]?\s*(?:이|가)/u]
      : [/^\s*[)）]?\s*(?:の[^\s、。はがのも]{1,10})?\s*は(?!じ)/u, /^\s*[)）]?\s*が/u];
  for (const marker of [topic, subject])
    for (const m of mentions) if (eligible(m) && marker.test(text.slice(m.end))) return m;
  return null;
}

/** A spelled-out name before its bracketed acronym: capitalised words and the connectors inside names. */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}-]*|of|for|the|and|an|die|der|das|des|für|und|de|la|le|les|du|et)`;
const NAME_BEFORE_BRACKET = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${NAME_WORD}\s+)*${NAME_WORD}\s*[(（]\s*$`, 'u');

/** Words before a name; a spelled-out name right before its acronym ("The X Alliance (XA)") is no lead. */
function lead(text: string): number {
  return (text.replace(NAME_BEFORE_BRACKET, '').match(WORDS) ?? []).length;
}

/**
 * The named subject of a sentence: its first Standard, Certification or Authority mention when only
 * a few words come before it in its clause. A clause that only sets the scene ("Like ISO/IEC 27017,",
 * "In Japan,") is passed over.
 */
export function namedSubject(text: string, mentions: Mention[], lang: string): Mention | null {
  if (lang === 'ja' || lang === 'ko') return markedSubject(text, mentions, lang);
  const breaks = [...text.matchAll(CLAUSE_BREAK)].map((b) => b.index ?? 0);
  const max = lang.startsWith('zh') ? MAX_LEAD.han : MAX_LEAD.words;
  for (const m of mentions) {
    if (!eligible(m)) continue;
    const from = Math.max(-1, ...breaks.filter((b) => b < m.start)) + 1;
    const to = breaks.find((b) => b >= m.end);
    const before = lead(text.slice(from, m.start));
    if (before > max) return null;
    if (before > 0 && to !== undefined) {
      // The rest of the clause holds nothing but other names and a conjunction: a scene-setter.
      let rest = text.slice(m.end, to);
      for (const o of mentions) if (o.start >= m.end && o.end <= to) rest = rest.replace(o.surface, ' ');
      if (lead(rest) <= 1) continue;
    }
    return m;
  }
  return null;
}

/** The distinct Standards a sentence names, other than the described certification's. */
function standardsIn(mentions: Mention[], described: Candidate): Candidate[] {
  const out: Candidate[] = [];
  for (const m of mentions) {
    if (m.candidates.some((c) => c.id === described.id)) continue;
    const c = m.candidates.find((x) => x.kind === 'Standard');
    if (c && !out.some((x) => x.id === c.id)) out.push(c);
  }
  return out;
}

/** Nouns for the parts of a scheme's own content: "The requirements", "Die Anforderungen", "Les exigences". */
const PARTS =
  /^(?:requirements|controls|criteria|anforderungen|kriterien|exigences|critères|requisitos|requisiti|critérios|criterios)$/u;

/** What a sentence's relations may lean on besides its referent. */
export interface DiscourseContext {
  /** The named subject of the sentence before in the paragraph (what an object pronoun may mean), or null. */
  previous: Referent | null;
  /** The described certification, as what a sentence opening with its parts ("The requirements …") is based on. */
  basis: Referent | null;
}

/** Follows the subjects of one paragraph's sentences, in order. */
export class Discourse {
  private carried: Referent | null = null;
  /** The Standards the sentence before named, when it had a subject a reference may carry. */
  private standards: Candidate[] = [];

  constructor(
    private readonly lang: string,
    private readonly described: Candidate,
    /** Standards the described certification's name carries: what "the standard" means without antecedent. */
    private readonly describedStandards: Candidate[],
  ) {}

  /** A new paragraph: nothing carries into it. */
  reset(): void {
    this.carried = null;
    this.standards = [];
  }

  /**
   * What a reference in this sentence points to (the described certification when it has no
   * reference or nothing fits), whether it has one, and its context (see DiscourseContext). Then
   * remembers this sentence's subject.
   */
  next(text: string, mentions: Mention[]): { referent: Referent; refers: boolean; context: DiscourseContext } {
    const previous = this.carried;
    const refers = refersBack(text, this.lang);
    const kind = referenceKind(text, this.lang);
    // Languages without a list of references (every sentence "refers") keep the described certification.
    const leans = refers && (kind !== undefined || this.lang === 'ja');
    const fits = (r: Referent | null) => !!r && (kind == null || r.some((c) => c.kind === kind));
    let referent: Referent = [this.described];
    const o = opening(text);
    const doc = leans && !!DOCUMENT_REFERENCE[this.lang]?.test(o);
    const noun = doc ? documentNoun(o, this.lang).slice(0, 6) : '';
    // "C5 is based on … The catalogue also draws on …": the scheme the noun is part of the name of.
    const own =
      noun.length >= 4
        ? [...(this.carried ?? []), this.described].find(
            (c) => c.kind === 'Certification' && c.name.toLowerCase().includes(noun),
          )
        : undefined;
    const earlier = leans && kind === 'Standard' && !own ? this.earlierStandard(noun) : null;
    if (leans && fits(this.carried)) referent = this.carried as Referent;
    else if (own) referent = [own];
    else if (earlier) referent = [earlier];
    else if (kind === 'Standard' && this.describedStandards.length === 1) referent = this.describedStandards;
    // A body noun with nothing before it to mean is no reference to the described scheme.
    else if (kind === 'Authority') referent = [];
    // A document noun no other list reads as a reference ("The requirements …") means nothing without antecedent.
    else if (doc && !SELF_REFERENCE[this.lang]?.test(o)) referent = [];
    // …but the scheme's own parts opening a paragraph, or after a sentence about the described, have its basis.
    const about = !previous || previous.some((c) => c.id === this.described.id);
    const basis =
      doc && referent.length === 0 && about && PARTS.test(documentNoun(o, this.lang)) ? [this.described] : null;
    const named = kind === undefined ? namedSubject(text, mentions, this.lang) : null;
    this.carried = kind !== undefined ? referent : (named?.candidates ?? (leans ? referent : null));
    this.standards = this.carried ? standardsIn(mentions, this.described) : [];
    return { referent, refers, context: { previous, basis } };
  }

  /**
   * The Standard a document noun ("The catalogue …") means when the subject before was no standard:
   * the one Standard the sentence before named, or the one of them its name calls by that noun.
   */
  private earlierStandard(noun: string): Candidate | null {
    if (this.standards.length <= 1) return this.standards[0] ?? null;
    const byNoun = noun.length >= 4 ? this.standards.filter((c) => c.name.toLowerCase().includes(noun)) : [];
    return byNoun.length === 1 ? (byNoun[0] as Candidate) : null;
  }
}

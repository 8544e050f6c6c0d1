/**
 * How two adjacent names in a sentence are linked: by a section designation ("SSAE 18, section
 * AT-C 205"), by a genitive ("the ASB of the AICPA", "AICPA の ASB"), or through an unknown full name
 * of the second ("…(ISO) und der Internationalen Elektrotechnischen Kommission (IEC)"). Contracts:
 * each test looks only at the text between the two names (and, for brackets, the character after
 * the second); none finds mentions.
 */
import type { Mention } from './matcher.ts';

/**
 * The text linking two adjacent names; when the second is an acronym in brackets after a full name
 * the matcher does not know ("ISO) und der Internationalen Elektrotechnischen Kommission (IEC"),
 * that full name (from its first capitalised word) and the brackets are left out.
 */
export function bracketedGap(text: string, a: Mention, b: Mention): string {
  const gap = text.slice(a.end, b.start);
  if (!/^\s*[)）]/.test(text.slice(b.end))) return gap;
  const inner = gap.replace(/\p{Lu}[\p{L}'’.-]*(?:,?\s+[\p{L}'’.-]+){0,7}\s*[(（]\s*$/u, '');
  return inner === gap ? gap : inner.replace(/^\s*[)）]/, '');
}

/** "SSAE 18, specifically the section AT-C 320": a named part of the name before it, read with it. */
export const SECTION_OF =
  /^\s*,?\s*(?:(?:specifically|namely|in\s+particular|genauer|insbesondere|plus\s+précisément|notamment)\s+)?(?:in\s+)?(?:the\s+|der\s+|la\s+|le\s+)?(?:section|Abschnitt|clause|Klausel)\s*$/iu;

/** "SSAE 18 の AT-C 205", "SSAE 18 のうち AT-C 320", "SSAE 18 中关于检查业务的 AT-C 205": a part of a standard. */
const PART_OF_STANDARD = /^\s*[)）]?\s*(?:の(?:うち)?|中(?:关于[^，。；、]{0,16}的|關於[^，。；、]{0,16}的|的)?)\s*$/u;

/** True when the link between two standards names the second as a section of the first. */
export function sectionOf(gap: string, a: Mention, b: Mention): boolean {
  if (SECTION_OF.test(gap)) return true;
  const standard = (m: Mention) => m.candidates.some((c) => c.kind === 'Standard');
  return PART_OF_STANDARD.test(gap) && standard(a) && standard(b);
}

/**
 * "a SOC 2 examination extended with the CCM", "eine SOC 2-Prüfung …, ergänzt um die CCM", "un examen
 * SOC 2 complété par la CCM", "SOC 2 检查，并在此基础上加入 CCM": the second name is added to the first.
 */
const SUPPLEMENT =
  /^(?:[\s-]+[\p{L}\p{N}'’]+){0,6}\s*[,，]?\s*(?:(?:(?:extended|supplemented|complemented)\s+(?:with|by)|(?:examinations?|audits?|assessments?|certifications?)\s+with)\s+(?:the\s+)?|(?:ergänzt|erweitert)\s+(?:um|durch|mit)\s+(?:die|den|das)?|(?:complétée?s?|étendue?s?|enrichie?s?)\s+(?:par|avec|de)\s+(?:la\s+|le\s+|les\s+|l['’])?|(?:并|並)?(?:在此基础上|在此基礎上)?(?:加入|增加|补充|補充))\s*$/iu;

/** True when the link between two names adds the second to the first (both are what a scheme builds on). */
export function supplements(gap: string): boolean {
  return SUPPLEMENT.test(gap);
}

/** "the ASB of the AICPA": the name after the link only qualifies the one before it. */
export const GENITIVE_BEFORE =
  /^\s*(?:(?:of|der|des|du|de|del|di|dello|della|dei|degli|delle|do|da|dos|das)(?:\s+(?:the|la|le|el|los|las|o|a|os|as))?|d['’]|dell['’]|de\s+l['’])\s*$/iu;
/** "AICPA 下属的 ASB", "AICPA の ASB": the name before the link only qualifies the one after it. */
export const GENITIVE_AFTER = /^\s*(?:下属的|下屬的|的|の)\s*$/u;

/** "bodies that are members of the IAF", "membres du Forum … (IAF)": the name is what the agent belongs to. */
const MEMBER_BEFORE =
  /(?<![\p{L}])(?:members?\s+of|membres?\s+d[eu'’]|Mitglied(?:er)?\s+(?:des|der|von|im)|miembros?\s+de)(?![\p{L}])/iu;
/** "IAF 成员中的…", "IAF の会員である…": the same after the name. */
const MEMBER_AFTER = /^\s*[)）]?\s*(?:的\s*)?(?:成员|成員|会员|會員|の\s*(?:会員|加盟|メンバー)|に加盟)/u;

/**
 * True when the name after a cue (`gap` before it, `after` following it) only names the group its
 * agent is a member of, so it is not the agent.
 */
export function memberOnly(gap: string, after: string): boolean {
  return MEMBER_BEFORE.test(gap) || MEMBER_AFTER.test(after);
}

/** After a name used as a modifier ("the ISO technical committee on …, "): a descriptive phrase and a comma. */
const MODIFIER_THEN_APPOSITION = /^\s+\p{Ll}[^.;:()、。，]{0,60}?,\s*(?:the\s+)?$/u;

/**
 * The mention an agent after a cue really is: when the first one only modifies a description that a
 * name in apposition follows ("by the ISO technical committee on security and resilience, ISO/TC
 * 292"), that name's index; else `idx` (always for a name right after a colon).
 */
export function appositiveAgent(text: string, mentions: Mention[], idx: number, ok: (m: Mention) => boolean): number {
  const m = mentions[idx];
  const next = mentions[idx + 1];
  if (!m || !next || !ok(next)) return idx;
  // "three standards: A for x, B for y, and C": the first item of a list a colon opens, with its gloss.
  if (/:\s*$/.test(text.slice(0, m.start))) return idx;
  return MODIFIER_THEN_APPOSITION.test(text.slice(m.end, next.start)) ? idx + 1 : idx;
}

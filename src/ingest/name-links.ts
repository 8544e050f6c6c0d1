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

/** "the ASB of the AICPA": the name after the link only qualifies the one before it. */
export const GENITIVE_BEFORE = /^\s*(?:of|der|des|du|de|d['’])(?:\s+(?:the|la|le|l['’]))?\s*$/iu;
/** "AICPA 下属的 ASB", "AICPA の ASB": the name before the link only qualifies the one after it. */
export const GENITIVE_AFTER = /^\s*(?:下属的|下屬的|的|の)\s*$/u;

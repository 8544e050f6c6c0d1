/**
 * BASED_ON read from designations rather than from a cue. A certification whose name carries a
 * standard's designation ("ISO/IEC 27001 certification", "ISO/IEC 27001 認証", "NIST SP 800-171
 * assessment", "MTCS SS 584") is based on that standard. Contracts: only the article's described
 * certification gets this relationship (a certification named in passing in another article is no
 * evidence of its basis); the evidence is a sentence that names it that way, or a sentence that ties a standard its own name carries to certification ("certified against ISO
 * 22301", "Zertifizierung nach ISO/IEC 27001", "ISO 22301 の認証"); questions and negated ties are no
 * evidence. A certification is never based on a standard its name does not carry.
 */

import type { CertificationOf } from './basis-guard.ts';
import { NEGATION, QUESTION } from './cues.ts';
import type { Lexicon } from './lexicon.ts';
import type { Candidate, Matcher, Mention } from './matcher.ts';
import type { FoundRelation } from './relations.ts';

/**
 * Words that, right before a standard's designation, make it name a certification against that
 * standard: "certified against ISO 22301", "Zertifizierung nach ISO/IEC 27001", "certification ISO/IEC
 * 27001". Anchored at the end of the text before the designation.
 */
const CERTIFIED_BEFORE =
  /(?<![\p{L}])(?:certified|certifications?|certificates?|zertifiziert|Zertifizierung(?:en)?|Zertifikate?|certifi[ée]e?s?|certificats?|certificad[oa]s?|certificaci[óo]n|certificazion[ei]|certificat[oi]|certifica[çc][ãa]o)\s+(?:(?:against|to|for|under|according\s+to|nach|gemäß|selon|según|secondo|segundo)\s+)?(?:(?:the|der|die|la|l['’]|el|a)\s*)?(?:(?:norme|norma|Norm|standard)\s+)?$/iu;

/** The same, right after the designation: "ISO/IEC 27001 certification", "…-Zertifizierung", "… の認証", "…认证". */
const CERTIFIED_AFTER =
  /^\s*(?:[-‐‑]\s*)?(?:certified|certifications?|certificates?|Zertifizierung(?:en)?|Zertifikate?|(?:の\s*)?認証|认证|認證|인증)/iu;

/** A capitalised word joined to a name by a blank or a hyphen: the name goes on into a longer one. */
const NAME_GOES_ON_BEFORE = /\p{Lu}[\p{L}'’]*[ \t-]$/u;
const NAME_GOES_ON_AFTER = /^[ \t-]\p{Lu}/u;

/**
 * Standards whose designation (or another of their names) occurs inside `name`. A standard named by
 * words alone is not carried by a longer proper name it is only a part of: "New Zealand Information
 * Security Manual" is another manual than the "Information Security Manual".
 */
export function carriedStandards(name: string, matcher: Matcher): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matcher.find(name, 'Standard')) {
    const words = !/\p{N}/u.test(m.surface);
    if (words && (NAME_GOES_ON_BEFORE.test(name.slice(0, m.start)) || NAME_GOES_ON_AFTER.test(name.slice(m.end))))
      continue;
    for (const c of m.candidates) if (!out.some((x) => x.id === c.id)) out.push(c);
  }
  return out;
}

function tiedToCertification(text: string, m: Mention): boolean {
  const before = text.slice(0, m.start);
  const cue = CERTIFIED_BEFORE.exec(before);
  if (cue) return !NEGATION.test(before.slice(Math.max(0, cue.index - 12), cue.index));
  const after = CERTIFIED_AFTER.exec(text.slice(m.end));
  if (!after) return false;
  const end = m.end + after[0].length;
  return !NEGATION.test(text.slice(end, end + 12)) && !NEGATION.test(before.slice(-12));
}

/**
 * The certification a standard's designation names where certification words tie it to one ("a
 * certification to ISO/IEC 27001", "einer Zertifizierung nach ISO/IEC 27001"); null otherwise.
 */
export function certifiedAs(text: string, m: Mention, certificationOf: CertificationOf): Candidate | null {
  const std = m.candidates.find((c) => c.kind === 'Standard');
  return std && tiedToCertification(text, m) ? certificationOf(std) : null;
}

/**
 * BASED_ON relations one sentence gives by designation. `describedStandards` are the standards the
 * described certification's names carry.
 */
export function designationBasis(
  text: string,
  mentions: Mention[],
  matcher: Matcher,
  described: Candidate,
  describedStandards: Candidate[],
): FoundRelation[] {
  if (QUESTION.test(text)) return [];
  const out: FoundRelation[] = [];
  for (const m of mentions) {
    if (m.candidates.some((c) => c.kind === 'Standard')) {
      const std = m.candidates.find((c) => describedStandards.some((d) => d.id === c.id));
      if (std && tiedToCertification(text, m)) out.push({ type: 'BASED_ON', start: described, end: std });
      continue;
    }
    // Another certification named in passing ("an ISO/IEC 27001 certificate") is no evidence of its basis.
    const cert = m.candidates.find((c) => c.kind === 'Certification');
    if (cert?.id !== described.id) continue;
    for (const std of carriedStandards(m.surface, matcher)) out.push({ type: 'BASED_ON', start: cert, end: std });
  }
  return out;
}

const issuedAgainst = new WeakMap<Lexicon, Map<string, Candidate | null>>();

/**
 * The lexicon certification issued against `standard`: the one certification whose name carries that
 * standard and no other ("ISO/IEC 27017 certification" for ISO/IEC 27017); null when none or several.
 */
export function certificationOf(lexicon: Lexicon | null, matcher: Matcher): CertificationOf {
  if (!lexicon) return () => null;
  let map = issuedAgainst.get(lexicon);
  if (!map) {
    const found = new Map<string, Candidate | null>();
    for (const e of lexicon.entries) {
      if (e.kind !== 'Certification') continue;
      const carried = carriedStandards(e.name, matcher);
      if (carried.length !== 1) continue;
      const id = (carried[0] as Candidate).id;
      found.set(id, found.has(id) ? null : { id: e.id, kind: 'Certification', name: e.name });
    }
    map = found;
    issuedAgainst.set(lexicon, map);
  }
  const known = map;
  return (standard) => known.get(standard.id) ?? null;
}

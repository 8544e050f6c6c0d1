/**
 * BASED_ON read from designations rather than from a cue. A certification whose name carries a
 * standard's designation ("ISO/IEC 27001 certification", "ISO/IEC 27001 認証", "NIST SP 800-171
 * assessment", "MTCS SS 584") is based on that standard. Contracts: the evidence is a sentence that
 * names the certification that way, or — for the article's described certification only — a
 * sentence that ties a standard its own name carries to certification ("certified against ISO
 * 22301", "Zertifizierung nach ISO/IEC 27001", "ISO 22301 の認証"); questions and negated ties are no
 * evidence. A certification is never based on a standard its name does not carry.
 */
import { CERTIFIED_AFTER, CERTIFIED_BEFORE, NEGATION, QUESTION } from './cues.ts';
import type { Candidate, Matcher, Mention } from './matcher.ts';
import type { FoundRelation } from './relations.ts';

/** Standards whose designation (or another of their names) occurs inside `name`. */
export function carriedStandards(name: string, matcher: Matcher): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matcher.find(name, 'Standard'))
    for (const c of m.candidates) if (!out.some((x) => x.id === c.id)) out.push(c);
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
    const cert = m.candidates.find((c) => c.kind === 'Certification');
    if (!cert) continue;
    for (const std of carriedStandards(m.surface, matcher)) out.push({ type: 'BASED_ON', start: cert, end: std });
  }
  return out;
}

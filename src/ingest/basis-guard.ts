/**
 * Sense checks on a BASED_ON pair read from a cue, before it becomes a relationship. Contracts:
 * - a standard is based only on standards: when the derived side is a standard, the base is the
 *   base mention's standard reading, and a base with no standard reading gives no relationship
 *   (a sentence naming a standard next to a certification or a law states no lineage between them);
 * - a base reached through a generic legal noun between it and the cue ("on the basis of laws such
 *   as the GDPR", "GDPR などの法令に基づいて") is a base only when it is a standard: acting under a
 *   law is not being derived from it;
 * - a standard designation derived from a base that is only a certification reads as the
 *   certification issued against that standard, when there is exactly one.
 */
import { certifiedAs } from './designation-basis.ts';
import type { Candidate, Mention } from './matcher.ts';

/**
 * Generic legal nouns: between a lineage cue and its base they make the phrase mean "under the law"
 * ("based on applicable laws such as …", "法令に基づいて", "auf Grundlage der Gesetze …").
 */
const LEGAL_NOUN =
  /(?<![\p{L}])(?:laws?|acts?|legislation|regulations?|statutes?|legal|Gesetz\w*|Rechtsvorschrift\w*|Verordnung\w*|lois?|législation|règlements?|réglementation|leyes|ley|legislación|normativas?|reglamentación|leggi|legge|normative?|leis?|legislação|regulamentação|disposiciones|disposizioni|disposições)(?![\p{L}])|法令|法律|法規|法規制|条例|法律法规|法规|법령|법률|법규|관련\s*법/iu;

/** The base `derived` may be BASED_ON, read from `base`; `gap` is the text between the cue and the base. */
export function basisFor(base: { m: Mention; c: Candidate }, derived: Candidate, gap: string): Candidate | null {
  const standard = base.c.kind === 'Standard' ? base.c : base.m.candidates.find((c) => c.kind === 'Standard');
  if (derived.kind === 'Standard' || LEGAL_NOUN.test(gap)) return standard ?? null;
  return base.c;
}

/** The certification issued against a standard (named after it), if there is exactly one. */
export type CertificationOf = (standard: Candidate) => Candidate | null;

/**
 * "X certification underpins certifications such as ISO/IEC 27017": when the base is only a
 * certification, a derived standard designation names the certification issued against it.
 */
export function certificationReading(
  base: { m: Mention },
  derived: Candidate,
  certificationOf: CertificationOf,
): Candidate {
  if (derived.kind !== 'Standard' || base.m.candidates.some((c) => c.kind !== 'Certification')) return derived;
  return certificationOf(derived) ?? derived;
}

/**
 * The base and the derived side of a BASED_ON pair read from a cue: `found` is the cue's agent (the
 * base, or for an inverted cue the derived side) and `named` its patient; null when the checks above
 * reject the pair. A base designation tied to certification words reads as that certification.
 */
export function lineagePair(
  text: string,
  found: { m: Mention; c: Candidate },
  named: Candidate,
  invert: boolean | undefined,
  gap: string,
  certificationOf: CertificationOf,
): { base: Candidate; derived: Candidate } | null {
  // Only where the derived side can be a certification too: a standard stays based on a standard.
  const derivesCert = named.kind === 'Certification' || certificationOf(named) !== null;
  const cert = invert || !derivesCert ? null : certifiedAs(text, found.m, certificationOf);
  const base = invert
    ? { m: { ...found.m, candidates: [named] }, c: named }
    : cert
      ? { m: { ...found.m, candidates: [cert] }, c: cert }
      : found;
  const derived = certificationReading(base, invert ? found.c : named, certificationOf);
  const b = basisFor(base, derived, gap);
  return b ? { base: b, derived } : null;
}

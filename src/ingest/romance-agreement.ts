/**
 * Spanish, Portuguese and Italian participles agree in number with the noun they describe. A plural
 * passive participle right after a common noun ("cláusulas contratuais aprovadas pela ANPD",
 * "certificados emitidos por", "requisiti fissati dal") is a reduced relative clause on that noun:
 * its patient is the noun, not a single name earlier in the sentence nor the referent.
 */

/** Plural participle endings: -ados/-idas/-tos/-sas (es, pt), -ati/-ite/-ti (it). */
const PLURAL: Record<string, RegExp> = {
  es: /^\p{L}{3,}(?:os|as)$/u,
  pt: /^\p{L}{3,}(?:os|as)$/u,
  it: /^\p{L}{3,}(?:[aiu]ti|[aiu]te|ssi|sse|tti|tte)$/u,
};

/** Auxiliaries and copulas before a passive participle: the clause's subject is its patient. */
const AUXILIARY =
  /^(?:es|son|fue|fueron|era|eran|está|están|estaban|sido|siendo|será|serán|é|são|foi|foram|era|eram|está|estão|estavam|sido|sendo|será|serão|è|sono|fu|furono|era|erano|sta|stanno|stato|stati|state|stata|viene|vengono|venne|vennero|sarà|saranno|ha|han|hanno|resta|restano|resultan|resultam|risultano|quedan|ficam|también|ya|já|anche|già)$/iu;

/**
 * Certification bodies a participle describes ("entidades de certificación acreditadas por X"): their
 * accreditation is for the scheme the sentence names, so the participle keeps its patient.
 */
const CERTIFIERS =
  /(?:entidades|organismos|organismi|enti)\s+(?:de|di)\s+(?:certificación|certificação|certificazione)\s+$/iu;

/**
 * True when the cue's participle is plural and follows a lowercase word that is no auxiliary, other
 * than certification bodies.
 */
export function reducedPluralRelative(lang: string, text: string, cueStart: number, cue: string): boolean {
  const plural = PLURAL[lang];
  const participle = /^\p{L}+/u.exec(cue)?.[0];
  if (!plural || !participle || !plural.test(participle)) return false;
  const window = text.slice(Math.max(0, cueStart - 60), cueStart);
  if (CERTIFIERS.test(window)) return false;
  const before = /(\p{L}+)\s+$/u.exec(window)?.[1];
  return !!before && /^\p{Ll}/u.test(before) && !AUXILIARY.test(before);
}

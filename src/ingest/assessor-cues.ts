/**
 * ACCREDITS cues for a body approving the assessors of a scheme, per language: accrediting,
 * licensing, approving or qualifying the bodies that certify or audit against the scheme accredits
 * for the scheme ("IASME licenses the certification bodies", "assessors must be approved by X",
 * "Auditoren, die das BSI zertifiziert hat", "organismes certificateurs accrédités par le COFRAC"),
 * and a body named as the scheme's certification body ("Zertifizierungsstelle ist das BSI"). The
 * assessors are a noun that refers back, so the patient is 'self': a scheme named before the cue,
 * else the sentence's referent. An English assessor inside a phrase about another name ("audits by
 * an X-approved auditor", "an assessment by an auditor approved by X") is no cue: the name before
 * it is the object of another clause, often a tier rather than the scheme.
 */
import { B, type Cue, c, E } from './cue-pattern.ts';

/** Bodies or people that certify, audit or assess against a scheme (singular or plural). */
const ASSESSORS = String.raw`(?:(?:certification|certifying|conformity\s+assessment|audit|assessment|inspection|third[-\s]party\s+assessment)\s+(?:bod(?:y|ies)|organi[sz]ations?|firms?|providers?)|audit\s+providers?|auditors?|assessors?|\p{Lu}?3PAOs?)(?:\s+\([^()]{1,12}\))?`;

/** Participles of approving an assessor. */
const APPROVED = '(?:accredited|licen[cs]ed|approved|authori[sz]ed|qualified|recogni[sz]ed)';
const APPROVES = '(?:accredits|licen[cs]es|approves|authori[sz]es|qualifies)';
/**
 * A passive auxiliary, with a modal ("must be", "have to be"). Not a reduced relative clause ("an
 * assessment by an auditor approved by X"): its assessor belongs to a clause about another name.
 */
const AUX = String.raw`(?:(?:that|which|who)\s+)?(?:is|are|must\s+be|shall\s+be|(?:has|have|need|needs)\s+to\s+be)\s+(?:(?:also|each|all|first)\s+)?`;

const EN: Cue[] = [
  c('ACCREDITS', `${B}${ASSESSORS}\\s+${AUX}${APPROVED}\\s+by${E}`, 'after', 'self'),
  // "X licenses the certification bodies that assess applicants", "X authorizes and accredits the C3PAOs".
  c('ACCREDITS', `${B}${APPROVES}\\s+(?:the\\s+|all\\s+|its\\s+)?${ASSESSORS}`, 'before', 'self'),
];

const DE_ASSESSORS =
  '(?:Zertifizierungsstellen|Zertifizierungsgesellschaften|Prüfgesellschaften|Prüfstellen|Auditor(?:inn)?en|Prüfer(?:innen)?|Gutachter(?:innen)?)';
const DE_APPROVED = '(?:akkreditiert|zugelassen|anerkannt|lizenziert|zertifiziert)';

const DE: Cue[] = [
  // "Auditorinnen und Auditoren, die das BSI nach einer Prüfung zertifiziert hat".
  c(
    'ACCREDITS',
    `(?<=${B}${DE_ASSESSORS})\\s*,\\s*(?:die|welche)${E}(?=[^,.;]{1,80}?${B}${DE_APPROVED}\\s*(?:hat|haben|hatte|hatten)?\\s*(?:[,.;]|$))`,
    'after',
    'self',
  ),
  // "Zertifizierungsstellen werden von der DAkkS zugelassen".
  c(
    'ACCREDITS',
    `${B}${DE_ASSESSORS}${E}(?=\\s+(?:(?:werden|wird|müssen|muss)\\s+)?(?:von|vom|durch)${E}[^.;]{0,120}?${B}${DE_APPROVED}${E})`,
    'after',
    'self',
  ),
  // "Zertifizierungsstelle ist das BSI selbst": the body named as the scheme's certification body.
  c(
    'ACCREDITS',
    `^(?:Zertifizierungsstelle|Akkreditierungsstelle|Zulassungsstelle)\\s+(?:ist|war)${E}`,
    'after',
    'self',
  ),
];

const FR_ASSESSORS = String.raw`(?:organismes?\s+(?:certificateurs?|de\s+certification|d['’]audit|d['’][ée]valuation|d['’]inspection)|auditeurs?|[ée]valuateurs?|prestataires?\s+d['’](?:audit|[ée]valuation))(?:\s+\([^()]{1,12}\))?`;
const FR_APPROVED = '(?:accr[ée]dit|agr[ée]|qualifi|habilit|reconnu)(?:[ée]e?s?|e?s?)';

const FR: Cue[] = [
  // "des organismes certificateurs accrédités par le COFRAC", "les auditeurs doivent être qualifiés par".
  c(
    'ACCREDITS',
    `${B}${FR_ASSESSORS}\\s+(?:(?:qui\\s+)?(?:sont|est|doivent\\s+être|doit\\s+être)\\s+)?${FR_APPROVED}\\s+par${E}`,
    'after',
    'self',
  ),
];

export const ASSESSOR_CUES: Record<string, Cue[]> = { en: EN, de: DE, fr: FR };

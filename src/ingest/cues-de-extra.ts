/**
 * German relation cues for ordinary prose the tables in cues.ts, order-cues.ts and role-cues.ts do
 * not cover: active verbs in either word order ("Das BSI gibt den C5 heraus", "Die Testate erteilt
 * das BSI"), relative clauses around a name ("der C5, den das BSI 2016 veröffentlicht hat"), a
 * fronted participle with "hat" ("Veröffentlicht hat ihn das BSI"), "seitens", "X ist für Y
 * zuständig", "X ist eine Einrichtung des Y" and further BASED_ON verbs ("orientiert sich an",
 * "konkretisiert"). Same shape and reading as cues.ts; the entity kinds of agent and patient decide
 * which name is which when the word order does not.
 */
import { B, type Cue, c, cs, E } from './cue-pattern.ts';

/** Finite verbs (present and past, singular and plural) of publishing, ending a clause or not. */
const PUBLISH_FINITE =
  '(?:veröffentlicht(?:e|en)?|veröffentlichen|entwickelt(?:e|en)?|entwickeln|erarbeitet(?:e|en)?|erarbeiten|pflegt(?:e|en)?|pflegen|verabschiedet(?:e|en)?|verabschieden)';
/** Finite verbs of running or granting a scheme. */
const OPERATE_FINITE =
  '(?:betreibt|betreiben|betrieb|betrieben|verwaltet(?:e|en)?|verwalten|vergibt|vergeben|vergab|vergaben|erteilt(?:e|en)?|erteilen)';
const FOUND_FINITE = '(?:gründete|gründeten|gründet|gründen|errichtete|errichteten|schuf|schufen)';

/** Separable verbs: the finite part, then the particle closing the clause. */
const separable = (finite: string, particle: string) =>
  String.raw`${B}${finite}${E}(?=[^.;,]{1,80}?${B}${particle}${E}\s*(?:[.;,]|$))`;

/** Not in a passive clause: no passive auxiliary earlier in the sentence part before the verb. */
const NOT_PASSIVE = String.raw`(?<!(?<![\p{L}])(?:wurden?|wird|werden|worden|ist|sind|war|waren)(?![\p{L}])[^.;,]{0,80})`;
/** Not an attributive participle ("das 2016 veröffentlichte Rahmenwerk"): no common noun right after. */
const NOT_ATTRIBUTIVE = String.raw`(?!\s+\p{Lu}\p{Ll}{2,}(?![\p{L}\p{N}-]*\s*[(]))`;
/** An object with "nach"/"gemäß" ("vergibt Zertifikate nach ISO/IEC 27001") names a basis, not the scheme run. */
const NO_BASIS_OBJECT = String.raw`(?!\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:nach|gemäß)${E})`;

/** No negation right after the verb or its object: "vergibt den C5 nicht". */
const NOT_NEGATED = `(?![^.;,]{0,40}?${B}(?:nicht|nie|keine[nmrs]?)${E})`;

/** A finite active verb in a main clause: subject before and object after, or object before and subject after. */
const active = (verbs: string, guard = '') =>
  `${B}${verbs}${E}(?<!,\\s*\\p{L}+)${NOT_PASSIVE}${NOT_ATTRIBUTIVE}${NOT_NEGATED}${guard}`;

/** The relative pronoun right after a name (a capital, a digit or a bracket ends it) and its comma. */
const RELATIVE_AFTER_NAME = String.raw`(?<=[\p{Lu}\p{N})”"»])\s*,\s*(?:den|die|das|welche[nrs]?)${E}`;
/** A relative clause up to its clause-final verb (and perfect auxiliary), then a comma or the end. */
const relativeTo = (verbs: string) =>
  String.raw`${RELATIVE_AFTER_NAME}(?=[^,.;]{1,80}?${B}${verbs}${E}\s*(?:hat|haben|hatte|hatten)?\s*(?:[,.;]|$))`;

const PUBLISH_PART = '(?:veröffentlicht|herausgegeben|entwickelt|erarbeitet|gepflegt|verabschiedet)';
const OPERATE_PART = '(?:betrieben|verwaltet|vergeben|erteilt|ausgestellt)';
const FOUND_PART = '(?:gegründet|eingerichtet|geschaffen|errichtet)';

/** "Veröffentlicht hat ihn das BSI": a fronted participle, the perfect auxiliary, then names or a pronoun. */
const frontedPerfect = (words: string, self: boolean) =>
  String.raw`^(?:\*\*)?${words}\s+(?:hat|haben|hatte|hatten)${E}(?${self ? '=' : '!'}\s+(?:ihn|sie|es)${E})`;

/** The perfect auxiliary of a main clause that ends in a founding participle; the subject comes first. */
const perfectFounding = String.raw`${B}(?:hat|haben)${E}(?<=^[^.;,]{0,40})(?=[^.;,]{1,80}?${FOUND_PART}\s*(?:[.;]|$))`;

const DE: Cue[] = [
  // "Der C5 orientiert sich an ISO/IEC 27001", "lehnt sich an … an", "konkretisiert ISO/IEC 27001".
  c(
    'BASED_ON',
    `${B}(?:orientiert|orientieren|lehnt|lehnen)\\s+sich\\s+(?:(?:eng|stark|weitgehend|inhaltlich|außerdem|auch|zudem)\\s+)?an${E}`,
    'after',
  ),
  c('BASED_ON', `${B}(?:konkretisiert|konkretisieren|präzisiert|präzisieren)${E}${NOT_PASSIVE}`, 'after'),
  // "Der C5 wird seitens des BSI herausgegeben".
  c('PUBLISHES', `${B}seitens${E}(?=[^.;]{0,160}?${PUBLISH_PART})`, 'after'),
  c('ACCREDITS', `${B}seitens${E}(?=[^.;]{0,160}?${OPERATE_PART})`, 'after'),
  c('ESTABLISHED_BY', `${B}seitens${E}(?=[^.;]{0,160}?${FOUND_PART})`, 'after'),
  // "Das BSI, das den C5 herausgibt" (the antecedent acts) and "der C5, den das BSI … veröffentlicht hat".
  cs('PUBLISHES', relativeTo(`(?:${PUBLISH_FINITE}|herausgibt|herausgab|herausgegeben)`), 'before', 'after'),
  cs('PUBLISHES', relativeTo(`(?:${PUBLISH_FINITE}|herausgibt|herausgab|herausgegeben)`), 'after', 'before'),
  cs('ACCREDITS', relativeTo(`(?:${OPERATE_FINITE}|ausstellt|ausgestellt)`), 'before', 'after'),
  cs('ACCREDITS', relativeTo(`(?:${OPERATE_FINITE}|ausstellt|ausgestellt)`), 'after', 'before'),
  // "Veröffentlicht hat den C5 das BSI", "Entwickelt hat das BSI den C5", "Veröffentlicht hat ihn das BSI".
  c('PUBLISHES', frontedPerfect(PUBLISH_PART, false), 'after', 'after'),
  c('ACCREDITS', frontedPerfect(OPERATE_PART, false), 'after', 'after'),
  c('ESTABLISHED_BY', frontedPerfect(FOUND_PART, false), 'after', 'after'),
  c('PUBLISHES', frontedPerfect(PUBLISH_PART, true), 'after', 'self'),
  c('ACCREDITS', frontedPerfect(OPERATE_PART, true), 'after', 'self'),
  // "Das BMI hat das BSI gegründet", "1991 hat das BMI das BSI gegründet": subject first, then object.
  c('ESTABLISHED_BY', perfectFounding, 'before', 'after'),
  c('ESTABLISHED_BY', perfectFounding, 'after', 'after'),
  // "Das BSI gibt den C5 heraus", "Den C5 gibt das BSI heraus".
  cs('PUBLISHES', separable('(?:gibt|geben|gab|gaben)', 'heraus'), 'before', 'after'),
  cs('PUBLISHES', separable('(?:gibt|geben|gab|gaben)', 'heraus'), 'after', 'before'),
  cs('ACCREDITS', separable('(?:stellt|stellen|stellte|stellten)', 'aus'), 'before', 'after'),
  cs('ACCREDITS', separable('(?:stellt|stellen|stellte|stellten)', 'aus'), 'after', 'before'),
  // "Zertifizierungen nach C5 führt das BSI durch", "Das BSI führt die Prüfungen nach C5 durch".
  cs('ACCREDITS', separable('(?:führt|führen|führte|führten)', 'durch'), 'after', 'before'),
  cs('ACCREDITS', separable('(?:führt|führen|führte|führten)', 'durch'), 'before', 'after'),
  // "Das BSI veröffentlichte 2016 den C5", "Die Testate erteilt das BSI".
  cs('PUBLISHES', active(PUBLISH_FINITE), 'before', 'after'),
  cs('PUBLISHES', active(PUBLISH_FINITE), 'after', 'before'),
  cs('ACCREDITS', active(OPERATE_FINITE, NO_BASIS_OBJECT), 'before', 'after'),
  cs('ACCREDITS', active(OPERATE_FINITE), 'after', 'before'),
  cs('ESTABLISHED_BY', active(FOUND_FINITE), 'before', 'after'),
  // "Das BSI ist für die Zertifizierung nach C5 zuständig", "Für den C5 ist das BSI zuständig".
  c(
    'ACCREDITS',
    `${B}(?:zuständig|verantwortlich)${E}(?<=${B}für${E}[^.;,]{1,80})(?<!${B}(?:nicht|kein\\p{L}*)${E}[^.;,]{1,100})`,
    'before',
    'before',
  ),
  // "Das BSI ist eine Einrichtung des BMI" (a body set up by another; "im Geschäftsbereich des" only places it under one).
  c(
    'ESTABLISHED_BY',
    `${B}(?:ist|war)\\s+(?:eine?\\s+)?(?:\\p{L}+\\s+)?(?:Einrichtung|Gründung)\\s+(?:des|der)${E}`,
    'after',
  ),
];

export const DE_EXTRA_CUES: Record<string, Cue[]> = { de: DE };

/**
 * Relation cues for Turkish articles (see cue-pattern.ts for what a cue says). Turkish is verb-final
 * and marks roles with suffixes, written after an apostrophe on proper names ("ISO/IEC 27002'ye",
 * "CS Mark'ın"):
 * - a passive with its agent before "tarafından": "X, ISO tarafından yayımlanmıştır" (finite verb:
 *   the patient is the name before the agent) or "ISO tarafından yayımlanan X" (participle: the
 *   patient is the head noun after it);
 * - an active verb after its object: "ISO, X'i yayımlamıştır" (the agent is the body before the object);
 * - lineage through the suffixed base: "X, Y'ye dayanır" / "Y'ye dayanan X", and the reverse "Y, X'in
 *   temelini oluşturur".
 * Verb forms are listed positive only: a negated verb carries "-me/-ma" before its tense suffix, which
 * none of the forms admits ("yayımlanmamıştır").
 */
import { B, type Cue, c, E } from './cue-pattern.ts';

/** Finite third-person endings after a stem: past, reported past, aorist, continuous, with "-dır". */
const FIN = `(?:[dt][ıiuü](?:r)?|m[ıiuü]ş(?:t[ıiuü]r|d[ıiuü]r)?|[ıiuüae]?r(?:lar|ler)?|ma(?:kta|ktad[ıi]r)|me(?:kte|kted[ıi]r)|[ıiuü]?yor(?:lar)?)${E}`;
/** Participle endings after a stem, making a relative clause: "yayımlanan", "yayımlanmış". */
const PART = `(?:[ya]?an|[ye]?en|m[ıiuü]ş)${E}`;
/** The object participle of a relative clause with its possessive ending: "yayımladığı", "kurduğu". */
const RELATIVE = `[dt][ıiuü]ğ[ıiuü](?:n[ıiuü]|nda|ndan)?${E}`;
/** Up to three words (a date, an adverb) before the verb: "2015 yılında ortaklaşa". */
const GAP = String.raw`(?:[\p{L}\p{N}.]+\s+){0,3}?`;
/** A suffix on a proper name: "'ye", "'ın", "'i". */
const SUFFIX = String.raw`['’]\p{L}{1,4}`;
/** The object of an active verb: a suffixed name or a document noun with its suffix. */
const OBJECT = String.raw`(?:${SUFFIX}|\s+(?:standard|standart|çerçeve|program|şema|belge|sertifika|yönetmeli|rehber|kılavuz)\p{L}*)`;

/** Passive stems by relation. */
const PUBLISH_P = 'yay[ıi]mlan|yay[ıi]nlan|geliştiril|hazırlan|oluşturul|belirlen|çıkarıl|kabul\\s+edil|onaylan|yazıl';
const ACCREDIT_P = 'yönetil|işletil|akredite\\s+edil|sürdürül|veril|koordine\\s+edil|sahiplen';
const ESTABLISH_P = 'kurul|tesis\\s+edil|oluşturul';
const AUDIT_P = 'denetlen|değerlendiril';
/** Active stems by relation. */
const PUBLISH_A = 'yay[ıi]mla|yay[ıi]nla|geliştir|hazırla|belirle|çıkar';
const ACCREDIT_A = 'yönet|işlet|akredite\\s+ed|akredite\\s+et|sürdür';
const ESTABLISH_A = 'kur';

/** A clause that ended in a finite verb and "ve" before the cue: its subject is not this verb's. */
const AFTER_CLAUSE = String.raw`(?<!(?:d[ıiuü]r|[ıiuü]r)\s+ve\s[^.;]{0,60})`;
/** "tarafından", the verb it belongs to, and the verb's ending. */
const by = (stems: string, ending: string) => `${B}${AFTER_CLAUSE}tarafından\\s+${GAP}(?:${stems})${ending}`;
/** An object with its suffix, the verb and its ending (an active clause). */
const acts = (stems: string) => `${OBJECT}\\s+${GAP}(?:${stems})${FIN}`;

const TR: Cue[] = [
  // "ISO/IEC 27002, ISO/IEC 27017'nin temelini oluşturur": the topic is the base of the suffixed name.
  c(
    'BASED_ON',
    `${SUFFIX}\\s+(?:temelini|temeli|esasını|dayanağını)\\s+(?:oluştur|teşkil\\s+ed|teşkil\\s+et)${FIN}`,
    'before',
    'before',
    true,
  ),
  c(
    'BASED_ON',
    `(?:${SUFFIX}\\s+(?:dayan|temellen)${FIN}|${SUFFIX}\\s+dayalı(?:d[ıi]r)?${E}|\\s(?:esas|temel)\\s+al(?:ır|mıştır|maktadır|ınarak|ınmıştır|ınmaktadır)${E}|${SUFFIX}\\s+(?:genişlet|uyarla)${FIN}|${SUFFIX}\\s+(?:bir\\s+)?(?:uzantısı|genişletilmiş\\s+(?:hali|sürümü)|ulusal\\s+uyarlaması)(?:d[ıiuü]r)?${E})`,
    'before',
    'near',
  ),
  // "ISO/IEC 27002'ye dayanan ISO/IEC 27017": a relative clause, its head noun after it.
  c(
    'BASED_ON',
    `${SUFFIX}\\s+(?:dayanan|dayalı|temellenen|temel\\s+alan|esas\\s+alan|genişleten)${E}`,
    'before',
    'after',
  ),
  // "C5 denetimi ISAE 3000'e göre gerçekleştirilir": a procedure carried out under a standard.
  c(
    'BASED_ON',
    `(?:${SUFFIX})?\\s+(?:göre|uygun\\s+olarak|uyarınca)\\s+${GAP}(?:gerçekleştiril|yürütül|yapıl|hazırlan)${FIN}`,
    'before',
    'before',
  ),
  c('SUPERSEDES', `${SUFFIX}\\s+yerini\\s+al${FIN}`, 'before', 'before'),
  c('ESTABLISHED_BY', by(ESTABLISH_P, FIN), 'before', 'near'),
  c('ESTABLISHED_BY', by(ESTABLISH_P, PART), 'before', 'after'),
  c('AUDITS', by(AUDIT_P, FIN), 'before', 'near'),
  c('PUBLISHES', by(PUBLISH_P, FIN), 'before', 'near'),
  c('PUBLISHES', by(PUBLISH_P, PART), 'before', 'after'),
  c('ACCREDITS', by(ACCREDIT_P, FIN), 'before', 'near'),
  c('ACCREDITS', by(ACCREDIT_P, PART), 'before', 'after'),
  c(
    'REGULATES',
    `${SUFFIX}\\s+(?:denetimi|gözetimi|denetim\\s+ve\\s+gözetimi)\\s+altında(?:d[ıi]r)?${E}`,
    'before',
    'before',
  ),
  // "ISO'nun yayımladığı ISO/IEC 27017": the genitive agent's relative clause, its head noun after it.
  c('PUBLISHES', `${SUFFIX}\\s+${GAP}(?:${PUBLISH_A})${RELATIVE}`, 'before', 'after'),
  c('ACCREDITS', `${SUFFIX}\\s+${GAP}(?:${ACCREDIT_A})${RELATIVE}`, 'before', 'after'),
  c('ESTABLISHED_BY', `${SUFFIX}\\s+${GAP}(?:${ESTABLISH_A})${RELATIVE}`, 'before', 'after'),
  c('PUBLISHES', acts(PUBLISH_A), 'before', 'near'),
  c('ESTABLISHED_BY', acts(ESTABLISH_A), 'before', 'near'),
  c('ACCREDITS', acts(ACCREDIT_A), 'before', 'near'),
  c(
    'PART_OF',
    `${SUFFIX}\\s+(?:bir\\s+)?(?:parçası|bileşeni|seviyesi|düzeyi|kademesi|modülü|alt\\s+kümesi)(?:d[ıiuü]r)?${E}`,
    'before',
    'before',
  ),
];

export const TR_CUES: Record<string, Cue[]> = { tr: TR };

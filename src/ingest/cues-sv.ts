/**
 * Relation cues for Swedish articles (see cue-pattern.ts for what a cue says). Swedish has two
 * passives, both with the agent after "av": the s-passive ("publiceras av", "togs fram av") and the
 * participle, which agrees with its noun ("publicerad / publicerat / publicerade av", "utgiven /
 * utgivet / utgivna av"). Active verbs have their agent before and their object after ("ISO
 * publicerade X", "ISO har tagit fram X"); lineage is read in both directions ("bygger på" /
 * "ligger till grund för").
 */
import { B, type Cue, c, E } from './cue-pattern.ts';

/** Up to three words (a date, an adverb) between a verb and "av": "publicerades 2015 gemensamt av". */
const GAP = String.raw`(?:[\p{L}\p{N}]+\s+){0,3}?`;
const AV = `av${E}`;
/** Adverbs between a verb and its preposition: "bygger också på", "baseras främst på". */
const ADV = String.raw`(?:(?:också|även|främst|huvudsakligen|delvis|direkt|i\s+huvudsak|bland\s+annat)\s+)?`;

/** Participles of the weak -ad / -at / -ade kind, from their stems: "publicer" → "publicerad" … */
const WEAK = (stems: string) => `(?:${stems})(?:ad|at|ade)`;
/** The s-passive of the -a verbs, present and past: "publiceras", "publicerades". */
const S_PASSIVE = (stems: string) => `(?:${stems})(?:as|ades)`;

const PUBLISH = String.raw`(?:${WEAK('publicer|utarbet|definier|formuler')}|${S_PASSIVE('publicer|utarbet|definier|formuler')}|(?:utgiven|utgivet|utgivna|framtagen|framtaget|framtagna|utvecklad|utvecklat|utvecklade|fastställd|fastställt|fastställda|antagen|antaget|antagna|skriven|skrivet|skrivna|utformad|utformat|utformade)|(?:utvecklas|utvecklades|fastställs|fastställdes|antas|antogs|utformas|utformades)|(?:ges|gavs|tas|togs)\s+(?:ut|fram))`;
const ACCREDIT = `(?:${WEAK('ackrediter|certifier|förvalt|administrer|koordiner|auktoriser|godkänn')}|${S_PASSIVE('ackrediter|certifier|förvalt|administrer|koordiner|auktoriser')}|(?:driven|drivet|drivna|drivs|drevs|ägd|ägt|ägda|ägs|utfärdad|utfärdat|utfärdade|utfärdas|utfärdades|godkänd|godkänt|godkända|godkänns|godkändes|tilldelad|tilldelat|tilldelade|tilldelas))`;
const ESTABLISH = `(?:${WEAK('grund|bild|skap')}|${S_PASSIVE('grund|bild|skap')}|(?:inrättad|inrättat|inrättade|inrättas|inrättades|instiftad|instiftat|instiftade|instiftades|tillsatt|tillsatta|tillsattes))`;
const REGULATE = `(?:${WEAK('reguler|övervak|kontroller')}|${S_PASSIVE('reguler|övervak|kontroller')})`;
const AUDIT = `(?:${WEAK('gransk|utvärder|revider')}|${S_PASSIVE('gransk|utvärder|revider')}|bedömd|bedömt|bedömda|bedöms|bedömdes)`;

/** Active verbs, as whole words. */
const active = (forms: string) => `${B}(?:${forms})${E}`;
/** An object that is a body, not a scheme: "ackrediterar certifieringsorgan för ISO/IEC 27001". */
const NOT_BODY = String.raw`(?!\s+(?:\p{L}+\s+)?(?:certifieringsorgan|organ|organisation|revisor|företag|leverantör|kund|laboratori)\p{L}*)`;

/** A year or an adverb between a verb and its particle: "gav 2019 ut", "tog också fram". */
const PARTICLE_GAP = String.raw`\s+(?:(?:\d{4}|också|även|själv|nu|då|gemensamt)\s+)?`;
const PUBLISH_ACTIVE = `publicerar|publicerade|utvecklar|utvecklade|utarbetar|utarbetade|fastställer|fastställde|(?:ger|gav)${PARTICLE_GAP}ut|(?:tar|tog)${PARTICLE_GAP}fram|(?:har|hade)\\s+(?:publicerat|utvecklat|utarbetat|fastställt|gett\\s+ut|givit\\s+ut|tagit\\s+fram)`;
const ACCREDIT_ACTIVE =
  'förvaltar|förvaltade|administrerar|administrerade|driver|drev|äger|ägde|ackrediterar|ackrediterade|utfärdar|utfärdade|ansvarar\\s+för';
/** Verbs after which "som" means "as": "fungerar som", "används som". */
const SOM_AS =
  '(?:fungerar|fungerade|används|användes|betraktas|räknas|ses|tjänar|agerar|beskrivs|kallas|definieras|klassas)';
/** "som" opening a relative clause whose subject is a name ("som ISO publicerade"), not "som" meaning "as". */
const objectRelative = (verbs: string) =>
  String.raw`${B}(?<!${SOM_AS}\s+)som(?=\s+[\p{Lu}\d][^.;:,]{0,60}?${B}(?:${verbs})${E}(?![^.;:,]*?\s[\p{Lu}]))`;
/** Not the verb of such a relative clause. */
const MAIN = String.raw`(?<!${B}som\s+[\p{Lu}\d][^.;:,]{0,60})`;

const SV: Cue[] = [
  c(
    'BASED_ON',
    `${B}(?:(?:utgör|utgjorde|är|var|blev)\\s+(?:\\p{L}+\\s+)?(?:grunden|grund|basen|bas|utgångspunkten)\\s+för|(?:ligger|låg)\\s+(?:\\p{L}+\\s+)?till\\s+grund\\s+för|(?:fungerar|fungerade|tjänar|tjänade)\\s+${ADV}som\\s+(?:grund|bas|utgångspunkt)\\s+för)${E}`,
    'before',
    'after',
  ),
  c(
    'BASED_ON',
    `${B}(?:(?:baseras|baserades|bygger|byggde|vilar|grundas|grundar\\s+sig)\\s+${ADV}på|(?:baserad|baserat|baserade|byggd|byggt|byggda|grundad|grundat|grundade)\\s+${ADV}på|(?:utgår|utgick)\\s+${ADV}från|(?:härleds|härstammar)\\s+${ADV}från|(?:härledd|härlett|härledda)\\s+från|på\\s+grundval\\s+av|med\\s+utgångspunkt\\s+i|(?:utökar|utökade|utvidgar|utvidgade)|(?:en\\s+)?(?:utökning|utvidgning|vidareutveckling|anpassning)\\s+av)${E}`,
    'after',
  ),
  c(
    'BASED_ON',
    `${B}(?:genomförs|genomfördes|utförs|utfördes|görs|gjordes|genomförd|utförd|upprättas|upprättad)\\s+(?:${GAP})?(?:enligt|i\\s+enlighet\\s+med|i\\s+överensstämmelse\\s+med)${E}`,
    'after',
  ),
  c('SUPERSEDES', `${B}(?:ersätts|ersattes|ersatt|ersatta|ersattes)\\s+${GAP}${AV}`, 'after', 'near', true),
  c('SUPERSEDES', `${B}(?:ersätter|ersatte|har\\s+ersatt)${E}`, 'after'),
  c('ESTABLISHED_BY', `${B}${ESTABLISH}\\s+${GAP}${AV}`, 'after'),
  c(
    'REGULATES',
    `${B}(?:${REGULATE}\\s+${GAP}${AV}|(?:står|stod)\\s+under\\s+(?:\\p{L}+\\s+)?tillsyn\\s+(?:av|från))`,
    'after',
  ),
  c('REGULATES', `${B}(?:utövar|utövade|har|hade)\\s+(?:\\p{L}+\\s+)?tillsyn(?:en)?\\s+över${E}`, 'before', 'after'),
  c('AUDITS', `${B}${AUDIT}\\s+${GAP}${AV}`, 'after'),
  c('PUBLISHES', `${B}${PUBLISH}\\s+${GAP}${AV}`, 'after'),
  c(
    'ACCREDITS',
    `${B}${ACCREDIT}\\s+${GAP}${AV}(?!\\s+(?:\\p{L}+\\s+)?(?:certifieringsorgan|organ)\\p{L}*\\s)`,
    'after',
  ),
  // "standarden som ISO publicerade": an object relative clause, its subject after "som".
  c('PUBLISHES', objectRelative(PUBLISH_ACTIVE), 'after', 'before'),
  c('ACCREDITS', objectRelative(ACCREDIT_ACTIVE), 'after', 'before'),
  c('PUBLISHES', `${MAIN}${active(PUBLISH_ACTIVE)}`, 'before', 'after'),
  c(
    'ESTABLISHED_BY',
    active(
      'grundade|bildade|inrättade|instiftade|skapade|(?:har|hade)\\s+(?:grundat|bildat|inrättat|instiftat|skapat)',
    ),
    'before',
    'after',
  ),
  c('ACCREDITS', `${MAIN}${active(ACCREDIT_ACTIVE)}${NOT_BODY}`, 'before', 'after'),
  c(
    'ACCREDITS',
    `${B}(?:är|fungerar\\s+som|agerar\\s+som)\\s+(?:\\p{L}+\\s+)?(?:förvaltare|huvudman|ägare|systemägare)\\s+(?:av|för)${E}`,
    'before',
    'after',
  ),
  c(
    'PART_OF',
    `${B}(?:(?:är|utgör)\\s+(?:en|ett|den|det)\\s+(?:\\p{L}+\\s+)?(?:del|nivå|nivåerna|modul|kategori|variant)\\s+(?:av|i|inom)|(?:ingår|ingick)\\s+i|(?:hör|hörde)\\s+till)${E}`,
    'after',
  ),
];

export const SV_CUES: Record<string, Cue[]> = { sv: SV };

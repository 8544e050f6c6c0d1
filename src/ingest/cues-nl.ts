/**
 * Relation cues for Dutch articles (see cue-pattern.ts for what a cue says). Dutch puts the
 * participle before its agent in a main clause ("wordt beheerd door X") and after it in a
 * subordinate or perfect clause ("dat door X is opgesteld", "de door X gepubliceerde norm"), so each
 * passive verb has both forms, as German has (cues.ts). Active verbs have their agent before and
 * their object after ("X publiceert Y", "X heeft Y opgesteld"); lineage is read in both directions
 * ("gebaseerd op" / "vormt de basis voor").
 */
import { B, type Cue, c, E } from './cue-pattern.ts';

/** Up to three words (a date, an adverb) between a participle and "door": "gepubliceerd in 2015 door". */
const GAP = String.raw`(?:[\p{L}\p{N}]+\s+){0,3}?`;
/** "door", not "door middel van" (by means of). */
const DOOR = String.raw`door${E}(?!\s+middel${E})`;
/** Adverbs between a verb and its preposition: "is mede gebaseerd op", "bouwt onder meer voort op". */
const ADV = String.raw`(?:(?:mede|deels|grotendeels|ook|eveneens|voornamelijk|vooral|onder\s+meer|direct|rechtstreeks)\s+)?`;
/** Inflected participle: "gepubliceerd", "gepubliceerde". */
const PP = (stems: string) => `(?:${stems})e?`;

const PUBLISH = PP(
  'gepubliceerd|uitgegeven|ontwikkeld|opgesteld|vastgesteld|onderhouden|uitgebracht|geschreven|opgemaakt|aangenomen|bekendgemaakt|gedefinieerd|uitgewerkt|goedgekeurd',
);
const ACCREDIT = PP(
  'geaccrediteerd|beheerd|gecertificeerd|erkend|verleend|toegekend|afgegeven|geëxploiteerd|uitgereikt|gecoördineerd|aangewezen',
);
const ESTABLISH = PP('opgericht|ingesteld|gesticht|opgezet|in\\s+het\\s+leven\\s+geroepen|gecreëerd');
const REGULATE = PP('gereguleerd|gehandhaafd|gecontroleerd|bewaakt');
const AUDIT = PP('geaudit|beoordeeld|getoetst|geëvalueerd');

/** A "door" whose participle follows later in the clause: "dat door X is opgesteld", "de door X beheerde". */
const doorBefore = (participles: string) => `${B}${DOOR}(?=[^.;:]{0,120}?${B}(?:${participles})${E})`;

/** Not inside a relative clause (", die het NEN heeft uitgegeven"): its verb belongs to the pronoun's clause. */
const MAIN = String.raw`(?<!,\s*(?:die|dat|welke)\s[^.;:,]{0,80})`;

/** Active clause: a perfect auxiliary whose participle closes the clause ("X heeft Y opgesteld"). */
const perfect = (participles: string) =>
  String.raw`${B}${MAIN}(?:heeft|hebben|had|hadden)${E}(?=[^.;:,]{0,120}?${B}(?:${participles})${E}(?!\s+door${E}))`;

/** An object that is a body, not a scheme: "accrediteert certificerende instellingen voor ISO/IEC 27001". */
const NOT_BODY = String.raw`(?!\s+(?:\p{L}+\s+)?(?:instelling|instantie|organisatie|auditor|bedrij|partij|leverancier|klant|laboratori)\p{L}*)`;
/** Bodies that certify or audit against a scheme. */
const CERTIFIER = String.raw`(?:certificerende|certificatie-?)\s*(?:instellingen|instanties)|auditors|auditorganisaties`;

/** Present and past forms of an active verb, not in a passive ("wordt … door") clause. */
const active = (forms: string) => `${B}${MAIN}(?:${forms})${E}(?![^.;:]{0,80}?${B}door${E})`;

/** A separable verb whose particle closes the clause: "stelt … op", "gaf … uit". */
const separable = (verbs: string, particle: string) =>
  String.raw`${B}${MAIN}(?:${verbs})${E}(?=[^.;:,]{1,100}?\s${particle}(?:\s*[.;,]|\s*$))`;

/** "de basis/grondslag vormen voor": the name before is the base of the name after. */
const BASE_OF = String.raw`(?:vormt|vormen|vormde|is|zijn|biedt|bieden|dient|dienen|diende|fungeert|fungeren)\s+(?:\p{L}+\s+)?(?:de|het|als)\s+(?:\p{L}+\s+)?(?:basis|grondslag|fundament|uitgangspunt)\s+(?:voor|van)${E}(?!\s*gegevens)|(?:ligt|liggen|lag)\s+(?:mede\s+)?ten\s+grondslag\s+aan${E}`;

/**
 * An object relative clause, its subject right after the pronoun and its verb closing it: ", die het
 * NEN heeft uitgegeven", ", dat ISO publiceerde". The cue is the pronoun; the agent follows it.
 */
const objectRelative = (verbs: string) =>
  String.raw`,\s*(?:die|dat|welke)(?=\s[^.;:,]{1,160}?${B}(?:${verbs})${E}\s*(?:heeft|hebben|had|hadden)?\s*(?:[.;:,]|$))(?!\s+door${E})`;

const NL: Cue[] = [
  c('BASED_ON', `${B}(?:${BASE_OF})`, 'before', 'after'),
  c(
    'BASED_ON',
    `${B}(?:(?:gebaseerd|gestoeld|gegrond|geënt|gebouwd)\\s+(?:is\\s+|zijn\\s+)?${ADV}op|(?:is|zijn)\\s+${ADV}(?:gebaseerd|gestoeld|gegrond)\\s+op|(?:bouwt|bouwen|bouwde|borduurt)\\s+${ADV}voort\\s+op|voortbouwend\\s+op|(?:rust|rusten|steunt|steunen|leunt|leunen)\\s+${ADV}op|op\\s+(?:basis|grond)\\s+van|afgeleid\\s+(?:is\\s+)?van|(?:een\\s+)?(?:uitbreiding|aanvulling|uitwerking)\\s+(?:van|op)|(?:breidt|breiden|breidde)(?=[^.;]{0,80}?${B}uit${E})|(?:nationale\\s+)?(?:vertaling|implementatie|omzetting)\\s+van)${E}`,
    'after',
  ),
  // "De audit wordt uitgevoerd volgens ISAE 3000": a procedure carried out under a standard.
  c(
    'BASED_ON',
    `${B}(?:uitgevoerd|verricht|afgenomen|opgesteld)\\s+(?:${GAP})?(?:volgens|conform|overeenkomstig|in\\s+overeenstemming\\s+met|op\\s+grond\\s+van)${E}`,
    'after',
  ),
  c('SUPERSEDES', `${B}vervangen\\s+${GAP}${DOOR}`, 'after', 'near', true),
  c('SUPERSEDES', `${B}(?:vervangt|verving|vervangen)${E}(?!\\s+${GAP}door${E})`, 'after'),
  c('ESTABLISHED_BY', `${B}${ESTABLISH}\\s+${GAP}${DOOR}`, 'after'),
  c('ESTABLISHED_BY', doorBefore(ESTABLISH), 'after'),
  c('ESTABLISHED_BY', `${B}${ESTABLISH}\\s+(?:met\\s+)?(?:steun|goedkeuring|instemming)\\s+van${E}`, 'after'),
  c(
    'REGULATES',
    `${B}(?:${REGULATE}\\s+${GAP}${DOOR}|(?:staat|staan|valt|vallen)\\s+onder\\s+(?:het\\s+)?toezicht\\s+van)`,
    'after',
  ),
  c('REGULATES', doorBefore(REGULATE), 'after'),
  c('REGULATES', `${B}(?:houdt|houden|hield)\\s+(?:\\p{L}+\\s+)?toezicht\\s+op${E}`, 'before', 'after'),
  c('AUDITS', `${B}${AUDIT}\\s+${GAP}${DOOR}`, 'after'),
  c('PUBLISHES', `${B}${PUBLISH}\\s+${GAP}${DOOR}`, 'after'),
  c('PUBLISHES', doorBefore(PUBLISH), 'after'),
  // Not after certification bodies: "certificerende instellingen worden geaccrediteerd door" names no scheme's operator.
  c('ACCREDITS', `${B}(?<!(?:${CERTIFIER})[^.;]{0,60})${ACCREDIT}\\s+${GAP}${DOOR}`, 'after'),
  c('ACCREDITS', `(?<!(?:${CERTIFIER})[^.;]{0,60})${doorBefore(ACCREDIT)}`, 'after'),
  c('ACCREDITS', `${B}(?:onder\\s+(?:(?:het|de)\\s+)?(?:beheer|verantwoordelijkheid|auspiciën)\\s+van)${E}`, 'after'),
  c(
    'PUBLISHES',
    active('publiceert|publiceren|publiceerde|publiceerden|ontwikkelt|ontwikkelde|ontwikkelden|onderhoudt'),
    'before',
    'after',
  ),
  // Separable verbs: "X stelt de norm op", "X gaf de richtlijn in 2019 uit".
  c('PUBLISHES', separable('stelt|stellen|stelde|stelden', 'op'), 'before', 'after'),
  c('PUBLISHES', separable('geeft|geven|gaf|gaven', 'uit'), 'before', 'after'),
  c('PUBLISHES', perfect(PUBLISH), 'before', 'after'),
  c(
    'PUBLISHES',
    objectRelative(
      `${PUBLISH}|publiceert|publiceren|publiceerde|publiceerden|ontwikkelt|ontwikkelen|ontwikkelde|ontwikkelden|onderhoudt|onderhouden`,
    ),
    'after',
    'before',
  ),
  c('ACCREDITS', objectRelative(`${ACCREDIT}|beheert|beheren|beheerde`), 'after', 'before'),
  c('ESTABLISHED_BY', objectRelative(`${ESTABLISH}|oprichtte|oprichtten`), 'after', 'before'),
  c('ESTABLISHED_BY', active('richtte|richtten|stichtte|stichtten'), 'before', 'after'),
  c('ESTABLISHED_BY', perfect(ESTABLISH), 'before', 'after'),
  c(
    'ACCREDITS',
    active('beheert|beheren|beheerde|accrediteert|accrediteren|verleent|verlenen|exploiteert|coördineert') + NOT_BODY,
    'before',
    'after',
  ),
  c('ACCREDITS', perfect(ACCREDIT), 'before', 'after'),
  c(
    'ACCREDITS',
    `${B}(?:is|treedt\\s+op\\s+als|fungeert\\s+als)\\s+(?:de\\s+)?(?:beheerder|beheerorganisatie|uitvoerende\\s+(?:organisatie|instantie)|eigenaar|schemabeheerder)\\s+van${E}`,
    'before',
    'after',
  ),
  c(
    'PART_OF',
    `${B}(?:(?:is|zijn|vormt|vormen)\\s+(?:een|het|de)\\s+(?:\\p{L}+\\s+)?(?:onderdeel|deel|niveau|niveaus|module|categorie|variant)\\s+(?:van|binnen)|(?:maakt|maken|maakte)\\s+(?:\\p{L}+\\s+)?deel\\s+uit\\s+van|(?:is|zijn)\\s+onderdeel\\s+van|(?:valt|vallen)\\s+onder)${E}`,
    'after',
  ),
];

export const NL_CUES: Record<string, Cue[]> = { nl: NL };

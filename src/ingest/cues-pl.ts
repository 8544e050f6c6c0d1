/**
 * Relation cues for Polish articles (see cue-pattern.ts for what a cue says). Passive participles
 * agree with their noun ("opracowany / opracowana / opracowane … przez X"), so each stem takes every
 * case ending; the agent follows "przez". Active verbs in the past agree in gender ("ISO
 * opublikowała", "PCI SSC opracował") and have their agent before and their object after. Lineage is
 * read in both directions ("oparty na" / "stanowi podstawę").
 */
import { B, type Cue, c, E } from './cue-pattern.ts';

/** Adjectival endings of a participle: -y, -a, -e, -i, -ego, -ej, -ym, -ych, -ą … */
const END = '(?:y|a|e|i|ego|ej|emu|ym|ych|ymi|ą)';
/** Participles from their stems: "opracowan" → "opracowany", "opracowana", … */
const PP = (stems: string) => `(?:${stems})${END}`;
/** Up to three words (a date, an adverb) between a participle and "przez": "wydana w 2016 r. przez". */
const GAP = String.raw`(?:[\p{L}\p{N}.]+\s+){0,3}?`;
const PRZEZ = `przez${E}`;
/** Adverbs between a verb and its preposition: "opiera się również na", "oparty głównie na". */
const ADV = String.raw`(?:(?:również|także|też|głównie|częściowo|bezpośrednio|przede\s+wszystkim|m\.in\.)\s+)?`;
/** Past-tense endings of an active verb: -ł, -ła, -ło, -li, -ły. */
const PAST = '(?:ł|ła|ło|li|ły)';

const PUBLISH = PP(
  'opracowan|wydan|opublikowan|przygotowan|sporządzon|przyjęt|uchwalon|zatwierdzon|zdefiniowan|ogłoszon|utrzymywan|publikowan|wydawan|rozwijan',
);
const ACCREDIT = PP(
  'akredytowan|zarządzan|certyfikowan|administrowan|prowadzon|przyznawan|przyznan|nadawan|nadan|koordynowan|obsługiwan|uznan|zatwierdzan',
);
const ESTABLISH = PP('ustanowion|utworzon|powołan|założon|stworzon|powstał');
const REGULATE = PP('nadzorowan|regulowan|kontrolowan|egzekwowan');
const AUDIT = PP('audytowan|ocenian|ocenion|badan|zbadan|weryfikowan|zweryfikowan');

/** Active verbs, not followed in their clause by "przez" (that is a passive). */
const active = (forms: string) => `${B}(?:${forms})${E}(?![^.;:]{0,80}?${B}przez${E})`;
/** An object that is a body, not a scheme: "akredytuje jednostki certyfikujące ISO/IEC 27001". */
const NOT_BODY = String.raw`(?!\s+(?:\p{L}+\s+)?(?:jednost|podmiot|organizacj|laboratori|audytor|firm|dostawc|klient|instytucj)\p{L}*)`;
/** Bodies that certify or audit against a scheme. */
const CERTIFIER = String.raw`(?:jednostki\s+(?:certyfikujące|certyfikacyjne|oceniające)|audytorzy)`;

const PUBLISH_ACTIVE = `(?:opublikowa|opracowa|wyda|przygotowa|sporządzi|przyję|uchwali|ogłosi)${PAST}|publikuje|publikują|opracowuje|opracowują|wydaje|wydają|utrzymuje|utrzymują|rozwija|rozwijają`;
const ESTABLISH_ACTIVE = `(?:ustanowi|utworzy|powoła|założy|stworzy)${PAST}|powołuje|tworzy`;
const ACCREDIT_ACTIVE =
  'zarządza|zarządzają|zarządzał[aoy]?|akredytuje|akredytują|prowadzi|prowadzą|administruje|przyznaje|przyznają|nadaje|nadają|koordynuje';
/** An object relative pronoun right before its verb: "które wydał", "którą opracowała". */
const OBJECT_RELATIVE = String.raw`${B}(?:które|którą|który|których|co)\s+(?:\p{L}+\s+)?`;

const PL: Cue[] = [
  // "ISO/IEC 27002 stanowi podstawę ISO/IEC 27017": the name before is the base of the one after.
  c(
    'BASED_ON',
    `${B}(?:(?:stanowi|stanowią|stanowiła|stanowił|jest|są|była|był|tworzy|tworzą)\\s+(?:\\p{L}+\\s+)?(?:podstawę|podstawą|fundament|fundamentem|punkt\\s+wyjścia|punktem\\s+wyjścia)(?:\\s+(?:dla|do))?|(?:służy|służą|posłużył[aoy]?)\\s+${ADV}(?:jako\\s+)?(?:podstawa|podstawą|punkt\\s+wyjścia)(?:\\s+(?:dla|do))?)${E}(?!\\s+(?:danych|prawn\\p{L}*)${E})`,
    'before',
    'after',
  ),
  c(
    'BASED_ON',
    `${B}(?:opart${END}\\s+(?:jest\\s+|są\\s+)?${ADV}na|(?:opiera|opierają|opierała|opierał)\\s+się\\s+${ADV}na|(?:bazuje|bazują|bazowała|bazował)\\s+${ADV}na|(?:wywodzi|wywodzą)\\s+się\\s+z|wywodząc${END}?\\s+się\\s+z|na\\s+(?:podstawie|bazie)|(?:rozszerza|rozszerzają|rozszerzała|rozszerzył[aoy]?)|(?:jest|stanowi)\\s+(?:\\p{L}+\\s+)?(?:rozszerzeniem|rozwinięciem|adaptacją|wdrożeniem|implementacją)|(?:rozszerzenie|rozwinięcie|adaptacja|implementacja))${E}`,
    'after',
  ),
  // "Audyt przeprowadza się zgodnie z ISAE 3000": a procedure carried out under a standard.
  c(
    'BASED_ON',
    `${B}(?:${PP('przeprowadzan|przeprowadzon|realizowan|wykonywan|sporządzan')}|przeprowadza\\s+się|realizuje\\s+się|wykonuje\\s+się)\\s+(?:${GAP})?(?:zgodnie\\s+z|według|na\\s+podstawie|w\\s+oparciu\\s+o)${E}`,
    'after',
  ),
  c('SUPERSEDES', `${B}${PP('zastąpion|zastępowan')}\\s+${GAP}${PRZEZ}`, 'after', 'near', true),
  c('SUPERSEDES', `${B}(?:zastępuje|zastępują|zastąpi${PAST}|uchyla|uchylił[aoy]?)${E}`, 'after'),
  c('ESTABLISHED_BY', `${B}${ESTABLISH}\\s+${GAP}${PRZEZ}`, 'after'),
  c(
    'ESTABLISHED_BY',
    `${B}${ESTABLISH}\\s+(?:${GAP})?(?:przy\\s+wsparciu|z\\s+inicjatywy|z\\s+upoważnienia|na\\s+mocy\\s+decyzji)${E}`,
    'after',
  ),
  c(
    'REGULATES',
    `${B}(?:${REGULATE}\\s+${GAP}${PRZEZ}|(?:pod|podlega|podlegają)\\s+(?:nadzorem|nadzorowi|kontrolą|kontroli)|(?:jest|są)\\s+pod\\s+nadzorem)`,
    'after',
  ),
  c('REGULATES', active('nadzoruje|nadzorują|nadzorował[aoy]?|reguluje|regulują'), 'before', 'after'),
  c('AUDITS', `${B}${AUDIT}\\s+${GAP}${PRZEZ}`, 'after'),
  c('PUBLISHES', `${B}${PUBLISH}\\s+${GAP}${PRZEZ}`, 'after'),
  // Not after certification bodies: "jednostki certyfikujące ISO/IEC 27001 są akredytowane przez" names no scheme's operator.
  c('ACCREDITS', `${B}(?<!${CERTIFIER}[^.;]{0,60})${ACCREDIT}\\s+${GAP}${PRZEZ}`, 'after'),
  c('ACCREDITS', `${B}(?:pod\\s+(?:zarządem|egidą|auspicjami|kierownictwem))${E}`, 'after'),
  // "normy, które wydał PKN": an object relative clause, its subject after the verb, its antecedent before.
  c('PUBLISHES', `${OBJECT_RELATIVE}(?:${PUBLISH_ACTIVE})${E}`, 'after', 'before'),
  c('ESTABLISHED_BY', `${OBJECT_RELATIVE}(?:${ESTABLISH_ACTIVE})${E}`, 'after', 'before'),
  c('ACCREDITS', `${OBJECT_RELATIVE}(?:${ACCREDIT_ACTIVE})${E}`, 'after', 'before'),
  c('PUBLISHES', active(PUBLISH_ACTIVE), 'before', 'after'),
  c('ESTABLISHED_BY', active(ESTABLISH_ACTIVE), 'before', 'after'),
  c('ACCREDITS', active(ACCREDIT_ACTIVE) + NOT_BODY, 'before', 'after'),
  c(
    'ACCREDITS',
    `${B}(?:jest|pełni\\s+(?:funkcję|rolę))\\s+(?:\\p{L}+\\s+)?(?:właścicielem|operatorem|administratorem|zarządcą|organem\\s+zarządzającym|instytucją\\s+zarządzającą)${E}`,
    'before',
    'after',
  ),
  c(
    'PART_OF',
    `${B}(?:(?:jest|są|stanowi|stanowią)\\s+(?:\\p{L}+\\s+)?(?:częścią|elementem|składnikiem|poziomem|modułem|kategorią|wariantem)|(?:wchodzi|wchodzą)\\s+w\\s+skład|(?:należy|należą)\\s+do|(?:jeden|jedna|jedno)\\s+z\\s+poziomów)${E}`,
    'after',
  ),
];

export const PL_CUES: Record<string, Cue[]> = { pl: PL };

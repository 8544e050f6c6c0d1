/**
 * Relation cues for Italian articles, the same families as the Spanish and Portuguese ones in
 * cues-romance.ts (which exports them with those). Prepositions are matched with their contracted
 * articles: da/dal/dalla/dall', su/sul/sulla/sull', di/del/della/dell'.
 */
import { B, type Cue, c, E } from './cue-pattern.ts';

/** Up to two adverbs or a date between a participle and its preposition: "pubblicata nel 2013 dall'". */
const GAP = String.raw`(?:[\p{L}\p{N}]+\s+){0,3}?`;
/** The object of "base" that is data, not a scheme: "base di dati". */
const NOT_DATA = String.raw`(?!\s*dati${E})`;

/** Italian participle endings (-ato/-ata/-ati/-ate, -ito/…). */
const IT_P = '[oaie]';
/** The start of a sentence or of a clause after punctuation (a clitic there has its subject after the verb). */
const CLAUSE_START = String.raw`(?<=^\s{0,3}|[,;:]\s{1,3}|^\*\*)`;
/** "da" with its contracted articles: da, dal, dallo, dalla, dall', dai, dagli, dalle. */
const DA = `(?:da(?:llo|lla|lle|gli|l|i)?${E}|dall['’])`;
/** "su" with its contracted articles. */
const SU = `(?:su(?:llo|lla|lle|gli|l|i)?${E}|sull['’])`;
/** "di" with its contracted articles, and "per". */
const DI = `(?:(?:di|del|dello|della|dei|degli|delle|per)${E}|dell['’]|d['’])`;
/** One adverb: a listed one, or any in -mente ("fortemente ispirato a"). */
const IT_ADV = String.raw`(?:(?:anche|inoltre|in\s+parte|\p{L}{2,}mente)\s+)?`;
const IT_BASE_OF = String.raw`(?:(?:costituisce|costituiscono|rappresenta|rappresentano|è|sono|fornisce|forniscono|pone|getta)\s+(?:\p{L}+\s+)?(?:la|il|le|i)\s+(?:base|basi|fondamento|fondamenta)\s+(?:${DI})|(?:funge|fungono|serve|servono|fa|fanno|ha\s+fatto)\s+${IT_ADV}(?:da|come)\s+(?:base|fondamento|punto\s+di\s+partenza)\s+(?:${DI}|a|al|alla|all['’]))${NOT_DATA}`;

/** Italian articles before an agent named after the verb: "la pubblica l'ISO". */
const IT_ART_AFTER = String.raw`(?=\s+(?:l['’]|il\s|lo\s|la\s|i\s|gli\s|le\s))`;

export const IT: Cue[] = [
  c('BASED_ON', `${B}${IT_BASE_OF}`, 'before', 'after'),
  c(
    'BASED_ON',
    `${B}(?:(?:basat|fondat|ispirat|costruit|incentrat)${IT_P}\\s+${IT_ADV}(?:${SU}|a${E}|al${E}|alla${E}|all['’])|si\\s+(?:basa|basano|fonda|fondano|ispira|ispirano|appoggia)\\s+${IT_ADV}(?:${SU}|a${E}|al${E}|alla${E}|all['’])|poggia\\s+${IT_ADV}${SU}|sulla\\s+base\\s+(?:${DI}))`,
    'after',
  ),
  c(
    'BASED_ON',
    `${B}(?:(?:derivat${IT_P}|deriva|derivano)\\s+${DA}|(?<!si\\s)(?:estende|amplia)|(?:estensione|adattamento|adozione\\s+nazionale|recepimento)\\s+(?:${DI}))`,
    'after',
  ),
  c('SUPERSEDES', `${B}sostituit${IT_P}\\s+${DA}`, 'after', 'near', true),
  c('SUPERSEDES', `${B}(?:sostituisce|sostituiscono|ha\\s+sostituito|abroga|ha\\s+abrogato)${E}`, 'after'),
  c('ESTABLISHED_BY', `${B}(?:istituit|creat|fondat|costituit)${IT_P}\\s+${GAP}${DA}`, 'after'),
  c(
    'ESTABLISHED_BY',
    `${B}(?:istituit|creat|fondat|costituit)${IT_P}\\s+con\\s+il\\s+(?:sostegno|supporto|patrocinio)\\s+(?:${DI})`,
    'after',
  ),
  c(
    'REGULATES',
    `${B}(?:(?:vigilat|supervisionat|regolamentat|controllat|sorvegliat|disciplinat)${IT_P}\\s+${DA}|sotto\\s+la\\s+(?:vigilanza|supervisione|sorveglianza|responsabilità)\\s+(?:${DI}))`,
    'after',
  ),
  c('AUDITS', `${B}(?:sottopost${IT_P}\\s+a\\s+(?:audit|verifica)|verificat${IT_P}|valutat${IT_P})\\s+${DA}`, 'after'),
  c(
    'PUBLISHES',
    `${B}(?:pubblicat|elaborat|sviluppat|redatt|emanat|adottat|mantenut|approvat|predispost|definit|emess)${IT_P}\\s+${GAP}${DA}`,
    'after',
  ),
  c(
    'ACCREDITS',
    `${B}(?:accreditat|certificat|gestit|amministrat|rilasciat|operat|concess|conferit|erogat|coordinat|dirett|curat)${IT_P}\\s+${GAP}${DA}`,
    'after',
  ),
  c('ACCREDITS', `${B}(?:a\\s+cura\\s+(?:${DI})|(?:affidat${IT_P}|in\\s+capo)\\s+a(?:l|lla|ll['’])?${E})`, 'after'),
  c(
    'PUBLISHES',
    `${CLAUSE_START}(?:la|lo|le|li)\\s+(?:pubblica|pubblicano|ha\\s+pubblicat${IT_P}|elabora|sviluppa|ha\\s+sviluppat${IT_P}|redige|mantiene)${E}${IT_ART_AFTER}`,
    'after',
  ),
  c(
    'ACCREDITS',
    `${CLAUSE_START}(?:la|lo|le|li)\\s+(?:gestisce|gestiscono|amministra|rilascia|rilasciano|accredita|supervisiona)${E}${IT_ART_AFTER}`,
    'after',
  ),
  // "l'ISO pubblica la norma": the present "pubblica" only before an article (not "la pubblica amministrazione").
  c(
    'PUBLISHES',
    `${B}(?<!(?:si|la|lo|le|li)\\s)(?:pubblica${IT_ART_AFTER}|pubblicò|(?:ha|hanno)\\s+(?:pubblicato|elaborato|sviluppato|redatto|emanato)|elabora|elaborò|sviluppa|sviluppò|redige|mantiene|mantengono|emana|emanano|emanò)${E}`,
    'before',
    'after',
  ),
  c(
    'ESTABLISHED_BY',
    `${B}(?<!si\\s)(?:creò|fondò|istituì|(?:ha|hanno)\\s+(?:creato|fondato|istituito|costituito))${E}`,
    'before',
    'after',
  ),
  c(
    'ACCREDITS',
    `${B}(?<!(?:si|la|lo|le|li)\\s)(?:gestisce|gestiscono|amministra|amministrano|accredita|accreditano|rilascia|rilasciano)${E}`,
    'before',
    'after',
  ),
  c(
    'REGULATES',
    `${B}(?<!si\\s)(?:supervisiona|vigila\\s+su(?:l|lla|ll['’])?|regolamenta|disciplina)${E}`,
    'before',
    'after',
  ),
  c(
    'ACCREDITS',
    `${B}(?:è|agisce\\s+come|funge\\s+da)\\s+(?:l['’]|il\\s+|lo\\s+)(?:organismo|ente|organo|autorità)\\s+(?:operativo|gestore|di\\s+gestione|responsabile)\\s+(?:${DI})`,
    'before',
    'after',
  ),
  c(
    'BASED_ON',
    `${B}(?:(?:svolt|eseguit|condott|effettuat|realizzat|redatt)${IT_P}|si\\s+(?:svolge|svolgono|esegue|eseguono|effettua|effettuano|conduce|conducono))\\s+(?:secondo|in\\s+conformità\\s+(?:a|al|alla|con)|ai\\s+sensi\\s+(?:${DI})|in\\s+base\\s+a(?:l|lla|ll['’])?)${E}`,
    'after',
  ),
  c(
    'PUBLISHES',
    `${B}(?:sviluppat|elaborat|redatt)${IT_P}\\s+sotto\\s+(?:l['’]egida|la\\s+direzione)\\s+(?:${DI})`,
    'after',
  ),
  c(
    'PART_OF',
    `${B}(?:(?:fa|fanno|faceva)\\s+parte\\s+(?:${DI})|(?:è|sono)\\s+(?:un|uno|una|il|lo|la|uno\\s+dei|una\\s+delle)\\s+(?:\\p{L}+\\s+)?(?:livello|livelli|parte|parti|componente|componenti|categoria|categorie|modulo|moduli)\\s+(?:${DI}))`,
    'after',
  ),
];

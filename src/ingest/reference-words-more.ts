/**
 * Sentence openings that refer back, for Dutch, Swedish, Polish, Turkish and Russian (merged into
 * the tables of reference-words.ts and document-reference.ts; referent.ts says how they are used).
 * Each is tested on the sentence opening only:
 * - a determiner and a scheme noun not followed by a name: "Deze norm …", "Denna standard …", "Ta
 *   norma …", "Bu standart …", "Этот стандарт …";
 * - a pronoun, or (Polish, Turkish and Russian drop the subject) a sentence opening with its verb:
 *   "Het wordt beheerd door …", "Den förvaltas av …", "Została opracowana przez …", "Разработан …";
 * - a determiner and a generic document noun: "De eisen …", "Kraven …", "Wymagania …".
 */

/** Not followed by a name ("Deze norm ISO/IEC 27001 …" names its own subject). */
const NO_NAME = String.raw`(?![\p{L}])(?!\s+[A-Z0-9])`;
/** As NO_NAME, but a Turkish agent may follow the subject: "Bu standart ISO tarafından …". */
const TR_NO_NAME = String.raw`(?![\p{L}])(?!\s+[A-Z0-9](?![^.,;]{0,60}?\starafından))`;

const NL_NOUN =
  '(?:norm|standaard|programma|schema|stelsel|kader|raamwerk|regeling|verordening|wet|richtlijn|certificering|certificaat|keurmerk|baseline|code|audit|beoordeling|rapport|verklaring)';
const SV_NOUN =
  '(?:standard(?:en)?|norm(?:en)?|program(?:met)?|ramverk(?:et)?|förordning(?:en)?|lag(?:en)?|certifiering(?:en)?|certifikat(?:et)?|föreskrift(?:en|erna)?|direktiv(?:et)?|granskning(?:en)?|rapport(?:en)?)';
const PL_NOUN =
  '(?:norma|standard|program|schemat|ramy|rozporządzenie|ustawa|dyrektywa|certyfikacja|certyfikat|system|kodeks|audyt|ocena|raport|wytyczne|rekomendacja)';
/** A Swedish definite noun opening the sentence refers back by itself: "Standarden …", "Programmet …". */
const SV_DEFINITE =
  '(?:Standarden|Normen|Programmet|Ramverket|Förordningen|Lagen|Certifieringen|Certifikatet|Föreskrifterna|Direktivet)';
/** The alternation `alts` ("(?:a|b)") with each word capitalised. */
const capitalised = (alts: string) => alts.replace(/(?<=[:|])\p{Ll}/gu, (ch) => ch.toUpperCase());
const TR_NOUN =
  '(?:standart|standardı|program|programı|çerçeve|çerçevesi|yönetmelik|kanun|sertifika|sertifikasyon|belgelendirme|şema|rehber|denetim|rapor)';
const RU_NOUN =
  '(?:стандарт|программа|схема|система|положение|закон|регламент|сертификация|сертификат|аттестация|требования|аудит|отч[её]т|рекомендации)';

const NL_PRONOUN =
  /^(?:(?:Hij|Zij|Ze)(?![\p{L}])|Het\s+(?:wordt|werd|is|was|valt|maakt|vormt|bouwt|bevat|omvat|heeft|dient)(?![\p{L}]))/u;
const SV_PRONOUN =
  /^(?:Den|Det|Han|Hon)\s+(?:är|var|har|blev|förvaltas|ges|publiceras|bygger|baseras|utgör)(?![\p{L}])/u;
/** A Polish sentence opening with its verb (the subject is dropped): "Została opracowana …", "Opiera się …". */
const PL_PRONOUN =
  /^(?:(?:On|Ona|Ono|Oni|One)(?![\p{L}])|(?:Jest|Są|Został|Została|Zostało|Zostały|Był|Była|Było|Opiera|Bazuje|Stanowi|Obejmuje|Zawiera|Wchodzi|Należy)(?![\p{L}]))/u;
const TR_PRONOUN = /^(?:O|Bu|Söz\s+konusu)\s*(?:,|\s+(?:da|de)\s|$)/u;
/** A Russian sentence opening with its predicate: "Разработан …", "Является …", "Он …". */
const RU_PRONOUN =
  /^(?:(?:Он|Она|Оно|Они)(?![\p{L}])|(?:Является|Являются|Был[аои]?|Разработан[аоы]?|Опубликован[аоы]?|Утвержд[её]н[аоы]?|Основан[аоы]?|Входит|Включает)(?![\p{L}]))/u;

export const MORE_SELF_REFERENCE_2: Record<string, RegExp> = {
  nl: new RegExp(
    String.raw`^(?:De|Het|Deze|Dit|Dat|Die|Genoemde|Voornoemde)\s+${NL_NOUN}${NO_NAME}|${NL_PRONOUN.source}`,
    'u',
  ),
  sv: new RegExp(
    String.raw`^(?:(?:Denna|Detta|Den\s+här|Det\s+här|Nämnda)\s+${SV_NOUN}|${SV_DEFINITE})${NO_NAME}|${SV_PRONOUN.source}`,
    'u',
  ),
  pl: new RegExp(
    String.raw`^(?:(?:Ta|Ten|To|Te|Wspomniany|Wspomniana|Niniejszy|Niniejsza)\s+${PL_NOUN}|${capitalised(PL_NOUN)}\s+(?:ten|ta|to|te))${NO_NAME}|${PL_PRONOUN.source}`,
    'u',
  ),
  tr: new RegExp(String.raw`^(?:Bu|Söz\s+konusu|İlgili)\s+${TR_NOUN}${TR_NO_NAME}|${TR_PRONOUN.source}`, 'u'),
  ru: new RegExp(
    String.raw`^(?:Этот|Эта|Это|Эти|Данный|Данная|Данное|Указанный|Указанная)\s+${RU_NOUN}${NO_NAME}|${RU_PRONOUN.source}`,
    'u',
  ),
};

export const MORE_STANDARD_REFERENCE_2: Record<string, RegExp> = {
  nl: new RegExp(String.raw`^(?:De|Deze|Die|Genoemde)\s+(?:norm|standaard)${NO_NAME}`, 'u'),
  sv: new RegExp(String.raw`^(?:(?:Denna|Den\s+här|Nämnda)\s+(?:standard|norm)|Standarden|Normen)${NO_NAME}`, 'u'),
  pl: new RegExp(
    String.raw`^(?:(?:Ta|Wspomniana|Niniejsza)\s+norma|(?:Ten|Wspomniany|Niniejszy)\s+standard|Norma\s+ta|Standard\s+ten)${NO_NAME}`,
    'u',
  ),
  tr: new RegExp(String.raw`^(?:Bu|Söz\s+konusu|İlgili)\s+(?:standart|standardı)${TR_NO_NAME}`, 'u'),
  ru: new RegExp(String.raw`^(?:Этот|Данный|Указанный)\s+стандарт${NO_NAME}`, 'u'),
};

export const MORE_PRONOUN_REFERENCE_2: Record<string, RegExp> = {
  nl: NL_PRONOUN,
  sv: SV_PRONOUN,
  pl: PL_PRONOUN,
  tr: TR_PRONOUN,
  ru: RU_PRONOUN,
};

/** Determiners and generic document nouns: they mean a Standard (see document-reference.ts). */
export const MORE_DOCUMENT_REFERENCE: Record<string, RegExp> = {
  nl: new RegExp(
    String.raw`^(?:De|Het|Deze|Dit|Die)\s+(?:eisen|catalogus|richtlijnen|handreiking|leidraad|criteria|specificatie|referentiedocument|maatregelenset)${NO_NAME}`,
    'u',
  ),
  sv: new RegExp(`^(?:Kraven|Katalogen|Riktlinjerna|Kriterierna|Specifikationen|Vägledningen)${NO_NAME}`, 'u'),
  pl: new RegExp(
    String.raw`^(?:(?:Te|Ten|Ta|Niniejsze|Niniejszy)\s+)?(?:Wymagania|wymagania|Katalog|katalog|Wytyczne|wytyczne|Kryteria|kryteria|Specyfikacja|specyfikacja)(?:\s+(?:te|ten|ta))?${NO_NAME}`,
    'u',
  ),
  tr: new RegExp(String.raw`^(?:Bu|Söz\s+konusu)\s+(?:gereksinimler|katalog|rehber|kılavuz|kriterler)${NO_NAME}`, 'u'),
  ru: new RegExp(
    String.raw`^(?:Эти|Данные|Указанные|Этот|Данный)\s+(?:требования|каталог|руководство|критерии|рекомендации)${NO_NAME}`,
    'u',
  ),
};

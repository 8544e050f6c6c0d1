/**
 * Sentence openings that refer back, for Spanish, Italian, Portuguese and Korean (merged into the
 * tables of referent.ts, which say how they are used). Each is tested on the sentence opening only.
 * - a determiner and a scheme noun not followed by a name: "Esta norma …", "Dicho esquema …",
 *   "Questa norma …", "Este padrão …", "이 표준은 …";
 * - a pronoun, and, as these languages drop the subject, an opening verb or clitic ("Se basa en …",
 *   "È gestito da …", "Baseia-se em …", "La publica la ISO") or a Korean opening without a topic
 *   particle ("KISA가 운영합니다"): these refer to any kind of entity.
 */
import { MORE_PRONOUN_REFERENCE_2, MORE_SELF_REFERENCE_2, MORE_STANDARD_REFERENCE_2 } from './reference-words-more.ts';

/** Not followed by a name ("La norma ISO/IEC 27001 …" names its subject). */
const NO_NAME = String.raw`(?![\p{L}])(?!\s+[A-Z0-9])`;

const ES_NOUN =
  '(?:esquema|norma|estándar|programa|marco|reglamento|ley|certificación|sello|certificado|informe|código|catálogo|régimen|referencial|sistema|directiva|guía|acreditación)';
const IT_NOUN =
  '(?:schema|norma|standard|programma|quadro|regolamento|legge|certificazione|marchio|certificato|rapporto|relazione|codice|catalogo|framework|sistema|direttiva|linee\\s+guida)';
const PT_NOUN =
  '(?:esquema|norma|padrão|programa|quadro|regulamento|lei|certificação|selo|certificado|relatório|código|catálogo|framework|sistema|diretiva|regime|referencial)';

const ES_PRONOUN =
  /^(?:(?:Él|Ella|Ello|Se|Es|Está|Están|Fue|Fueron|Ha|Han|Son|Era|Sirve|Constituye|Incluye|Proporciona|Establece|Define|Tiene|Abarca|Cubre|Exige|Requiere|Publica|Gestiona)(?![\p{L}])|(?:Lo|La|Los|Las)\s+(?:publica|publican|publicó|publicaron|gestiona|gestionan|administra|administran|emite|emiten|otorga|otorgan|acredita|acreditan|supervisa|supervisan|regula|regulan|elabora|elaboran|elaboró|elaboraron|desarrolla|desarrollan|desarrolló|desarrollaron|mantiene|mantienen|creó|crearon|fundó|fundaron|estableció|establecieron)(?![\p{L}]))/u;
const IT_PRONOUN =
  /^(?:(?:Esso|Essa|Egli|Si|È|E['’]|Viene|Vengono|Venne|Fu|Ha|Hanno|Sono|Era|Funge|Costituisce|Rappresenta|Prevede|Definisce|Stabilisce|Include|Comprende|Copre|Richiede)(?![\p{L}])|(?:Lo|La|Le|Li)\s+(?:pubblica|pubblicano|gestisce|gestiscono|amministra|amministrano|rilascia|rilasciano|accredita|accreditano|supervisiona|elabora|elaborano|sviluppa|sviluppano|mantiene|mantengono|(?:ha|hanno)\s+(?:pubblicat|sviluppat|elaborat|creat|istituit)[oaie])(?![\p{L}]))/u;
const PT_PRONOUN =
  /^(?:(?:Ele|Ela|Se|É|Está|Estão|Foi|Foram|Tem|Têm|São|Era|Serve|Constitui|Inclui|Estabelece|Define|Fornece|Abrange|Cobre|Exige)(?![\p{L}-])|\p{Lu}\p{Ll}+-se(?![\p{L}]))/u;
/** A Korean pronoun, or no topic particle (은/는, not the endings 하는, 되는, …) early in the sentence. */
const KO_PRONOUN =
  /^(?:이는|이것은|그것은|이를|이에)(?![\p{L}])|^(?![^.]{0,24}?(?<![하되있없같않던])[은는](?:\s|,|$))/u;

/**
 * An opening subject that is a common noun phrase ("Los clientes …", "Gli auditor …", "Os certificados
 * …") or Microsoft and its services, which these articles name as subjects of their own.
 */
const OWN_SUBJECT = String.raw`|^(?:Microsoft|Azure|Office|Dynamics)(?![\p{L}])`;
const COMMON_SUBJECT: Record<string, RegExp> = {
  es: new RegExp(
    String.raw`^(?:El|La|Los|Las|Un|Una|Unos|Unas|Estos|Estas|Cada|Todos|Todas|Muchos|Muchas|Algunos|Algunas)\s+\p{Ll}${OWN_SUBJECT}`,
    'u',
  ),
  it: new RegExp(
    String.raw`^(?:(?:Il|Lo|La|I|Gli|Le|Un|Uno|Una|Questi|Queste|Ogni|Tutti|Tutte|Molti|Molte|Alcuni|Alcune)\s+|(?:L|Un)['’]\s*)\p{Ll}${OWN_SUBJECT}`,
    'u',
  ),
  pt: new RegExp(
    String.raw`^(?:O|A|Os|As|Um|Uma|Uns|Umas|Estes|Estas|Esses|Essas|Cada|Todos|Todas|Muitos|Muitas|Alguns|Algumas)\s+\p{Ll}${OWN_SUBJECT}`,
    'u',
  ),
};

/**
 * Spanish, Italian and Portuguese drop the subject; a sentence opening (`opening`, the sentence
 * without list marker or connective) whose subject is not a common noun phrase may lean on the
 * described certification for a missing patient, as every sentence of these languages did before
 * they had the lists below. Only the lists below let a sentence lean on an earlier one's subject.
 */
export function leansOnDescribed(lang: string, opening: string): boolean {
  const common = COMMON_SUBJECT[lang];
  return !!common && !common.test(opening);
}

export const MORE_SELF_REFERENCE: Record<string, RegExp> = {
  es: new RegExp(
    String.raw`^(?:El|La|Este|Esta|Ese|Esa|Dicho|Dicha|Tal|Citado|Citada)\s+${ES_NOUN}${NO_NAME}|${ES_PRONOUN.source}`,
    'u',
  ),
  it: new RegExp(
    String.raw`^(?:Il|Lo|La|L['’]|Questo|Questa|Quest['’]|Tale|Detto|Detta|Suddetto|Suddetta)\s*${IT_NOUN}${NO_NAME}|${IT_PRONOUN.source}`,
    'u',
  ),
  pt: new RegExp(
    String.raw`^(?:O|A|Este|Esta|Esse|Essa|Tal|O\s+referido|A\s+referida|Referido|Referida)\s+${PT_NOUN}${NO_NAME}|${PT_PRONOUN.source}`,
    'u',
  ),
  ko: new RegExp(
    String.raw`^(?:이|본|해당|동|그|이러한)\s*(?:표준|규격|제도|인증|프레임워크|기준|법률|법|규정|규칙|프로그램|체계|마크|가이드라인|보고서|지침)|${KO_PRONOUN.source}`,
    'u',
  ),
  ...MORE_SELF_REFERENCE_2,
};

export const MORE_STANDARD_REFERENCE: Record<string, RegExp> = {
  es: new RegExp(
    String.raw`^(?:La|Esta|Esa|Dicha|Tal|Citada)\s+norma${NO_NAME}|^(?:El|Este|Ese|Dicho|Tal|Citado)\s+estándar${NO_NAME}`,
    'u',
  ),
  it: new RegExp(
    String.raw`^(?:La|Questa|Tale|Detta|Suddetta)\s+norma${NO_NAME}|^(?:Lo|Questo|Tale|Detto|Suddetto)\s+standard${NO_NAME}`,
    'u',
  ),
  pt: new RegExp(
    String.raw`^(?:A|Esta|Essa|Tal|A\s+referida|Referida)\s+norma${NO_NAME}|^(?:O|Este|Esse|Tal|O\s+referido|Referido)\s+padrão${NO_NAME}`,
    'u',
  ),
  ko: /^(?:이|본|해당|동|그)\s*(?:표준|규격)/u,
  ...MORE_STANDARD_REFERENCE_2,
};

export const MORE_PRONOUN_REFERENCE: Record<string, RegExp> = {
  es: ES_PRONOUN,
  it: IT_PRONOUN,
  pt: PT_PRONOUN,
  ko: KO_PRONOUN,
  ...MORE_PRONOUN_REFERENCE_2,
};

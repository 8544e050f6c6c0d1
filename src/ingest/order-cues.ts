/**
 * Relation cues for word orders the tables in cues.ts do not cover, per language: a German
 * participle put first ("Entwickelt wurde das Rahmenwerk vom AICPA"), a Chinese agent phrase before
 * the noun it describes ("由 JISC 发布的 JIS Q 27001", "COSO 于 2013 年发布的《…》"), a Japanese
 * role noun as topic with its agent after it ("運営は…PMO が担っています") and a Japanese issuer
 * with what it issued named "as" ("ITU からも勧告 X として発行"). Same shape and reading as cues.ts.
 */
import { B, type Cue, c, E } from './cue-pattern.ts';

/** German self-references after a fronted participle: the patient is the referent (see referent.ts). */
const DE_SELF = String.raw`(?:es|er|sie|(?:der|die|das|dieser|diese|dieses)\s+(?:Katalog|Standard|Norm|Programm|Rahmenwerk|Verordnung|Gesetz|Zertifizierung|Schema|Testat|Bericht|Leitfaden|Kriterienkatalog))${E}`;

/**
 * "Betrieben wird die CS Mark von der JASA": a participle opening the sentence, then the passive
 * auxiliary, the patient and "von"/"durch" with the agent. `self` selects the sentences whose patient
 * is a self-reference ("Entwickelt wurde das Rahmenwerk vom …"), the others name it.
 */
const deFronted = (words: string, self: boolean) =>
  String.raw`^(?:\*\*)?${words}\s+(?:wird|wurde|werden|wurden)${E}(?${self ? '=' : '!'}\s+${DE_SELF})(?=[^.;]{1,80}?${B}(?:von|vom|durch)${E})`;

const DE_PUBLISH =
  '(?:Entwickelt|Veröffentlicht|Herausgegeben|Erarbeitet|Erstellt|Gepflegt|Verabschiedet|Ausgearbeitet)';
const DE_OPERATE = '(?:Betrieben|Verwaltet|Akkreditiert|Zertifiziert|Vergeben|Ausgestellt|Erteilt)';
const DE_FOUND = '(?:Gegründet|Eingerichtet|Geschaffen|Errichtet)';

const DE: Cue[] = [
  // "das 2013 veröffentlichte Rahmenwerk „…“ des COSO": an attributive participle, its issuer a genitive after the noun.
  c(
    'PUBLISHES',
    `${B}(?:veröffentlicht|herausgegeben|entwickelt|erarbeitet|verabschiedet)e[nmrs]?${E}(?=[^.;]{1,80}?${B}(?:des|der)${E})`,
    'after',
    'after',
  ),
  c('PUBLISHES', deFronted(DE_PUBLISH, false), 'after', 'after'),
  c('ACCREDITS', deFronted(DE_OPERATE, false), 'after', 'after'),
  c('ESTABLISHED_BY', deFronted(DE_FOUND, false), 'after', 'after'),
  c('PUBLISHES', deFronted(DE_PUBLISH, true), 'after'),
  c('ACCREDITS', deFronted(DE_OPERATE, true), 'after'),
  c('ESTABLISHED_BY', deFronted(DE_FOUND, true), 'after'),
];

/** The noun right after "的": a quoted title, a Latin designation or a number. */
const ZH_NOUN_NEXT = String.raw`(?=\s*[《「“"\p{Script=Latin}\p{N}])`;
/** "由 X <verb>的 Y": the agent after "由", the patient the noun after "的" (read before the plain "由" cues). */
const zhByThenNoun = (verbs: string) => `由(?=[^。；，,]{1,40}?(?:${verbs})的${ZH_NOUN_NEXT})`;

/** Chinese cues that must be read before those of cues.ts, which take a patient before "由". */
export const ZH_FIRST: Cue[] = [
  c('ESTABLISHED_BY', zhByThenNoun('设立|設立|成立|创建|創建|建立'), 'after', 'after'),
  c('PUBLISHES', zhByThenNoun('发布|發布|制定|编写|編寫|出版|发表|發表'), 'after', 'after'),
  c('ACCREDITS', zhByThenNoun('运营|運營|管理|颁发|頒發'), 'after', 'after'),
];

const ZH: Cue[] = [
  // "X 负责管理 Y", "X 组织实施 Y": the body in charge before the verb, what it runs after it.
  c(
    'ACCREDITS',
    '(?:(?:负责|負責)(?:管理|运营|運營|运作|運作|实施|實施|颁发|頒發)|(?:组织|組織)(?:实施|實施))',
    'before',
    'after',
  ),
  // "COSO 于 2013 年发布的《…》": the agent before the verb, the patient the noun after "的".
  c(
    'PUBLISHES',
    String.raw`(?:(?:于|於)\s*\d{4}\s*年(?:\s*\d{1,2}\s*月)?\s*)?(?:发布|發布|制定|编写|編寫)的${ZH_NOUN_NEXT}`,
    'before',
    'after',
  ),
];

/** "<role noun>は、… X が担っています": the role noun names what X does for the topic. */
const jaRoleTopic = (roles: string) =>
  String.raw`が\s*(?:担って|行って)(?:います|いる|おり)(?<=(?:${roles})は[^。]{0,120})`;

/** A finite verb ending after a verbal noun, not the cleft "…しているのは X". */
const JA_FINITE = '(?=し|す)(?![^。、]{0,8}?の[はが])';

const JA: Cue[] = [
  c('ACCREDITS', jaRoleTopic('運営|運用|管理|実務'), 'before'),
  c('PUBLISHES', jaRoleTopic('開発|策定|発行|作成|整備|維持'), 'before'),
  // "AICPA の SOC 2 報告の枠組み": a name's framework, genitive of its issuer (like "the SOC 2 framework of the AICPA").
  c('PUBLISHES', String.raw`(?<=[)）]\s?)(?:報告|監査)?の?(?:枠組み|フレームワーク)`, 'before', 'before'),
  // "AICPA が定めています": laying down a standard or scheme (a finite verb; "X が定める基準" is a relative clause).
  c('PUBLISHES', String.raw`が\s*定め(?:ています|ていました|ました)(?=\s*(?:[。、]|$))`, 'before'),
  // "ITU からも勧告 ITU-T X.1631 として発行されています": the name before "として" is what was issued.
  c('PUBLISHES', 'から(?:も)?(?=[^。、]{1,40}?として\\s*(?:発行|公開|公表|策定))', 'before', 'after'),
  // "X が Y を運営しています", "X が Y を策定しました": subject, object, then a finite verb (not "Y を運営しているのは X").
  c('ACCREDITS', `(?<!の[^s、。]{1,10})を\\s*(?:運営|運用|認定|付与)${JA_FINITE}`, 'before', 'before'),
  c('PUBLISHES', `(?<!の[^s、。]{1,10})を\\s*(?:発行|策定|制定|公表|発表)${JA_FINITE}`, 'before', 'before'),
];

/**
 * Japanese cues that must be read before those of cues.ts: a document ("枠組み", "体系", "規格") that
 * X "管理しています" is maintained by X, which is publishing, not running a scheme.
 */
export const JA_FIRST: Cue[] = [
  c(
    'PUBLISHES',
    String.raw`が\s*(?:管理|維持)(?:して|し|する)(?<=(?:枠組み|体系|フレームワーク|規格|基準)は[^。]{0,80})`,
    'before',
  ),
];

/** Extra word-order cues per article language, read after the language's own tables. */
export const ORDER_CUES: Record<string, Cue[]> = {
  de: DE,
  ja: JA,
  'zh-CN': ZH,
  'zh-TW': ZH,
};

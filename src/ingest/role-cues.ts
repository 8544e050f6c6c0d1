/**
 * Relation cues for roles stated through a noun or a procedure rather than a plain verb, per
 * language: the body that operates a scheme ("acts as the program's operational body"), a scheme
 * carried out under a standard ("performed under SSAE 18"), a standard developed under a body's
 * authority ("developed under the SSC"). Same shape and reading as the tables in cues.ts.
 */
import { ASSESSOR_CUES } from './assessor-cues.ts';
import { B, type Cue, c, E } from './cue-pattern.ts';
import { DE_EXTRA_CUES } from './cues-de-extra.ts';
import { FR_EXTRA_CUES } from './cues-fr-extra.ts';
import { GENITIVE_CUES } from './genitive-authors.ts';
import { LINEAGE_CUES } from './lineage-cues.ts';
import { ORDER_CUES } from './order-cues.ts';
import { PHRASE_CUES } from './phrase-cues.ts';

/** Process nouns: what "follows" or "applies" a standard when it is carried out under it. */
const PROCESS = '(?:examinations?|audits?|assessments?|engagements?|attestations?)';

/** Bodies that certify or audit against a scheme: accrediting them accredits for the scheme. */
const CERTIFIER = String.raw`(?:(?:certification|conformity\s+assessment|audit|assessment)\s+(?:bodies|organi[sz]ations|firms)|auditors|assessors)(?:\s+\([^()]{1,12}\))?`;

/** Nouns for a document a body issues. */
const DOCUMENT = '(?:framework|catalog(?:ue)?|criteria)';

/** German process nouns, as PROCESS. */
const DE_PROCESS = '(?:Prüfung|Prüfungen|Audits?|Bewertung|Begutachtung|Testats?)';

/** "acts as the program's operational body": the agent is before, the scheme after "of" or before. */
const OPERATOR = String.raw`(?:is|are|acts?\s+as|serves?\s+as)\s+(?:the|its)\s+(?:[\p{L}'’]+\s+){0,2}(?:operational|operating|administrative|administering)\s+(?:body|entity|organi[sz]ation|agency)`;

const EN: Cue[] = [
  c('ACCREDITS', `${B}${OPERATOR}\\s+(?:of|for)${E}`, 'before', 'after'),
  c('ACCREDITS', `${B}${OPERATOR}${E}`, 'before'),
  c('ACCREDITS', `${B}(?:delivered|administered|implemented|operated)\\s+(?:through|via)${E}`, 'after'),
  c('PUBLISHES', `${B}(?:developed|drafted|prepared|written)\\s+under${E}`, 'after'),
  c(
    'BASED_ON',
    `${B}(?:performed|conducted|carried\\s+out|undertaken|done)\\s+(?:under|in\\s+accordance\\s+with|according\\s+to|pursuant\\s+to)${E}`,
    'after',
  ),
  c('BASED_ON', `${B}${PROCESS}\\s+(?:follows?|applies|apply)${E}`, 'after'),
  // "ISMS certification bodies are accredited by X": X accredits the bodies certifying the scheme.
  c('ACCREDITS', `${B}${CERTIFIER}\\s+(?:are|is)\\s+(?:(?:also|each|all)\\s+)?accredited\\s+by${E}`, 'after', 'self'),
  // "the SOC 2 reporting framework of the AICPA": a name's document noun, then its issuer.
  c('PUBLISHES', `(?<=[)\\p{Lu}\\p{N}]\\s)(?:reporting\\s+)?${DOCUMENT}\\s+of${E}(?=\\s+the\\s)`, 'after', 'before'),
  // "NIST SP 800-53, the NIST catalogue of …": an apposition naming the issuer before its document noun.
  c(
    'PUBLISHES',
    `${B}${DOCUMENT}${E}(?<=,\\s+the\\s+\\p{Lu}[\\p{L}\\p{N}/&-]{1,12}\\s+${DOCUMENT})`,
    'before',
    'before',
  ),
];

/**
 * A participle (`words`) in an active clause (no passive auxiliary earlier in it) that ends the
 * clause, as in "hat die JASA das … geschaffen", outside a relative clause (cues-de-extra.ts reads
 * those, with their antecedent as patient). The words come first and the clause is checked
 * behind them: a pattern starting with an unbounded lookbehind runs it at every position.
 */
const deActiveClauseEnd = (words: string) =>
  String.raw`${B}${words}${E}(?<!(?<![\p{L}])(?:wurden?|wird|werden|worden)(?![\p{L}])[^.;]*)(?<!,\s*(?:den|die|das|welche[nrs]?)\s[^.;,]{0,80})(?=\s*(?:hat|haben)?\s*(?:[.;]|$))`;

const DE: Cue[] = [
  // "mit Unterstützung des X … gegründet", like "established with the backing of X".
  c(
    'ESTABLISHED_BY',
    `${B}mit\\s+(?:der\\s+)?(?:Unterstützung|Genehmigung|Zustimmung)\\s+(?:des|der|von|vom)${E}(?=[^.;]{0,160}?(?:gegründet|eingerichtet|geschaffen|errichtet))`,
    'after',
  ),
  c('BASED_ON', `${B}(?:stützt|stützen)\\s+sich\\s+(?:(?:außerdem|ebenso|auch|zudem)\\s+)?auf${E}`, 'after'),
  // "greift der C5 auf die CCM … zurück": a separable verb around its object.
  c('BASED_ON', `${B}auf${E}(?<=${B}greif(?:t|en)${E}[^.;]{0,60}auf)(?=[^.;]{0,120}?${B}zurück${E})`, 'after'),
  // "Als Prüfrahmen hat die JASA das … geschaffen" is read at "hat" in cues-de-extra.ts (subject first).
  c('PUBLISHES', deActiveClauseEnd('(?:entwickelt|veröffentlicht|herausgegeben|erarbeitet)'), 'before', 'before'),
  c(
    'ACCREDITS',
    `${B}als\\s+(?:operative|betreibende|durchführende|verwaltende)\\s+(?:Stelle|Behörde|Organisation|Einrichtung)${E}`,
    'before',
    'after',
  ),
  c('PUBLISHES', `${B}(?:entwickelt|erarbeitet|erstellt)\\s+unter${E}`, 'after'),
  c('BASED_ON', `${B}(?:durchgeführt|erbracht|vorgenommen)\\s+(?:nach|gemäß)${E}`, 'after'),
  c('BASED_ON', `${B}(?:nach|gemäß)${E}(?=[^.;]{0,200}?(?:durchgeführt|erbracht|vorgenommen))`, 'after'),
  c(
    'ACCREDITS',
    `${B}(?:Zertifizierungsstellen|Zertifizierungsgesellschaften|Prüfgesellschaften|Prüfstellen|Auditoren)${E}(?=\\s+(?:(?:werden|wird)\\s+)?(?:von|durch)${E}[^.;]{0,120}?${B}akkreditiert${E})`,
    'after',
    'self',
  ),
  // "Grundlage der Prüfung ist X": the scheme's examination is carried out under X.
  c(
    'BASED_ON',
    `^(?:Grundlage|Basis)\\s+(?:der|des|dieser|dieses)\\s+${DE_PROCESS}\\s+(?:ist|sind|bildet|bilden)${E}`,
    'after',
    'self',
  ),
];

const FR: Cue[] = [
  c(
    'ESTABLISHED_BY',
    `${B}(?:cr[ée]{2}e?s?|fond[ée]e?s?|[ée]tablie?s?|institu[ée]e?s?)\\s+avec\\s+(?:le\\s+soutien|l['’]appui|l['’]accord)\\s+d[eu']`,
    'after',
  ),
  c('ESTABLISHED_BY', `${B}(?:a|ont)\\s+(?:mis\\s+en\\s+place|cr[ée][ée]|fond[ée]|institu[ée])${E}`, 'before', 'after'),
  c('PUBLISHES', `${B}(?:a|ont)\\s+(?:publi[ée]|d[ée]velopp[ée]|[ée]labor[ée]|r[ée]dig[ée])${E}`, 'before', 'after'),
  c(
    'ACCREDITS',
    `${B}(?:est|sont)\\s+l['’]organisme\\s+(?:opérationnel|gestionnaire|d['’]exploitation)\\s+(?:d['’]|de\\s+|du\\s+)`,
    'before',
    'after',
  ),
  c('PUBLISHES', `${B}(?:d[ée]velopp|[ée]labor|r[ée]dig)[ée]e?s?\\s+sous${E}`, 'after'),
  c(
    'BASED_ON',
    `${B}(?:r[ée]alis|men|effectu|conduit)[ée]?e?s?\\s+(?:selon|conform[ée]ment\\s+(?:à|aux?)|en\\s+application\\s+d[eu'])`,
    'after',
  ),
  c(
    'ACCREDITS',
    `${B}organismes\\s+(?:de\\s+certification|d['’]audit|d['’][ée]valuation)\\s+(?:[\\p{Lu}\\p{N}-]+\\s+)?(?:sont|est)\\s+accr[ée]dit[ée]s?\\s+par${E}`,
    'after',
    'self',
  ),
];

const JA: Cue[] = [
  // "…も参照しています" states a source; "…を参照してください" only points the reader to one.
  c('BASED_ON', '[をも]参照し(?:ています|ている|ており|た)', 'before'),
  c('ACCREDITS', '(?:運用|運営)(?:支援)?機関である', 'after', 'before'),
  c('PUBLISHES', '(?:のもとで|の下で)\\s*(?:策定|開発|作成)', 'before'),
  c('BASED_ON', 'に(?:従って|沿って|準じて)\\s*(?:実施|行われ|行う)', 'before', 'topic'),
  c('ACCREDITS', '(?:認証機関|審査機関|評価機関|監査法人)を\\s*(?:認定|認可)', 'before', 'self'),
  c(
    'ACCREDITS',
    '(?:認証機関|審査機関|評価機関|監査法人)は(?=[^。]{1,60}?(?:によって|により|が)\\s*(?:認定|認可))',
    'after',
    'self',
  ),
];

const ZH_PROCESS = '(?:审计|審計|鉴证|鑑證|评估|評估|审核|審核|检查|檢查)(?:业务|業務)?';
const ZH: Cue[] = [
  c('ESTABLISHED_BY', '在(?=[^。；]{0,40}?的(?:支持|支援|批准|推动|推動)下\\s*(?:设立|設立|成立|创建|創建))', 'after'),
  c('BASED_ON', '(?:参考|參考|借鉴|借鑒)了', 'after'),
  c('PUBLISHES', '(?:制定|发布|發布|编写|編寫)了', 'before', 'after'),
  c('BASED_ON', '(?:扩展|擴展)了', 'after', 'before'),
  c('ACCREDITS', '作为(?=[^。；]{0,30}?的(?:运营|運營|管理)(?:支援)?(?:机构|機構))', 'before', 'after'),
  // "C5 审计依据 ISAE 3000 … 执行": the process noun right before the cue; its scheme is named before it.
  c(
    'BASED_ON',
    `(?:依据|依據|依照|按照|根据|根據)(?<=${ZH_PROCESS}\\s*(?:依据|依據|依照|按照|根据|根據))(?=[^。；]{0,60}?(?:执行|執行|实施|實施|进行|進行))`,
    'after',
    'before',
  ),
  c(
    'ACCREDITS',
    '(?:认证机构|認證機構|审核机构|審核機構|评估机构|評估機構)(?=\\s*由[^。；，]{1,60}?(?:认可|認可))',
    'after',
    'self',
  ),
];

const ROLE_CUES: Record<string, Cue[]> = {
  en: EN,
  de: DE,
  fr: FR,
  ja: JA,
  'zh-CN': ZH,
  'zh-TW': ZH,
};

const TABLES = [
  ROLE_CUES,
  ORDER_CUES,
  LINEAGE_CUES,
  DE_EXTRA_CUES,
  FR_EXTRA_CUES,
  ASSESSOR_CUES,
  PHRASE_CUES,
  GENITIVE_CUES,
];

/**
 * Extra cues per article language (these, then those of order-cues.ts, lineage-cues.ts,
 * cues-de-extra.ts, cues-fr-extra.ts, assessor-cues.ts, phrase-cues.ts and genitive-authors.ts); `en`
 * applies to every article, after the English table.
 */
export const EXTRA_CUES: Record<string, Cue[]> = Object.fromEntries(
  [...new Set(TABLES.flatMap((t) => Object.keys(t)))].map((lang) => [lang, TABLES.flatMap((t) => t[lang] ?? [])]),
);

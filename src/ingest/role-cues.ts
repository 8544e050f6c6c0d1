/**
 * Relation cues for roles stated through a noun or a procedure rather than a plain verb, per
 * language: the body that operates a scheme ("acts as the program's operational body"), a scheme
 * carried out under a standard ("performed under SSAE 18"), a standard developed under a body's
 * authority ("developed under the SSC"). Same shape and reading as the tables in cues.ts.
 */
import { B, type Cue, c, E } from './cue-pattern.ts';

/** Process nouns: what "follows" or "applies" a standard when it is carried out under it. */
const PROCESS = '(?:examinations?|audits?|assessments?|engagements?|attestations?)';

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
];

/**
 * A participle (`words`) in an active clause (no passive auxiliary earlier in it) that ends the
 * clause, as in "hat die JASA das … geschaffen". The words come first and the clause is checked
 * behind them: a pattern starting with an unbounded lookbehind runs it at every position.
 */
const deActiveClauseEnd = (words: string) =>
  String.raw`${B}${words}${E}(?<!(?<![\p{L}])(?:wurden?|wird|werden|worden)(?![\p{L}])[^.;]*)(?=\s*(?:hat|haben)?\s*(?:[.;]|$))`;

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
  // "Als Prüfrahmen hat die JASA das … geschaffen": a clause-final participle, both names before it.
  c('ESTABLISHED_BY', deActiveClauseEnd('(?:geschaffen|gegründet|eingerichtet)'), 'before', 'before'),
  c('PUBLISHES', deActiveClauseEnd('(?:entwickelt|veröffentlicht|herausgegeben|erarbeitet)'), 'before', 'before'),
  c(
    'ACCREDITS',
    `${B}als\\s+(?:operative|betreibende|durchführende|verwaltende)\\s+(?:Stelle|Behörde|Organisation|Einrichtung)${E}`,
    'before',
    'after',
  ),
  c('PUBLISHES', `${B}(?:entwickelt|erarbeitet|erstellt)\\s+unter${E}`, 'after'),
  c('BASED_ON', `${B}(?:durchgeführt|erbracht|vorgenommen)\\s+(?:nach|gemäß)${E}`, 'after'),
  c('BASED_ON', `${B}(?:nach|gemäß)${E}(?=[^.;]{0,100}?(?:durchgeführt|erbracht|vorgenommen))`, 'after'),
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
];

const JA: Cue[] = [
  // "…も参照しています" states a source; "…を参照してください" only points the reader to one.
  c('BASED_ON', '[をも]参照し(?:ています|ている|ており|た)', 'before'),
  c('ACCREDITS', '(?:運用|運営)(?:支援)?機関である', 'after', 'before'),
  c('PUBLISHES', '(?:のもとで|の下で)\\s*(?:策定|開発|作成)', 'before'),
  c('BASED_ON', 'に(?:従って|沿って|準じて)\\s*(?:実施|行われ|行う)', 'before', 'topic'),
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
];

/** Extra cues per article language; `en` applies to every article, after the English table. */
export const EXTRA_CUES: Record<string, Cue[]> = {
  en: EN,
  de: DE,
  fr: FR,
  ja: JA,
  'zh-CN': ZH,
  'zh-TW': ZH,
};

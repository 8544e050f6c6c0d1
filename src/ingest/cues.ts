/**
 * Relation cues per language (see cue-pattern.ts for what a cue says). English cues apply to every
 * article; the others to articles of their language. Spanish, Italian and Portuguese cues are in
 * cues-romance.ts (Italian in cues-it.ts), Korean in cues-ko.ts, Dutch, Polish, Swedish, Turkish and
 * Russian in cues-nl.ts, cues-pl.ts, cues-sv.ts, cues-tr.ts and cues-ru.ts, and Traditional Chinese
 * adds cues-zh-hant.ts to the shared Chinese table.
 */
import { B, type Cue, c, E } from './cue-pattern.ts';
import { JA_ROLES, ZH_ROLES } from './cues-cjk-roles.ts';
import { ACTIVE, EN_AUTHORING, NOT_BY } from './cues-en-active.ts';
import { KO_CUES } from './cues-ko.ts';
import { NL_CUES } from './cues-nl.ts';
import { PL_CUES } from './cues-pl.ts';
import { ROMANCE_CUES } from './cues-romance.ts';
import { RU_CUES } from './cues-ru.ts';
import { SV_CUES } from './cues-sv.ts';
import { TR_CUES } from './cues-tr.ts';
import { ZH_HANT } from './cues-zh-hant.ts';
import { COORDINATOR_WORDS } from './enumeration.ts';
import { MORE_AGENT_PREPOSITIONS, MORE_NEGATIONS } from './function-words-more.ts';
import { JA_FIRST, ZH_FIRST } from './order-cues.ts';
import { EXTRA_CUES } from './role-cues.ts';

const W = String.raw`(?:[\p{L}'’-]+\s+){0,3}`;
const EN: Cue[] = [
  // The base first: "X is built upon by Y", "X is the basis for Y", "X underpins Y" — Y is based on X.
  c(
    'BASED_ON',
    `${B}(?:(?:based|built|founded|modell?ed|grounded|relied|drawn)\\s+(?:up)?on|extended)\\s+by${E}`,
    'before',
    'after',
  ),
  c(
    'BASED_ON',
    `${B}(?:(?:is|are|was|were|forms?|formed|provides?|provided|serves?\\s+as|served\\s+as)\\s+(?:the|a)\\s+(?:\\w+\\s+)?(?:basis|foundation)\\s+(?:for|of)|underpin(?:s|ned)?|underl(?:ies|ie|ay))${E}`,
    'before',
    'after',
  ),
  c(
    'BASED_ON',
    `${B}(?:(?:based|built|founded|modell?ed|grounded)\\s+(?:up)?(?:on|in)|built\\s+around|rest(?:s|ed)?\\s+(?:up)?on)${E}`,
    'after',
  ),
  c('BASED_ON', `${B}(?:builds?|draws?|relies)\\s+${W}(?:on|upon|from)${E}`, 'after'),
  c('BASED_ON', `${B}derive[sd]?\\s+${W}from${E}`, 'after'),
  // "The HITECH Act extended HIPAA": the later act builds on the one it extends.
  c('BASED_ON', `${ACTIVE}extended${E}${NOT_BY}(?!\\s+(?:with|to)${E})`, 'after'),
  c(
    'BASED_ON',
    `${B}(?:extends|extension\\s+(?:to|of)|(?:national\\s+)?adoption\\s+of|on\\s+the\\s+basis\\s+of)${E}`,
    'after',
  ),
  c('SUPERSEDES', `${B}(?:replaced|superseded|succeeded)\\s+by${E}`, 'after', 'near', true),
  c('SUPERSEDES', `${B}(?:replaces|replaced|supersedes|superseded|succeeds|succeeded)${E}`, 'after'),
  c('MAPS_TO', `${B}(?:maps?|mapped|mapping)\\s+${W}to${E}`, 'after'),
  c(
    'ESTABLISHED_BY',
    `${B}(?:established|set\\s+up|founded|created|formed|chartered)\\s+(?:\\w+\\s+){0,2}(?:by|with\\s+the\\s+(?:backing|support|approval)\\s+of)${E}`,
    'after',
  ),
  c('REGULATES', `${B}(?:regulated|supervised|enforced|overseen|governed|policed)\\s+(?:\\w+\\s+){0,2}by${E}`, 'after'),
  c('REGULATES', `${B}(?:regulates|supervises|enforces|oversees)${E}`, 'before', 'after'),
  c('AUDITS', `${B}(?:audited|assessed|examined|evaluated)\\s+by${E}`, 'after'),
  c(
    'PUBLISHES',
    `${B}(?:published|developed|maintained|released|produced|defined|authored|drafted|issued|written|adopted|enacted|drawn\\s+up|prepared)\\s+(?:\\w+\\s+){0,2}by${E}`,
    'after',
  ),
  c(
    'ACCREDITS',
    `${B}(?:accredited|certified|endorsed|licensed|operated|run|administered|managed|handled|owned|awarded|granted)\\s+(?:\\w+\\s+){0,2}by${E}`,
    'after',
  ),
  c('ACCREDITS', `${B}(?:accredits|operates|administers|runs|manages|awards)${E}`, 'before', 'after'),
  c(
    'PUBLISHES',
    `${ACTIVE}(?:publishes|published|develops|developed|maintains|maintained|issues|issued|released)${E}${NOT_BY}`,
    'before',
    'after',
  ),
  ...EN_AUTHORING,
  c('ESTABLISHED_BY', `${ACTIVE}(?:established|founded|created|set\\s+up)${E}${NOT_BY}`, 'before', 'after'),
  c(
    'PART_OF',
    `${B}(?:is|are|as)\\s+(?:a|an|the|one\\s+of\\s+the)\\s+(?:\\w+\\s+){0,2}(?:tier|level|part|component|module|category|layer|variant|edition)s?\\s+(?:of|within|in)${E}`,
    'after',
  ),
  c('PART_OF', `${B}(?:part|tiers?|levels?)\\s+of${E}`, 'after'),
];

/** A date between the agent's particle and the verb: "が 2006 年に設立", "から 2022 年 3 月に公開". */
const JA_WHEN = String.raw`(?:\s*\d{4}\s*年(?:\s*\d{1,2}\s*月)?\s*に)?`;

const JA: Cue[] = [
  ...JA_FIRST,
  // "X の土台となっている Y": Y is the base, X is based on it.
  c('BASED_ON', 'の(?:基礎|基盤|土台|ベース)(?:と|に)(?:なる|なって(?:いる|います)|なった)', 'after', 'before'),
  c('BASED_ON', 'が(?:基づいて(?:いる|います)|基づく|準拠して(?:いる|います)|準拠する)', 'after', 'before'),
  c(
    'BASED_ON',
    '(?:にも?基づ|を基に|をもとに|を基礎と|を基盤と|をベースと|に準拠|を拡張|の拡張|を採用し|[をも]取り入れ|の国内規格|を国内規格化)',
    'before',
  ),
  c('SUPERSEDES', '(?:に代わるもの|に置き換わ|を置き換え(?!るものではありません)|の後継)', 'before'),
  c('MAPS_TO', '(?:に対応付け|にマッピング|とマッピング)', 'before'),
  c('ESTABLISHED_BY', 'が\\s*(?:設立|創設|設置)(?:した|する|された)', 'before', 'after'),
  c(
    'ESTABLISHED_BY',
    '(?:の支援を受けて|の後援を受けて|の後援で|の認可を受けて|の承認を得て|の承認を受けて)\\s*(?:設立|創設|設置)',
    'before',
  ),
  c('ACCREDITS', 'を(?:運営|管理|認定|付与|運用)(?:しているのは|するのは)', 'after', 'before'),
  c('PUBLISHES', 'を(?:発行|策定|公開|制定)(?:しているのは|するのは|したのは)', 'after', 'before'),
  c('ESTABLISHED_BY', `(?:によって|により|が)${JA_WHEN}\\s*(?:設立|創設|設置)`, 'before'),
  c('REGULATES', '(?:によって|により|が)\\s*(?:監督|所管|規制|執行|監視)', 'before'),
  c('AUDITS', '(?:によって|により)\\s*(?:監査|評価)', 'before'),
  c(
    'PUBLISHES',
    `(?:によって|により|が|から)${JA_WHEN}\\s*(?:共同で|共同して)?\\s*(?:発行|公開|策定|制定|発表|作成|開発|公表|採択)`,
    'before',
  ),
  c('ACCREDITS', `(?:によって|により|が)${JA_WHEN}\\s*(?:共同で)?\\s*(?:認定|認証|運営|運用|管理|付与)`, 'before'),
  c('ACCREDITS', 'の(?:承認|認定|認可)を受けた', 'before'),
  c('PART_OF', 'の(?:一部|区分|階層|レベル|ティア|一つ|ひとつ)', 'before'),
];

const ZH: Cue[] = [
  ...ZH_FIRST,
  c('BASED_ON', '(?:基于|基於|源自|源于)', 'after'),
  c('BASED_ON', '以(?=[^。；]{0,40}?(?:为基础|為基礎|为依据|為依據))', 'after'),
  c('BASED_ON', '的(?:扩展|擴展|延伸)', 'before'),
  c('SUPERSEDES', '(?:取代|替代)', 'after'),
  c('ESTABLISHED_BY', '由(?=[^。；]{0,40}?(?:设立|設立|成立|创建|創建|建立))', 'after'),
  c('REGULATES', '由(?=[^。；]{0,40}?(?:监管|監管|监督|監督))', 'after'),
  c(
    'PUBLISHES',
    '由(?=[^。；]{0,40}?(?:发布|發布|制定|编写|編寫|出版|发表|發表|(?:通过|通過|采纳|採納)(?:[。，；,]|$)))',
    'after',
  ),
  c(
    'ACCREDITS',
    '由(?=[^。；]{0,40}?(?:认证|認證|认定|認定|运营|運營|管理|颁发|頒發|负责|負責|组织实施|組織實施))',
    'after',
  ),
  c('ESTABLISHED_BY', '(?:设立|設立|成立|创建|創建)的', 'before', 'after'),
  c('PART_OF', '的(?:一部分|一部份|一个级别|一個級別|一个等级|一個等級|级别之一|等级之一)', 'before'),
];

const VON = '(?:von|vom|durch)';
const DE: Cue[] = [
  c(
    'BASED_ON',
    `${B}(?:bildet|bilden|ist|sind|dient|dienen)\\s+(?:\\p{L}+\\s+)?(?:die|als)\\s+Grundlage\\s+(?:für|von|des|der)${E}`,
    'before',
    'after',
  ),
  c(
    'BASED_ON',
    `${B}(?:basiert|basieren|beruht|beruhen|fußt|fußen|gründet|gründen|baut|bauen|aufbauend)\\s+(?:(?:außerdem|ebenso|ebenfalls|auch|zudem|weiterhin)\\s+)?auf${E}`,
    'after',
  ),
  c(
    'BASED_ON',
    `${B}(?:auf\\s+(?:der\\s+)?(?:Grundlage|Basis)\\s+(?:von|der|des)|abgeleitet\\s+(?:von|aus)|erweitert|Erweiterung\\s+(?:von|der|des|zu))${E}`,
    'after',
  ),
  c('SUPERSEDES', `${B}(?:ersetzt|ersetzte|löste)${E}`, 'after'),
  c('ESTABLISHED_BY', `${B}(?:gegründet|eingerichtet|geschaffen|errichtet)\\s+${VON}${E}`, 'after'),
  c('ESTABLISHED_BY', `${B}${VON}${E}(?=[^.;]{0,160}?(?:gegründet|eingerichtet|geschaffen|errichtet))`, 'after'),
  c('REGULATES', `${B}(?:überwacht|beaufsichtigt|durchgesetzt|kontrolliert)\\s+${VON}${E}`, 'after'),
  c('REGULATES', `${B}${VON}${E}(?=[^.;]{0,160}?(?:überwacht|beaufsichtigt|durchgesetzt|kontrolliert))`, 'after'),
  c('AUDITS', `${B}(?:geprüft|auditiert|bewertet)\\s+${VON}${E}`, 'after'),
  c(
    'PUBLISHES',
    `${B}(?:veröffentlicht|herausgegeben|entwickelt|erstellt|gepflegt|verabschiedet|beschlossen|erarbeitet|ausgearbeitet)\\s+${VON}${E}`,
    'after',
  ),
  c(
    'PUBLISHES',
    `${B}${VON}${E}(?=[^.;]{0,160}?(?:veröffentlicht|herausgegeben|entwickelt|erstellt|gepflegt|verabschiedet|beschlossen|erarbeitet|ausgearbeitet))`,
    'after',
  ),
  c(
    'ACCREDITS',
    `${B}(?:akkreditiert|zertifiziert|betrieben|verwaltet|vergeben|ausgestellt|erteilt)\\s+${VON}${E}`,
    'after',
  ),
  c(
    'ACCREDITS',
    `${B}${VON}${E}(?=[^.;]{0,160}?(?:akkreditiert|zertifiziert|betrieben|verwaltet|vergeben|ausgestellt|erteilt))`,
    'after',
  ),
  c('PART_OF', `${B}(?:Teil|Stufe|Ebene|Level)\\s+(?:von|des|der)${E}`, 'after'),
];

const P = '[ée]e?s?';
/** An adverb between a French verb and its preposition: "repose quant à elle sur", "s'appuie également sur". */
const FR_ADV = String.raw`(?:(?:quant\s+à\s+(?:elle|lui)|également|aussi|notamment|elle-même|lui-même)\s+)?`;
const FR: Cue[] = [
  c(
    'BASED_ON',
    `${B}(?:(?:constitue|constituent|forme|est|sont)\\s+(?:\\p{L}+\\s+)?(?:la|le)\\s+(?:base|fondement|socle)\\s+d[eu'](?!\\s*donn[ée]es)|sert\\s+de\\s+(?:base|fondement)\\s+(?:à|aux?))`,
    'before',
    'after',
  ),
  c('BASED_ON', `${B}(?:bas${P}|fond${P}|appuy${P})\\s+sur${E}`, 'after'),
  c(
    'BASED_ON',
    `${B}(?:repos(?:e|ent)\\s+${FR_ADV}sur|s['’]appui(?:e|ent)\\s+${FR_ADV}sur|d[ée]riv${P}\\s+d[eu']|[ée]tend|extension\\s+(?:de|à)|sur\\s+la\\s+base\\s+d[eu'])`,
    'after',
  ),
  c('SUPERSEDES', `${B}(?:remplace|a\\s+remplac[ée])${E}`, 'after'),
  c(
    'ESTABLISHED_BY',
    `${B}(?:cr[ée]${P}|fond${P}|[ée]tabli[e]?s?|institu${P}|mise?s?\\s+en\\s+place)\\s+par${E}`,
    'after',
  ),
  c('REGULATES', `${B}(?:r[ée]glement${P}|supervis${P}|contr[ôo]l${P}|appliqu${P}|surveill${P})\\s+par${E}`, 'after'),
  c('AUDITS', `${B}(?:audit${P}|[ée]valu${P}|examin${P})\\s+par${E}`, 'after'),
  c(
    'PUBLISHES',
    `${B}(?:publi${P}|[ée]labor${P}|d[ée]velopp${P}|[ée]dit${P}|r[ée]dig${P}|maintenue?s?|adopt${P})\\s+(?:[\\p{L}\\p{N}]+\\s+){0,3}par${E}`,
    'after',
  ),
  c(
    'ACCREDITS',
    `${B}(?:accr[ée]dit${P}|certifi${P}|g[ée]r${P}|exploit${P}|administr${P}|d[ée]livr${P}|op[ée]r${P})\\s+par${E}`,
    'after',
  ),
  c(
    'PART_OF',
    `${B}(?:(?:fait|font)\\s+partie\\s+d[eu']|(?:un|une|le|la)\\s+(?:niveau|palier|partie|composante)\\s+d[eu'])`,
    'after',
  ),
];

const BY_LANG: Record<string, Cue[]> = {
  ja: [...JA, ...JA_ROLES],
  'zh-CN': [...ZH, ...ZH_ROLES],
  'zh-TW': [...ZH, ...ZH_HANT, ...ZH_ROLES],
  de: DE,
  fr: FR,
  ...ROMANCE_CUES,
  ...KO_CUES,
  ...NL_CUES,
  ...PL_CUES,
  ...SV_CUES,
  ...TR_CUES,
  ...RU_CUES,
};

/** Cues for an article language: its own first, then English (articles quote English names and phrases). */
export function cuesFor(lang: string): Cue[] {
  const own = BY_LANG[lang] ? [...(BY_LANG[lang] ?? []), ...(EXTRA_CUES[lang] ?? [])] : [];
  return [...own, ...EN, ...(EXTRA_CUES.en ?? [])];
}

/** "applies in/to" cues, for Certification → Jurisdiction. */
export const APPLIES_CUE =
  /(?<![\p{L}])(?:appl(?:y|ies)\s+(?:in|to|throughout|across)|in\s+force\s+in|適用|适用|適用於|gilt\s+(?:in|für)|gelten\s+(?:in|für)|s['’]applique|applicable\s+(?:en|dans|aux?)|se\s+aplica|si\s+applica|se\s+aplica|적용)/giu;

/** Separators that chain several agents or patients: "A, B and C", "A and on B", "A et du B", "A と B", "A 以及《B》". */
export const CONJUNCTION = new RegExp(
  String.raw`^\s*(?:,|、|，|;)?\s*(?:${COORDINATOR_WORDS}|,|、|，)?\s*(?:by|von|vom|durch|par|por|pel[oa]s?|da|dal|dallo|dalla|dall['’]|dai|dagli|dalle|on|upon|sur|auf|op|na|${MORE_AGENT_PREPOSITIONS})?\s*(?:the|der|die|das|dem|den|des|la|le|les|l['’]|el|los|las|il|lo|i|gli|o|os|a|as|du|de\s+la|de\s+l['’]|d['’]|het|de)?\s*[《「『“„]?\s*$`,
  'iu',
);

/** Negation near a cue: the relation is denied, not stated. "No. 18" is a number, not a negation. */
const negation = (bareNo: boolean) =>
  new RegExp(
    String.raw`(?<![\p{L}])(?:not|no\s+longer|never|neither|nor|nicht|kein\w*|non|pas|jamais|${bareNo ? 'no|' : ''}nunca|mai|não|nem|ni|né|tampoco|nenhum|nenhuma|ningún|ninguna|nessun[oa]?|${MORE_NEGATIONS})(?![\p{L}])(?!\.\s*\d)|ではありません|ではない|ません|ない(?:[。、]|$)|不是|并非|並非|并未|並未|尚未|从未|從未|不|아니|아닌|아닙|않|없이|없습|없는`,
    'iu',
  );
export const NEGATION = negation(true);
/** Portuguese "no" is "em" + "o" ("baseada no X"), never a negation (that is "não"). */
const NEGATION_PT = negation(false);
/** The negation words of an article language. */
export const negationFor = (lang: string): RegExp => (lang === 'pt' ? NEGATION_PT : NEGATION);

/** Questions (FAQ headings) state nothing. */
export const QUESTION = /[?？]\s*(?:\*\*)?\s*$/u;

/**
 * BASED_ON cues beyond the plain "based on" verbs, per language: a national adoption of a standard
 * ("die nationale Übernahme von", "国家采用版本"), the base named first with the derived schemes
 * after it ("sert aussi de socle à A, B et C", "是 A、B 和 C 的基础", "A、B の土台にもなっています")
 * and "on the basis of" ("在 X 的基础上"). Same shape and reading as the tables in cues.ts; an
 * inverted BASED_ON cue finds the derived side as its agent and the base as its patient.
 */
import { B, type Cue, c, E } from './cue-pattern.ts';

/**
 * "assessed together with an X certification, as an extension of the audited ISMS": the scheme is
 * assessed with X and extends X's management system, so it is based on X. The cue is the "with"
 * phrase (its agent the name after it); `ext` is the extension phrase that must follow in the clause.
 */
const withExtension = (ext: string) =>
  String.raw`(?=[^.;]{0,80}?${B}${ext}[^.;]{0,60}?(?:management\s*system|Managementsystem|système\s+de\s+management|ISMS|SMSI|PIMS|audit))`;

const EN: Cue[] = [
  // "issued together with the underlying ISO/IEC 27001 certificate": the underlying one is the base.
  c('BASED_ON', `${B}(?:the|its|their)\\s+underlying${E}`, 'after'),
  c('BASED_ON', `${B}together\\s+with${E}${withExtension('as\\s+(?:an?\\s+)?extensions?\\s+(?:of|to)')}`, 'after'),
];

/** An adverb between a French verb and its complement: "sert aussi de socle à". */
const FR_ADV = String.raw`(?:(?:aussi|également|notamment|par\s+ailleurs|en\s+outre)\s+)?`;

const DE: Cue[] = [
  // "das auf einer SOC 2-Prüfung basiert": the verb closes a subordinate clause.
  c(
    'BASED_ON',
    `${B}auf${E}(?=[^.;,]{1,80}?${B}(?:basiert|basieren|beruht|beruhen|fußt|fußen|aufbaut|aufbauen)${E})`,
    'after',
  ),
  c('BASED_ON', `${B}nationalen?\\s+(?:Übernahme|Umsetzung|Fassung)\\s+(?:von|der|des)${E}`, 'after'),
  c('BASED_ON', `${B}(?:zusammen|gemeinsam)\\s+mit${E}${withExtension('als\\s+Erweiterung(?:en)?\\s')}`, 'after'),
];

const FR: Cue[] = [
  c(
    'BASED_ON',
    `${B}(?:sert|servent|a\\s+servi|ont\\s+servi)\\s+${FR_ADV}de\\s+(?:base|fondement|socle)\\s+(?:à|aux?)${E}`,
    'before',
    'after',
  ),
  c('BASED_ON', `${B}(?:adoption|transposition|version)\\s+nationale\\s+d[eu']`, 'after'),
  c('BASED_ON', `${B}(?:conjointement\\s+)?avec${E}${withExtension('comme\\s+(?:une?\\s+)?extensions?\\s')}`, 'after'),
];

/** A Chinese clause after "是" up to "的基础" holding only names and a list: "是 A、B 和 C 等其他认证的基础". */
const ZH_BASE_OF = '(?:基础|基礎)(?![上之])';

const ZH: Cue[] = [
  // "X 是 A、B 等认证的基础": X (before) is the base of the names after the copula.
  c('BASED_ON', `(?:是|为|為|构成|構成)(?=[^。；，,]{1,80}?的${ZH_BASE_OF})`, 'before', 'after'),
  // "Y 在 X 的基础上进行了扩展": Y builds on X.
  c('BASED_ON', '在(?=[^。；]{1,60}?的(?:基础|基礎)上)', 'after'),
  c('BASED_ON', '的(?:国家|國家|国内|國內)(?:采用|採用)?(?:版本|版)', 'before'),
  // "与 X 认证结合，作为…管理体系的扩展进行评估": assessed with X, as an extension of its management system.
  c(
    'BASED_ON',
    '与(?=[^。；]{1,40}?(?:结合|結合|一起|一并|一併)[^。；]{0,6}?作为[^。；]{0,40}?(?:管理体系|管理體系|ISMS|审核|審核)[^。；]{0,12}?的(?:扩展|擴展|延伸))',
    'after',
  ),
];

const JA: Cue[] = [
  // "T は、A、B などの認証の土台にもなっています": the topic T is the base, the names before the cue derive from it.
  c(
    'BASED_ON',
    'の(?:基礎|基盤|土台|ベース)(?:と|に)も?(?:なって(?:います|いる|おり)|なります|なりました)(?=\\s*(?:[。、]|$))',
    'before',
    'topic',
    true,
  ),
  c('BASED_ON', 'の(?:国内版|国内規格版|日本版)', 'before'),
  c('BASED_ON', 'に由来(?:し|する|します|しています)', 'before'),
  // "X 認証と組み合わせ、…マネジメントシステム (ISMS) の拡張として評価": assessed with X, extending its system.
  c(
    'BASED_ON',
    'と\\s*(?:組み合わせ|併せて|あわせて|一緒に)(?=[^。]{0,60}?(?:マネジメントシステム|ISMS|監査|審査)[^。]{0,12}?の拡張として)',
    'before',
  ),
];

/** Extra lineage cues per article language; `en` applies to every article. */
export const LINEAGE_CUES: Record<string, Cue[]> = {
  en: EN,
  de: DE,
  fr: FR,
  ja: JA,
  'zh-CN': ZH,
  'zh-TW': ZH,
};

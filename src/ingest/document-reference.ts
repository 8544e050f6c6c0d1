/**
 * Openings that refer back by a generic document noun ("The requirements …", "The reference document
 * …", "Der Katalog …", "Le référentiel …", "该要求…", "本ガイドラインは…"): they mean a Standard (see
 * referent.ts for how the antecedent is chosen). Each is tested on the sentence opening only, and
 * only a determiner and the noun not followed by a name refer ("The NIST guidelines …" names its own
 * subject).
 */
import { MORE_DOCUMENT_REFERENCE } from './reference-words-more.ts';

/** Not followed by a name or by a genitive that names the owner ("The requirements of PCI DSS …"). */
const NO_NAME = String.raw`(?![\p{L}])(?!\s+[A-Z0-9])(?!\s+(?:of|for|des|du|de\s+la|der|von)\s+(?:the\s+)?[A-Z0-9])`;

/** An adjective that classifies the document noun: "The security requirements …". */
const EN_MODIFIER = String.raw`(?:(?:security|technical|privacy|minimum|core)\s+)?`;
const EN_NOUN = String.raw`${EN_MODIFIER}(?:requirements|reference\s+document|control\s+catalog(?:ue)?|catalog(?:ue)?|guidelines?|guidance|baseline|criteria|specification|control\s+set|controls|rulebook)`;
const DE_NOUN =
  '(?:Katalog|Kriterienkatalog|Anforderungskatalog|Anforderungen|Leitfaden|Leitlinien?|Richtlinien|Referenzdokument|Kriterien|Spezifikation|Kompendium)';
const FR_NOUN = String.raw`(?:référentiel|exigences|catalogue|guide|lignes\s+directrices|critères|document\s+de\s+référence|spécification|recueil)`;
const ES_NOUN = String.raw`(?:requisitos|documento\s+de\s+referencia|catálogo|guía|directrices|criterios|especificación)`;
const IT_NOUN = String.raw`(?:requisiti|documento\s+di\s+riferimento|catalogo|linee\s+guida|criteri|specifica)`;
const PT_NOUN = String.raw`(?:requisitos|documento\s+de\s+referência|catálogo|guia|diretrizes|critérios|especificação)`;

export const DOCUMENT_REFERENCE: Record<string, RegExp> = {
  en: new RegExp(String.raw`^(?:\*\*)?(?:The|This|These|Its)\s+${EN_NOUN}${NO_NAME}`, 'u'),
  de: new RegExp(
    String.raw`^(?:\p{Lu}\p{Ll}+\s+(?:wird|wurde|werden|wurden)\s+)?(?:Der|Die|Das|Dieser|Diese|Dieses|der|die|das|dieser|diese|dieses)\s+${DE_NOUN}${NO_NAME}`,
    'u',
  ),
  fr: new RegExp(String.raw`^(?:Le|La|Les|Ce|Cette|Ces|L['’])\s*${FR_NOUN}${NO_NAME}`, 'iu'),
  es: new RegExp(
    String.raw`^(?:El|La|Los|Las|Este|Esta|Estos|Estas|Dicho|Dicha|Dichos|Dichas)\s+${ES_NOUN}${NO_NAME}`,
    'u',
  ),
  it: new RegExp(String.raw`^(?:Il|Lo|La|I|Gli|Le|Questo|Questa|Questi|Queste|Tale|Tali)\s+${IT_NOUN}${NO_NAME}`, 'u'),
  pt: new RegExp(String.raw`^(?:O|A|Os|As|Este|Esta|Estes|Estas|Esse|Essa|Esses|Essas)\s+${PT_NOUN}${NO_NAME}`, 'u'),
  ja: /^(?:この|本|同|当該)\s*(?:ガイドライン|基準|要求事項|要件|指針|カタログ|管理策)/u,
  'zh-CN': /^(?:该|此|本|这)(?:项|个|一|套|份|些)?\s*(?:要求|指南|基准|准则|规范|目录|控制集)/u,
  'zh-TW': /^(?:該|此|本|這)(?:項|個|一|套|份|些)?\s*(?:要求|指南|基準|準則|規範|目錄|控制集)/u,
  ko: /^(?:이|본|해당|동|그)\s*(?:요구사항|가이드라인|지침|기준|카탈로그)/u,
  ...MORE_DOCUMENT_REFERENCE,
};

/** The document noun a reference names, lower-cased, to prefer an antecedent named by it; '' if none. */
export function documentNoun(opening: string, lang: string): string {
  const m = DOCUMENT_REFERENCE[lang]?.exec(opening);
  if (!m) return '';
  return (
    m[0]
      .replace(/^(?:\*\*)?\S+\s*/u, '')
      .split(/\s+/u)
      .pop()
      ?.toLowerCase() ?? ''
  );
}

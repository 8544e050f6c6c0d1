/**
 * Head words: what a full name denotes, read from the noun that heads it, in every supported language.
 * "… Association / Agencia … / … 위원회" name an Authority, "… Standard / Norma … / … 기준" a Standard,
 * "… Seal / Programa … / … 인증" a Certification (with its type; a law or regulation is a Certification
 * of type law/regulation, as in the lexicon). Contract: only the head positions are read (the last
 * word; the first word in head-first names: Romance languages, and "Ministry of …", "Bundesamt für …";
 * the word before the first "of/for"), so a head word inside a name ("Cloud Security Alliance
 * Standard") never outranks the real head.
 */
import { headsFirst, MORE_HEAD_LANGS, moreHeadWord } from './head-words-more.ts';
import type { CertificationType, EntityKind } from './types.ts';

export interface KindGuess {
  kind: EntityKind;
  type?: CertificationType;
}

const AUTHORITY_LATIN = new Set(
  (
    'ministry department agency office bureau authority commission council board association institute institution ' +
    'centre center organization organisation forum alliance committee directorate administration service division ' +
    'group consortium foundation federation society registry body secretariat inspectorate regulator commissioner ' +
    'ministère agence autorité conseil comité direction fondation organisme secrétariat ' +
    'ministerio agencia autoridad comisión consejo asociación instituto oficina dirección secretaría ' +
    'superintendencia centro organismo fundación federación junta departamento entidad ' +
    'ministério agência autoridade associação conselho comissão secretaria superintendência fundação ' +
    'coordenação entidade organização órgão escritório ' +
    'ministero agenzia autorità commissione consiglio associazione istituto dipartimento ente garante fondazione ' +
    'ufficio comitato ' +
    'bundesamt behörde amt verband institut ministerium kommission rat stelle zentrum stiftung vereinigung ausschuss'
  ).split(' '),
);
/** German compounds end with their head: Bundesnetzagentur, Datenschutzbehörde, Bundesanstalt, Bankenaufsicht. */
const AUTHORITY_DE_SUFFIX =
  /(?:amt|behörde|agentur|verband|ministerium|kommission|stelle|zentrum|stiftung|anstalt|aufsicht)$/;
/** Two-word heads: "Task Force", "Working Group". */
const AUTHORITY_PAIR = /(?:^|\s)(?:task\s+force|working\s+group|working\s+party|expert\s+group)$/i;
const AUTHORITY_CJK =
  /(?:省|庁|厅|廳|局|署|部|委員会|委員會|委员会|協会|協會|协会|機構|机构|センター|中心|会議|研究所|院|財団|基金會|基金会|聯盟|联盟|学会|學會|組織|组织|辦公室|办公室|本部|기관|위원회|진흥원|원|부|청|처|협회|재단|센터|기구|연구소|연합)$/u;

const STANDARD_LATIN = new Set(
  (
    'standard standards norme norma normas norme norm catalogue catalog katalog guidelines guideline criteria matrix ' +
    'manual code questionnaire specification specifications baseline requirements practice ' +
    'estándar padrão standard diretrizes directrices linee'
  ).split(' '),
);
const STANDARD_CJK =
  /(?:基準|基准|規格|規範|规范|標準|标准|準則|准则|指南|指引|マニュアル|ガイドライン|カタログ|目录|目錄|기준|표준|지침|가이드라인|규격)$/u;

const CERT_LATIN: Array<[Set<string>, CertificationType]> = [
  [new Set('act law loi ley legge lei gesetz decree decreto'.split(' ')), 'law'],
  [
    new Set(
      'regulation regulations règlement reglamento regolamento regulamento verordnung directive directiva direttiva diretiva richtlinie grundverordnung rule'.split(
        ' ',
      ),
    ),
    'regulation',
  ],
  [
    new Set(
      'framework cadre marco rahmenwerk esquema schema quadro policy politique política politica richtlinien'.split(
        ' ',
      ),
    ),
    'framework',
  ],
  [
    new Set(
      'program programme programa programma programm scheme assessment evaluación avaliação valutazione qualificazione qualificação'.split(
        ' ',
      ),
    ),
    'assessment-program',
  ],
  [
    new Set(
      'certification zertifizierung mark label seal attestation kitemark sello selo sigillo marchio etiqueta certificación certificação certificazione gütesiegel siegel'.split(
        ' ',
      ),
    ),
    'certification',
  ],
];
const CERT_CJK: Array<[RegExp, CertificationType]> = [
  [/(?:法|法律|법|법률)$/u, 'law'],
  [/(?:規則|条例|條例|规则|規定|规定|규정|규칙|시행령|고시)$/u, 'regulation'],
  [/(?:フレームワーク|框架|架構|프레임워크|ポリシー|政策|정책)$/u, 'framework'],
  [/(?:制度|プログラム|スキーム|计划|計画|計畫|計劃|方案|評価|評估|评估|제도|프로그램|평가)$/u, 'assessment-program'],
  [/(?:マーク|认证|認証|認證|驗證|标志|標章|인증|마크)$/u, 'certification'],
];

/** Words that make a headless name a scheme wherever they stand in it. */
const SCHEME_WORD = new Set(
  'assessment accreditation certification attestation evaluación evaluación avaliação valutazione certificación certificação certificazione'.split(
    ' ',
  ),
);
/** Heads of names that are neither bodies nor schemes: "Security Assessment Report". */
const NOT_ENTITY = new Set('report reports document template tool portal body bodies process'.split(' '));

/** Assessments an organisation does, not schemes: "Data Protection Impact Assessment", "データ保護影響評価". */
const NOT_SCHEME =
  /(?:(?:impact|risk|privacy|self|gap|readiness|vulnerability)[\s-]+assessment|(?:影響|影响|リスク|风险|風險)(?:評価|評估|评估)|영향\s*평가|위험\s*평가)$/iu;

/** "Code of Conduct" and its translations name a scheme, although "code" alone heads a standard. */
const CODE_OF_CONDUCT =
  /\b(?:code\s+of\s+conduct|c[óo]digo\s+de\s+conduc?ta|codice\s+di\s+condotta|code\s+de\s+conduite)\b/iu;
/** Names of products, not bodies: "Azure Kubernetes Service (AKS)". */
const PRODUCT = /^(?:Microsoft|Azure|Amazon|AWS|Google|Oracle|IBM|Dynamics|Office|Windows|Power)\b/u;
const CONNECTOR =
  /^(?:of|for|on|de|del|della|dello|degli|delle|dei|di|da|do|dos|das|du|des|für|der|des|per|para|pour|sur|on)$/i;

function latinWord(w: string): string {
  return w
    .replace(/^\p{Ll}{1,5}['’](?=\p{Lu})/u, '')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();
}

function guessWord(w: string, lang: string): KindGuess | null {
  const more = moreHeadWord(w, lang);
  if (more) return more;
  if (AUTHORITY_LATIN.has(w)) return { kind: 'Authority' };
  // Plural bodies: "Third-Party Assessment Organizations", "Agencies".
  // Not "Services": "… Information Services" names an offering as often as a body.
  if (
    /s$/.test(w) &&
    w !== 'services' &&
    (AUTHORITY_LATIN.has(w.slice(0, -1)) || AUTHORITY_LATIN.has(w.replace(/ies$/, 'y')))
  )
    return { kind: 'Authority' };
  if (lang === 'de' && w.length > 7 && AUTHORITY_DE_SUFFIX.test(w)) return { kind: 'Authority' };
  if (STANDARD_LATIN.has(w)) return { kind: 'Standard' };
  for (const [set, type] of CERT_LATIN) if (set.has(w)) return { kind: 'Certification', type };
  return null;
}

function guessCjk(text: string): KindGuess | null {
  if (AUTHORITY_CJK.test(text)) return { kind: 'Authority' };
  if (STANDARD_CJK.test(text)) return { kind: 'Standard' };
  for (const [re, type] of CERT_CJK) if (re.test(text)) return { kind: 'Certification', type };
  return null;
}

/** Guesses what a full name denotes from its head word; null when no head word is known. */
export function guessHead(name: string, lang = 'en'): KindGuess | null {
  const trimmed = name.trim();
  if (PRODUCT.test(trimmed) || NOT_SCHEME.test(trimmed)) return null;
  if (CODE_OF_CONDUCT.test(trimmed)) return { kind: 'Certification', type: 'framework' };
  if (AUTHORITY_PAIR.test(trimmed)) return { kind: 'Authority' };
  const words = trimmed.split(/[\s\-–]+/).filter(Boolean);
  const last = words[words.length - 1] ?? '';
  if (/[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}]$/u.test(last)) return guessCjk(trimmed);
  const romance = ['fr', 'es', 'it', 'pt'].includes(lang) || headsFirst(lang);
  const first = words[0] ?? '';
  const firstIsHead = romance || (words.length > 2 && CONNECTOR.test(words[1] ?? ''));
  // The word before the first connector heads "German Association of the Automotive Industry".
  const beforeOf = words.findIndex((w, k) => k > 0 && /^(?:of|for)$/i.test(w));
  // Head-first names may open with an adjective: "Polskie Centrum Akredytacji", "Федеральная служба …".
  const second = headsFirst(lang) && words.length > 2 ? [words[1] ?? ''] : [];
  const positions = romance ? [first, ...second, last] : [last, ...(firstIsHead ? [first] : [])];
  if (beforeOf > 0) positions.push(words[beforeOf - 1] ?? '');
  for (const [k, p] of positions.entries()) {
    const g = guessWord(latinWord(p), lang);
    // Outside Romance names, a head before "of" names a body only: not "Attestation of Compliance".
    if (g && (romance || k === 0 || g.kind === 'Authority')) return g;
  }
  // "Trusted Information Security Assessment Exchange": an assessment word inside a headless name.
  const inner = words.slice(1, -1);
  if (!NOT_ENTITY.has(latinWord(last)) && inner.some((w) => SCHEME_WORD.has(latinWord(w))))
    return { kind: 'Certification', type: 'assessment-program' };
  return null;
}

/** True when some head position of `name` holds a head word of any language (for language-free checks). */
export function hasHeadWord(name: string): boolean {
  for (const lang of ['en', 'es', 'de', ...MORE_HEAD_LANGS]) if (guessHead(name, lang)) return true;
  return false;
}

/** True when `word` alone is a head word of some language ("Asociación", "Agency", "Programa"). */
export function isHeadWord(word: string): boolean {
  const w = latinWord(word);
  return guessWord(w, 'en') !== null || MORE_HEAD_LANGS.some((lang) => moreHeadWord(w, lang) !== null);
}

/**
 * "Full Name (ACRONYM)" in any script: finds the pair, so a known entity learns a localized name or
 * alias, and an unknown organisation or scheme becomes a discovered entity (a lexicon candidate).
 */
import type { CertificationType, EntityKind } from './types.ts';

export interface AcronymPair {
  name: string;
  acronym: string;
  /** Offsets in the input of the full name's start and of the closing parenthesis' end. */
  start: number;
  end: number;
}

const SERVICE_MODELS = new Set(['IAAS', 'PAAS', 'SAAS']);
const CONNECTORS = new Set([
  'of',
  'for',
  'and',
  'the',
  'on',
  'in',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'für',
  'der',
  'die',
  'das',
  'und',
  'del',
  'y',
  'e',
  'et',
  '&',
  'von',
  'zur',
  'zum',
  'a',
  'à',
  'da',
  'do',
  'di',
  'della',
  'dos',
  'em',
]);
const CJK_RUN = /[\p{Script=Han}\p{Script=Katakana}ー々・･\p{Script=Hangul}A-Za-z0-9]/u;
/** Characters that, ending a word, end a clause before a CJK name: 的, 是, 由, 和, … */
const FUNCTION_CHAR = /^[的是为為由在和与與及或将將把被对對从從向于於]$/u;
const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/** Spans of `text` that are known names (e.g. lexicon surfaces); a name is never cut inside one. */
export type KnownSpans = (text: string) => ReadonlyArray<{ start: number; end: number }>;

function acronymLetters(acr: string): string[] {
  return [...acr.normalize('NFKC')].filter((c) => /[A-Z]/.test(c)).map((c) => c.toLowerCase());
}

function latinName(before: string, acr: string): string | null {
  const words = [...before.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.\-/]*|&/gu)];
  if (words.length === 0) return null;
  const tail = before.slice((words[words.length - 1]?.index ?? 0) + (words[words.length - 1]?.[0].length ?? 0));
  if (tail.trim() !== '') return null;
  const letters = acronymLetters(acr);
  const first = letters[0];
  if (!first) return null;
  const isCap = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
  // Longest run of capitalized words and connectors ending at the parenthesis.
  let runStart = words.length;
  for (let k = words.length - 1; k >= 0 && words.length - k <= 14; k--) {
    const w = words[k]?.[0] ?? '';
    if (isCap(w) || CONNECTORS.has(w.toLowerCase().replace(/['’]$/, ''))) runStart = k;
    else break;
    const gap = before.slice((words[k]?.index ?? 0) + w.length, words[k + 1]?.index ?? before.length);
    if (k < words.length - 1 && /[,;:()]/.test(gap)) break;
  }
  const initial = (k: number) => (words[k]?.[0] ?? '').normalize('NFKD').charAt(0).toLowerCase();
  let startIdx = -1;
  for (let k = runStart; k < words.length; k++) {
    if (initial(k) === first && isCap(words[k]?.[0] ?? '')) {
      startIdx = k;
      break;
    }
  }
  if (startIdx < 0) {
    // Sentence-case names ("Commission nationale de l'informatique…"): nearest word with the initial.
    for (let k = words.length - 1; k >= Math.max(0, words.length - 10); k--) {
      if (initial(k) !== first || !isCap(words[k]?.[0] ?? '')) continue;
      const initials = new Set(words.slice(k).map((_, j) => initial(k + j)));
      if (letters.filter((l) => initials.has(l)).length >= Math.ceil(letters.length * 0.75)) startIdx = k;
      break;
    }
  }
  if (startIdx < 0) return null;
  const name = before.slice(words[startIdx]?.index ?? 0).trim();
  const span = words.length - startIdx;
  if (span < 2 && letters.length > 1) return null;
  return name;
}

/**
 * Where the name in a CJK run starts: after the last word (per the ICU word segmenter) that ends with
 * a function character (由, 的, 作为, 用于, …) outside every known span; 0 when there is none. A function
 * character inside a word (波罗的海, 和平) or ending the run is no cut.
 */
function nameStart(run: string, known: KnownSpans | undefined): number {
  let cut = 0;
  let spans: ReturnType<KnownSpans> | null = null;
  for (const w of WORDS.segment(run)) {
    const end = w.index + w.segment.length;
    if (!FUNCTION_CHAR.test(w.segment.slice(-1)) || end >= run.length) continue;
    spans ??= known?.(run) ?? [];
    if (!spans.some((sp) => sp.start < end && end <= sp.end)) cut = end;
  }
  return cut;
}

function cjkName(before: string, known: KnownSpans | undefined): string | null {
  let k = before.length;
  while (k > 0 && /\s/.test(before[k - 1] as string)) k--;
  const end = k;
  while (k > 0) {
    const c = before[k - 1] as string;
    if (CJK_RUN.test(c)) k--;
    else if (c === ' ' && k > 1 && CJK_RUN.test(before[k - 2] as string)) k--;
    else break;
  }
  const run = before.slice(k, end).trim();
  // Chinese has no blanks: a clause before the name ends at a function word.
  const name = run.slice(nameStart(run, known));
  if (/^[\p{N}\s]/u.test(name)) return null;
  return /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}]/u.test(name) && [...name].length >= 2 ? name : null;
}

/** Pairs of full name and acronym in `text`; `known` keeps CJK names whole across known names. */
export function findAcronymPairs(text: string, known?: KnownSpans): AcronymPair[] {
  const out: AcronymPair[] = [];
  const re = /[(（]\s*([^()（）\n]{2,24}?)\s*[)）]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const acr = (m[1] ?? '').trim();
    const upper = (acr.normalize('NFKC').match(/[A-Z]/g) ?? []).length;
    if (!/^[A-Z]/.test(acr.normalize('NFKC')) || upper < 2 || SERVICE_MODELS.has(acr.toUpperCase())) continue;
    if (acr.split(/\s+/).length > 3) continue;
    // Some token of an acronym has two capitals or another script ("CS Gold Mark", "CS マーク", not "Korea Central").
    if (!acr.split(/\s+/).some((t) => !/^[A-Za-z]/.test(t) || (t.match(/[A-Z]/g) ?? []).length >= 2)) continue;
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    const lastChar = before.trimEnd().slice(-1);
    const name = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Hangul}ー]/u.test(lastChar)
      ? cjkName(before, known)
      : latinName(before, acr);
    if (!name || name === acr || name.length > 120) continue;
    out.push({
      name,
      acronym: acr,
      start: m.index - (before.length - before.lastIndexOf(name)),
      end: m.index + m[0].length,
    });
  }
  return out;
}

const AUTHORITY_HEADS =
  /^(ministry|ministère|ministerio|ministero|ministério|ministerium|department|agency|agence|agencia|agenzia|agência|office|bureau|authority|autorité|autoridad|commission|commissione|comisión|council|conseil|consejo|board|association|associazione|asociación|verband|institute|institut|instituto|istituto|centre|center|zentrum|centro|organization|organisation|organización|bundesamt|behörde|amt|forum|alliance|committee|comité|ausschuss|directorate|administration|service|kommission|rat)$|(省|庁|厅|局|委員会|委员会|協会|协会|機構|机构|センター|中心|会議|研究所|院|部|기관|원|부|위원회|협회)$/i;
const STANDARD_HEADS =
  /^(standard|standards|norme|norma|norm|catalogue|catalog|katalog|guidelines?|criteria|matrix|manual|code|questionnaire|specification|baseline)$|(基準|規格|標準|准则|标准|规范|指南|マニュアル|ガイドライン|基准|カタログ|目录)$/i;
const CERT_HEADS: Array<[RegExp, CertificationType]> = [
  [/^(act|law|loi|ley|legge|lei|gesetz)$|(法|法律|법)$/i, 'law'],
  [
    /^(regulation|règlement|reglamento|regolamento|regulamento|verordnung|directive|richtlinie|grundverordnung)$|(規則|条例|规则)$/i,
    'regulation',
  ],
  [/^(framework|cadre|marco|rahmenwerk|esquema)$|(フレームワーク|框架|프레임워크)$/i, 'framework'],
  [/^(program|programme|programa|programma|programm|scheme)$|(制度|プログラム|计划|計画|제도)$/i, 'assessment-program'],
  [/^(certification|zertifizierung|mark|label|seal|attestation)$|(マーク|认证|認証|인증)$/i, 'certification'],
];

/** Guesses what a full name denotes from its head word (last word, then first word). */
export function guessKind(name: string, lang = 'en'): { kind: EntityKind; type?: CertificationType } | null {
  const words = name.split(/[\s\-–]+/).filter(Boolean);
  // The head noun is last in English, German and CJK names, first in Romance-language ones.
  const romance = ['fr', 'es', 'it', 'pt'].includes(lang);
  const heads = romance ? [words[0] ?? '', words[words.length - 1] ?? ''] : [words[words.length - 1] ?? '', name];
  for (const h of heads) {
    const w = h.replace(/[^\p{L}\p{N}]/gu, '');
    if (AUTHORITY_HEADS.test(w)) return { kind: 'Authority' };
    if (STANDARD_HEADS.test(w)) return { kind: 'Standard' };
    for (const [re, type] of CERT_HEADS) if (re.test(w)) return { kind: 'Certification', type };
  }
  return null;
}

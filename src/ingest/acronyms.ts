/**
 * "Full Name (ACRONYM)" in any script: finds the pair, so a known entity learns a localized name or
 * alias, and an unknown organisation or scheme becomes a discovered entity (a lexicon candidate).
 */
import { guessHead, hasHeadWord, isHeadWord } from './head-words.ts';
import { compoundAuthority } from './head-words-more.ts';
import type { CertificationType, EntityKind } from './types.ts';

export interface AcronymPair {
  name: string;
  acronym: string;
  /** Offsets in the input of the full name's start and of the closing parenthesis' end. */
  start: number;
  end: number;
}

const SERVICE_MODELS = new Set(['IAAS', 'PAAS', 'SAAS']);
/** One token, one capital then lower-case letters: an official acronym written as a word ("Inmetro"). */
const MIXED_CASE = /^[A-Z][a-z]{2,9}$/;
/** A capital letter of an acronym: Latin or Cyrillic ("ФСТЭК"). */
const CAPITAL = /[A-ZА-ЯЁ]/;
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
  // Elided articles and prepositions ("dall'Agenzia", "l'Italia", "d'Italia") and other connectors.
  'l',
  'd',
  'dell',
  'dall',
  'nell',
  'all',
  'sull',
  'degli',
  'dei',
  'delle',
  'dello',
  'per',
  'para',
  'pela',
  'pelo',
  'das',
  'na',
  'no',
  'al',
  'el',
  'los',
  'las',
  'il',
  'o',
  'ao',
  'pour',
  'aux',
  // Dutch, Swedish and Polish connectors: "Raad voor Accreditatie", "Myndigheten för …", "Urząd ds. …".
  'van',
  'voor',
  'het',
  'en',
  'för',
  'och',
  'av',
  'i',
  'ds',
]);
/** Words that open a sentence or a phrase, never a name: "In", "According", "Según". */
const NOT_NAME_START =
  /^(?:in|on|at|by|for|from|with|according|under|as|the|a|an|this|these|since|after|before|during|per|según|segun|por|con|em|para|segundo|secondo|dal|nel|selon|par|dans|avec|durch|nach|von|im|mit|y|e|et|and|und|o|or|le|la|les|el|lo|il|los|las|de|da|do|di|der|die|das|het|een|door|volgens|przez|według|zgodnie)$/i;
const CJK_RUN = /[\p{Script=Han}\p{Script=Katakana}ー々・･\p{Script=Hangul}A-Za-z0-9]/u;
/** Characters that, ending a word, end a clause before a CJK name: 的, 是, 由, 和, … */
const FUNCTION_CHAR = /^[的是为為由在和与與及或将將把被对對从從向于於]$/u;
/** Words that end a clause before a CJK name as well: "須經 X 認證" (must pass X's accreditation), "經由 X". */
const FUNCTION_WORD = /(?:^[經经]|須經|须经|需經|需经|經過|经过|經由|经由)$/u;
/** Chinese word segmenter (ICU), shared by the readers of CJK names. */
export const ZH_WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/** Spans of `text` that are known names (e.g. lexicon surfaces); a name is never cut inside one. */
export type KnownSpans = (text: string) => ReadonlyArray<{ start: number; end: number }>;

function acronymLetters(acr: string): string[] {
  return [...acr.normalize('NFKC')].filter((c) => CAPITAL.test(c)).map((c) => c.toLowerCase());
}

function latinName(before: string, acr: string): string | null {
  // An elided article or preposition is a word of its own: "dall'" + "Agenzia".
  const words = [...before.matchAll(/\p{L}{1,6}['’](?=\p{Lu})|[\p{L}\p{N}][\p{L}\p{N}'’.\-/]*|&/gu)];
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
    // Punctuation after a word ends the run before it: "(ACN) e dall'Agenzia …" starts after "ACN)".
    const gap = before.slice((words[k]?.index ?? 0) + w.length, words[k + 1]?.index ?? before.length);
    if (k < words.length - 1 && /[,;:()]/.test(gap)) break;
    if (isCap(w) || CONNECTORS.has(w.toLowerCase().replace(/['’]$/, ''))) runStart = k;
    else break;
  }
  const initial = (k: number) => (words[k]?.[0] ?? '').normalize('NFKD').charAt(0).toLowerCase();
  let startIdx = -1;
  for (let k = runStart; k < words.length; k++) {
    if (initial(k) === first && isCap(words[k]?.[0] ?? '')) {
      // A word opening the sentence is no initial when a later word has it: "A Autoridade … (ANPD)".
      const later = words.findIndex((w, j) => j > k && initial(j) === first && isCap(w[0]));
      if (NOT_NAME_START.test(words[k]?.[0] ?? '') && later > 0) continue;
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
      // A syllable acronym under a head word: "Comité français d'accréditation (COFRAC)", or under a
      // compound ending in one: "Europeiska bankmyndigheten (EBA)".
      else if (
        (isHeadWord(words[k]?.[0] ?? '') || compoundAuthority(words[words.length - 1]?.[0] ?? '')) &&
        spelledIn(acr, before.slice(words[k]?.index ?? 0))
      )
        startIdx = k;
      break;
    }
  }
  if (startIdx < 0) return headedName(before, words, runStart);
  let name = before.slice(words[startIdx]?.index ?? 0).trim();
  // A headless name inside a headed one: "Asociación Ibérica de Normas (INORM)", not "Ibérica de Normas".
  const headed = startIdx > runStart ? headedName(before, words, runStart) : null;
  if (headed && headed.length > name.length && headed.endsWith(name) && isHeadWord(headed.split(/\s/)[0] ?? ''))
    name = headed;
  const span = words.length - startIdx;
  // One word names a body only as a compound with a body's ending that spells the acronym ("Finansinspektionen (FI)").
  if (span < 2 && letters.length > 1 && !(compoundAuthority(name) && spelledIn(acr, name))) return null;
  return name;
}

/**
 * A name whose acronym is not its initials ("Asociación Española de Normalización (UNE)", an official
 * acronym from another language): the longest run of capitalized words before the parenthesis that a
 * head word makes a name of an organisation or scheme; null when none does.
 */
function headedName(before: string, words: RegExpExecArray[] | RegExpMatchArray[], runStart: number): string | null {
  for (let k = runStart; k < words.length - 1; k++) {
    const w = words[k]?.[0] ?? '';
    if (!/^\p{Lu}/u.test(w) || NOT_NAME_START.test(w) || CONNECTORS.has(w.toLowerCase())) continue;
    const name = before.slice(words[k]?.index ?? 0).trim();
    if (hasHeadWord(name)) return name;
  }
  return null;
}

/** True when the letters of `acr` occur in order in `name`, the first one starting the name: "Inmetro", "Cgcre". */
export function spelledIn(acr: string, name: string): boolean {
  const a = acr
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const n = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (!a || a[0] !== n[0]) return false;
  let i = 0;
  for (const c of n) if (c === a[i]) i++;
  return i >= a.length;
}

/**
 * Where the name in a CJK run starts: after the last word (per the ICU word segmenter) that ends with
 * a function character (由, 的, 作为, 用于, …) outside every known span; 0 when there is none. A function
 * character inside a word (波罗的海, 和平) or ending the run is no cut.
 */
function nameStart(run: string, known: KnownSpans | undefined): number {
  let cut = 0;
  let spans: ReturnType<KnownSpans> | null = null;
  for (const w of ZH_WORDS.segment(run)) {
    const end = w.index + w.segment.length;
    if (!(FUNCTION_CHAR.test(w.segment.slice(-1)) || FUNCTION_WORD.test(w.segment)) || end >= run.length) continue;
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
  let run = before.slice(k, end).trim();
  // Korean writes words apart: a conjunction or a particle-ending word ends the clause before the name.
  const koCut = /^(?:.*\s)?(?:및|또는|그리고|등|\S+(?:은|는|을|를|에서|에게|으로|에는|이며|하고|하는|되는))\s+/su.exec(
    run,
  );
  if (koCut) run = run.slice(koCut[0].length);
  // Chinese has no blanks: a clause before the name ends at a function word.
  const name = run.slice(nameStart(run, known)).trim();
  if (/^[\p{N}\s]/u.test(name)) return null;
  return /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}]/u.test(name) && [...name].length >= 2 ? name : null;
}

/** Pairs of full name and acronym in `text`; `known` keeps CJK names whole across known names. */
export function findAcronymPairs(text: string, known?: KnownSpans): AcronymPair[] {
  const out: AcronymPair[] = [];
  const re = /[(（]\s*([^()（）\n]{2,24}?)\s*[)）]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const acr = (m[1] ?? '').trim();
    const upper = [...acr.normalize('NFKC')].filter((c) => CAPITAL.test(c)).length;
    // A one-capital acronym ("Inmetro", "Cgcre") is taken only with a spelled-out, headed name below.
    const mixed = upper === 1 && MIXED_CASE.test(acr);
    if (
      !CAPITAL.test(acr.normalize('NFKC').charAt(0)) ||
      (upper < 2 && !mixed) ||
      SERVICE_MODELS.has(acr.toUpperCase())
    )
      continue;
    if (acr.split(/\s+/).length > 3) continue;
    // Some token of an acronym has two capitals or another script ("CS Gold Mark", "CS マーク", not "Korea Central").
    if (!mixed && !acr.split(/\s+/).some((t) => !/^[A-Za-z]/.test(t) || (t.match(/[A-Z]/g) ?? []).length >= 2))
      continue;
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    const lastChar = before.trimEnd().slice(-1);
    const name = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Hangul}ー]/u.test(lastChar)
      ? mixed
        ? null
        : cjkName(before, known)
      : latinName(before, acr);
    if (!name || name === acr || name.length > 120) continue;
    if (mixed && (!spelledIn(acr, name) || !hasHeadWord(name) || !/\s/.test(name))) continue;
    out.push({
      name,
      acronym: acr,
      start: m.index - (before.length - before.lastIndexOf(name)),
      end: m.index + m[0].length,
    });
  }
  return out;
}

/** Guesses what a full name denotes from its head word (last word, then first word). */
export function guessKind(name: string, lang = 'en'): { kind: EntityKind; type?: CertificationType } | null {
  return guessHead(name, lang);
}

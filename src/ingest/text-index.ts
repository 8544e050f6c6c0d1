/**
 * Matching text: a normalized copy of a string (NFKC, lower case, dash and apostrophe variants
 * unified, blanks collapsed, blanks next to Han/Kana removed) with a map back to the original offsets.
 * Contract: normalize(surface) of a name matches inside normalize(text) wherever the name occurs in the
 * text with any case, width or CJK spacing.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]/u;
const SPACE = /\s/;

export interface NormalizedText {
  text: string;
  /** For each char of `text`, its offset in the original. */
  map: number[];
}

export function normalizeForMatch(input: string): NormalizedText {
  let text = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of input) {
    const at = i;
    i += ch.length;
    let n = ch.normalize('NFKC').toLowerCase();
    if (/[‐-―−]/.test(n)) n = '-';
    if (/[’‘ʼ]/.test(n)) n = "'";
    if (SPACE.test(n)) n = ' ';
    for (const c of n) {
      if (c === ' ') {
        if (text.length === 0 || text.endsWith(' ')) continue;
      }
      text += c;
      map.push(at);
    }
  }
  // Drop blanks adjacent to CJK characters, and a trailing blank.
  let outText = '';
  const outMap: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const c = text[k] as string;
    if (c === ' ') {
      const prev = text[k - 1] ?? '';
      const next = text[k + 1] ?? '';
      if (next === '' || CJK.test(prev) || CJK.test(next)) continue;
    }
    outText += c;
    outMap.push(map[k] as number);
  }
  return { text: outText, map: outMap };
}

export function normalizeSurface(surface: string): string {
  return normalizeForMatch(surface).text;
}

const WORD = /[\p{L}\p{N}]/u;
/** Letters that do not make a word with what they touch: CJK, and Hangul (Korean particles are written glued to a name: "KISA가"). */
const UNGLUED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆]/u;

/**
 * True when text[start..end) is not glued to letters/digits of a Latin-like word on either side.
 * Hangul next to a name never glues it, so a Korean name may also match at the start of a longer
 * Hangul word (as CJK names do).
 */
export function atWordBoundary(text: string, start: number, end: number): boolean {
  const first = text[start] ?? '';
  const last = text[end - 1] ?? '';
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (WORD.test(first) && !UNGLUED.test(first) && before && WORD.test(before) && !UNGLUED.test(before)) return false;
  if (WORD.test(last) && !UNGLUED.test(last) && after && WORD.test(after) && !UNGLUED.test(after)) return false;
  return true;
}

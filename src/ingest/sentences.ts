/**
 * Sentence splitting on raw Markdown text. Contract: every returned sentence is a verbatim substring
 * of the input (so it can be quoted as evidence); leading/trailing blanks are trimmed.
 */

const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'no',
  'nr',
  'rev',
  'inc',
  'ltd',
  'co',
  'corp',
  'dr',
  'st',
  'mr',
  'ms',
  'cf',
  'approx',
  'ca',
  'bzw',
  'z.b',
  'u.a',
  'd.h',
  'art',
  'abs',
  'vol',
  'fig',
  'p',
  'pp',
  'sec',
  'u.s',
  'u.k',
  'e.u',
]);

export interface Sentence {
  text: string;
  /** Offset of `text` in the input. */
  start: number;
}

export function splitSentences(input: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = input.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ text, start: start + lead });
    start = end;
  };
  for (let i = 0; i < input.length; i++) {
    const ch = input[i] as string;
    if (ch === '。' || ch === '！' || ch === '？' || ch === '｡') {
      let j = i + 1;
      while (j < input.length && /[」』）)\]"'”’]/.test(input[j] as string)) j++;
      push(j);
      i = j - 1;
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?') {
      const next = input[i + 1];
      if (next === undefined) continue;
      if (!/\s/.test(next)) continue;
      // Look at what follows the blank: a new sentence starts with an upper-case letter, a digit,
      // a quote or bracket, Markdown emphasis, or a non-Latin script.
      let k = i + 1;
      while (k < input.length && /\s/.test(input[k] as string)) k++;
      const after = input[k];
      if (after === undefined) continue;
      if (!/[\p{Lu}\p{N}"'“‘([*_\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(after))
        continue;
      if (ch === '.') {
        const word = /([\p{L}.]+)$/u.exec(input.slice(Math.max(0, i - 12), i))?.[1]?.toLowerCase() ?? '';
        if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /(^|\.)\p{L}\.\p{L}$/u.test(word)) continue;
      }
      push(i + 1);
    }
  }
  push(input.length);
  return out;
}

/**
 * Tier labels that are not "<level word> <digit>": ordinal levels written with Chinese numerals or
 * Roman numerals or spelled ("第三级", "等级保护三级", "Level II", "Level Two"), impact words listed as a
 * family or fixed to a tier noun ("Low, Moderate and High", "Moderate baseline", "Low-Impact",
 * "niedrig, mittel und hoch", "低、中、高", "상 등급"), the leading word of list items ("- **Low**: …"),
 * and the cells of a table column headed by a tier noun ("| Level | … |" over "| 2 | … |").
 * Contracts: pure text readers, no knowledge of any scheme; every level is read as "Level N" and every
 * impact word as "Low" / "Moderate" / "High" (+ " Plus" for "Low+"), so a tier has one id in every
 * locale; `tie` marks labels the caller must tie to the scheme (sentence, lead-in or heading naming
 * it) before use; ordinary adjectives ("a high level of assurance", "高级") are never labels.
 */
import { MORE_IMPACT, MORE_LEVEL_WORDS, MORE_LIST_SEPARATORS, MORE_TIER_NOUNS } from './tier-words-more.ts';

export interface TierLabel {
  text: string;
  /** Offset of the label in the block. */
  at: number;
  /** True when the label counts only if the text ties it to the scheme. */
  tie?: boolean;
  /** True when the label may also be taught as a bare surface ("Level 2", "AL2"). */
  bare?: boolean;
  /** The quote to use instead of the sentence (a table row). */
  quote?: string;
}

const HAN_NUM: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5 };
const SPELLED: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
const num = (s: string): number => HAN_NUM[s] ?? ROMAN[s] ?? SPELLED[s.toLowerCase()] ?? Number(s);

/** Nouns that say words are tiers of something: levels, baselines, impact categories, grades. */
export const TIER_NOUN = new RegExp(
  String.raw`(?<![\p{L}])(?:impact|baselines?|levels?|tiers?|categor(?:y|ies)|grades?|Stufen?|Schutzstufen?|Sicherheitsstufen?|Schutzbedarf|Kategorien?|Niveaus?|niveaux?|catégories?|niveles?|nivel|categorías?|livell[oi]|categori[ae]|níve(?:l|is)|categorias?|${MORE_TIER_NOUNS})(?![\p{L}])|レベル|ベースライン|区分|影響|影响|等级|等級|级别|級別|基线|基線|등급|수준`,
  'iu',
);

/** "Level II", "Stufe IV", "Level Two": Roman or spelled ordinals after a level word. */
const WORD_LEVEL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:Level|Tier|Nivel|Livello|Nível|Niveau|Stufe|${MORE_LEVEL_WORDS})\s+(I{1,3}|IV|V|One|Two|Three|Four|Five|one|two|three|four|five)(?![\p{L}\p{N}])`,
  'gu',
);
/** "第三级", "第2段階" (a 段階 that is no audit stage), "等级 3". */
const HAN_ORDINAL =
  /第\s*([一二三四五六七八九十]|\d)\s*(?:级|級|等级|等級|段階(?!\s*の?\s*(?:審査|監査|評価)))|(?:等级|等級|级别|級別|区分)\s*([一二三四五六七八九十]|\d)(?![\p{N}])/gu;
/** "三级" / "三級" without 第 ("等级保护三级"), not "三级别" nor part of a longer numeral. */
const HAN_BARE = /(?<![一二三四五六七八九十\p{N}第])([一二三四五六七八九十])\s*(?:级|級)(?![别別])/gu;
/** "第一级到第五级", "一至五级": a range of ordinals. */
const HAN_RANGE =
  /第?\s*([一二三四五六七八九十]|\d)\s*(?:级|級)?\s*(?:到|至|～|~|–|-)\s*第?\s*([一二三四五六七八九十]|\d)\s*(?:级|級)/gu;

/** Ordinal levels of every script: Chinese numerals and Roman or spelled ordinals, read as "Level N". */
export function ordinalLevels(raw: string): TierLabel[] {
  const out: TierLabel[] = [];
  for (const m of raw.matchAll(WORD_LEVEL))
    out.push({ text: `Level ${num(m[1] ?? '')}`, at: m.index ?? 0, bare: true });
  const han = (n: number, at: number) => {
    if (n >= 1 && n <= 9) out.push({ text: `Level ${n}`, at, tie: true });
  };
  for (const m of raw.matchAll(HAN_ORDINAL)) han(num(m[1] ?? m[2] ?? ''), m.index ?? 0);
  for (const m of raw.matchAll(HAN_BARE)) han(num(m[1] ?? ''), m.index ?? 0);
  for (const m of raw.matchAll(HAN_RANGE)) {
    const [a, b] = [num(m[1] ?? ''), num(m[2] ?? '')];
    if (b > a && b - a < 9) for (let n = a; n <= b; n++) han(n, m.index ?? 0);
  }
  return out;
}

type Impact = 'Low' | 'Moderate' | 'High';
/** Impact words of every language, each with its canonical label; CJK and Hangul ones are one character. */
const IMPACT_WORDS: Array<[Impact, string]> = [
  ['Low', `low|niedrig(?:e[nrms]?)?|faible|basse?|baj[oa]|bass[oa]|baix[oa]|${MORE_IMPACT.Low}`],
  [
    'Moderate',
    `moderate|medium|mittel|mittler(?:e[nrms]?)?|modérée?|moyenne?|medi[oa]|moderad[oa]|médi[oa]|${MORE_IMPACT.Moderate}`,
  ],
  ['High', `high|hoch|hoh(?:e[nrms]?)?|élevée?|haute?|alt[oa]|elevat[oa]|${MORE_IMPACT.High}`],
];
const LATIN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${IMPACT_WORDS.map(([, w]) => `(${w})`).join('|')})(\\+)?(?![\\p{L}\\p{N}])`,
  'giu',
);
const CJK_WORD: Record<string, Impact> = {
  低: 'Low',
  中: 'Moderate',
  高: 'High',
  하: 'Low',
  중: 'Moderate',
  상: 'High',
};
/** A CJK impact character standing alone, in a list of its kind or before an impact noun. */
const CJK =
  /([低中高])(?=[、，,・·/／]\s*[低中高])|(?:(?<!\p{Script=Han})|(?<=[为為是的及和]))([低中高])(?=\s*(?:影响|影響|影響度|ベースライン|基线|基線|等级|等級))|(?<=[低中高]\s*[、，,・·/／和及]\s*)([低中高])|(?<![\p{L}\p{N}])([상중하])(?=\s*[·・,/]\s*[상중하](?![\p{L}])|\s*등급)|(?<=[상중하]\s*[·・,/]\s*)([상중하])(?![\p{L}])/gu;
/** An English impact word fixed to its noun: "Moderate baseline", "Low-Impact SaaS", "high impact level". */
const FIXED = /^[-\s](?:baselines?\b|Impact\b|impact\s+levels?\b)/u;
/** Separators of a listed family. */
const GAP = new RegExp(
  String.raw`^(?:\s*(?:[,;/|、，・·]|and|or|und|oder|et|ou|y|o|e|bzw\.?|和|与|與|或|및|${MORE_LIST_SEPARATORS})\s*)+$|^\s+$`,
  'iu',
);

/** Impact words of alphabetic scripts count only when listed or fixed; CJK and Hangul ones stand alone. */
const ALPHABETIC = /[\p{Script=Latin}\p{Script=Cyrillic}]/u;

interface Hit extends TierLabel {
  end: number;
  canon: Impact;
  capital: boolean;
}

function impactHits(raw: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of raw.matchAll(LATIN)) {
    const k = [1, 2, 3].findIndex((g) => m[g] !== undefined);
    const canon = IMPACT_WORDS[k]?.[0];
    if (!canon) continue;
    const at = m.index ?? 0;
    const word = m[k + 1] ?? '';
    const text = m[4] ? `${canon} Plus` : canon;
    hits.push({ text, at, end: at + m[0].length, canon, capital: /^\p{Lu}/u.test(word), tie: true });
  }
  for (const m of raw.matchAll(CJK)) {
    const ch = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    const canon = CJK_WORD[ch];
    const at = m.index ?? 0;
    if (canon) hits.push({ text: canon, at, end: at + 1, canon, capital: true, tie: true });
  }
  return hits.sort((a, b) => a.at - b.at);
}

/**
 * Impact words that name tiers: two or more different ones listed side by side in a block that has a
 * tier noun, a CJK one in a list of its kind or before an impact noun, or a capitalised English one
 * fixed to "baseline" / "Impact". Ordinary adjectives ("high availability") stay out.
 */
export function impactTiers(raw: string): TierLabel[] {
  const hits = impactHits(raw);
  const noun = TIER_NOUN.test(raw);
  const out: TierLabel[] = [];
  hits.forEach((h, k) => {
    const latin = ALPHABETIC.test(raw.slice(h.at, h.at + 1));
    if (!latin) {
      out.push(h);
      return;
    }
    const fixed = FIXED.test(raw.slice(h.end, h.end + 20)) && (h.capital || /^[-\s]baseline/u.test(raw.slice(h.end)));
    const listed = [hits[k - 1], hits[k + 1]].some(
      (o) =>
        o &&
        o.canon !== h.canon &&
        ALPHABETIC.test(raw.slice(o.at, o.at + 1)) &&
        GAP.test(o.at < h.at ? raw.slice(o.end, h.at) : raw.slice(h.end, o.at)),
    );
    if (fixed || (listed && noun)) out.push(h);
  });
  return out;
}

/** The impact word an item starts with ("**Low**: …", "Moderate – …", "상 등급: …"), or null. */
export function leadingImpact(raw: string): TierLabel | null {
  const m = /^[*_\s]*([\p{L}]+\+?)(?=[*_]*\s*(?:[:：(（]|[–—-]\s|$)|[*_\s-]*(?:impact|baseline|level|등급))/iu.exec(
    raw,
  );
  const word = m?.[1];
  if (!word) return null;
  const at = raw.indexOf(word);
  const hit = impactHits(word).find((h) => h.at === 0 && h.end === word.length);
  if (hit && ALPHABETIC.test(word)) return { text: hit.text, at, tie: true };
  // A CJK character alone or before its tier noun: "低：", "高影响：", "상 등급:"; never "高级".
  const cjk = CJK_WORD[word.slice(0, 1)];
  const rest = word.slice(1);
  return cjk && (rest === '' || /^(?:影响|影響|影響度|等级|等級|レベル|ベースライン|基线|基線)$/u.test(rest))
    ? { text: cjk, at, tie: true }
    : null;
}

const LEVEL_HEAD = new RegExp(
  `^(?:Level|Tier|Stufe|Niveau|Nivel|Livello|Nível|${MORE_LEVEL_WORDS}|レベル|等级|等級|级别|級別|등급|Impact level|Baseline)$`,
  'iu',
);

/**
 * Tiers read from a table whose header has a tier column ("| Level | Name |"): each row whose cell in
 * that column is a bare ordinal or an impact word names one tier, quoted by its row. Two such rows
 * at least; other cells are left to the other readers.
 */
export function tableTiers(raw: string): TierLabel[] {
  const rows: Array<{ cells: string[]; at: number; line: string }> = [];
  let at = 0;
  for (const line of raw.split('\n')) {
    const t = line.trim();
    if (t.startsWith('|')) {
      const cells = t
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.replace(/[*_`]/g, '').trim());
      rows.push({ cells, at: at + line.indexOf(t), line: t });
    }
    at += line.length + 1;
  }
  const col = rows[0]?.cells.findIndex((c) => LEVEL_HEAD.test(c)) ?? -1;
  if (col < 0) return [];
  const out: TierLabel[] = [];
  for (const r of rows.slice(1)) {
    const cell = r.cells[col] ?? '';
    if (/^[-:\s]+$/.test(cell)) continue;
    const n = /^(\d|I{1,3}|IV|V|[一二三四五六七八九])$/u.exec(cell);
    const word = n ? null : leadingImpact(cell);
    const text = n ? `Level ${num(n[1] ?? '')}` : word && word.at === 0 && cell.length <= 12 ? word.text : null;
    if (text) out.push({ text, at: r.at, tie: true, quote: r.line });
  }
  return new Set(out.map((l) => l.text)).size >= 2 ? out : [];
}

/**
 * Tier words of Dutch, Swedish, Polish, Turkish and Russian, as regular-expression alternations for
 * the tier readers (tiers.ts, scheme-tiers.ts, tier-labels.ts). Level words are listed capitalised
 * and, where they are no word of another supported language, also in lower case ("poziom 2", but
 * not "niveau 2", which French shares). Impact words are matched case-insensitively by their reader.
 */

/** Level words before a number or a Roman ordinal: "Nivå 2", "Poziom II", "Seviye 3", "Уровень 1". */
export const MORE_LEVEL_WORDS = 'Nivå|nivå|Poziom|poziom|Seviye|seviye|Уровень|уровень';

/** Nouns that make a text be about tiers (plural and inflected forms included). */
export const MORE_TIER_NOUNS = `niveaus|nivå(?:er|n|erna)?|poziom(?:y|ów|u|ie|ach)?|seviye(?:si|leri|lerinden)?|уров(?:ень|ня|ни|ней|нях)|categorie(?:ën)?|kategori(?:er|a|e|i|ach)?|категори(?:я|и|й)`;

/** Plural tier nouns that an acronym in parentheses may follow: "poziomy (PZ)". */
export const MORE_TIER_PLURALS = 'niveaus|nivåer|poziomy|seviyeler|уровни';

/** Impact words per canonical label, for tier-labels.ts IMPACT_WORDS. */
export const MORE_IMPACT: Record<'Low' | 'Moderate' | 'High', string> = {
  Low: `laag|lage|låg|låga|lågt|nisk(?:i|a|ie|iego|iej)|düşük|низк(?:ий|ая|ое|ого|ой|ие)`,
  Moderate: `gemiddeld|gemiddelde|midden|medel|średni(?:a|e|ego|ej)?|orta|средн(?:ий|яя|ее|его|ей|ие)`,
  High: `hoog|hoge|hög|höga|högt|wysok(?:i|a|ie|iego|iej)|yüksek|высок(?:ий|ая|ое|ого|ой|ие)`,
};

/** Separators of a listed family of impact words: "laag, gemiddeld en hoog", "niski lub wysoki". */
export const MORE_LIST_SEPARATORS = 'en|of|och|eller|i|lub|oraz|albo|ve|veya|и|или';

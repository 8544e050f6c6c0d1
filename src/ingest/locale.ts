/**
 * Locale handling. A *locale* is a BCP 47 tag as articles state it (`ja-JP`, `zh-CN`); a *lang* is
 * the key used for localized names: the language subtag, except Chinese, which keeps its script
 * region (`zh-CN` for Simplified, `zh-TW` for Traditional).
 */

export const SUPPORTED_LANGS = [
  'en',
  'ja',
  'zh-CN',
  'zh-TW',
  'ko',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'sv',
  'da',
  'nb',
  'pl',
  'ru',
  'tr',
  'id',
] as const;

/** Normalizes a locale tag: `ja-jp` → `ja-JP`, `zh-hant` → `zh-Hant`. Returns null when malformed. */
export function normalizeLocale(tag: string): string | null {
  const m = /^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{4}))?(?:[-_]([a-zA-Z]{2}|\d{3}))?$/.exec(tag.trim());
  if (!m?.[1]) return null;
  let out = m[1].toLowerCase();
  if (m[2]) out += `-${m[2][0]?.toUpperCase()}${m[2].slice(1).toLowerCase()}`;
  if (m[3]) out += `-${m[3].toUpperCase()}`;
  return out;
}

/** The names-map key for a locale. */
export function langOf(locale: string): string {
  const norm = normalizeLocale(locale) ?? locale;
  const [lang = 'en', ...rest] = norm.split('-');
  // Norwegian articles are Bokmål (nb-NO); a bare `no` tag means the same.
  if (lang === 'no') return 'nb';
  if (lang !== 'zh') return lang;
  const tail = rest.join('-');
  if (/Hant|TW|HK|MO/.test(tail)) return 'zh-TW';
  return 'zh-CN';
}

/** Finds a locale folder in a relative path (`ja-jp/offering.md` → `ja-JP`). */
export function localeFromPath(relPath: string): string | null {
  for (const seg of relPath.split(/[\\/]/).slice(0, -1)) {
    if (/^[a-z]{2}-[a-z]{2,4}$/i.test(seg)) return normalizeLocale(seg);
  }
  return null;
}

const TRADITIONAL_ONLY = /[們國與來這個為於證認體製時際係處標準資訊應將對關開發產業電務術]/g;
const SIMPLIFIED_ONLY = /[们国与来这个为于证认体制时际系处标准资讯应将对关开发产业电务术]/g;

const STOPWORDS: Record<string, RegExp> = {
  en: /\b(the|and|of|is|for|with|are|to)\b/gi,
  de: /\b(der|die|das|und|ist|für|mit|von|den|wird)\b/gi,
  fr: /\b(le|la|les|et|est|des|pour|du|une|par)\b/gi,
  es: /\b(el|los|las|y|es|del|para|por|una|con)\b/gi,
  it: /\b(il|della|delle|e|è|per|che|con|sono|gli)\b/gi,
  pt: /\b(o|os|as|e|é|do|da|para|com|não|são|uma)\b/gi,
  // Latin-script languages beyond the first ten: words frequent in them and rare in the others.
  nl: /(?<![\p{L}])(het|een|van|voor|wordt|zijn|door|niet|ook|naar)(?![\p{L}])/giu,
  sv: /(?<![\p{L}])(och|att|för|är|som|av|med|inte|till|på)(?![\p{L}])/giu,
  da: /(?<![\p{L}])(og|af|til|ikke|der|det|er|på|som|også)(?![\p{L}])/giu,
  nb: /(?<![\p{L}])(og|av|til|ikke|det|er|på|som|også|eller)(?![\p{L}])/giu,
  pl: /(?<![\p{L}])(jest|się|przez|oraz|dla|nie|na|jak|które|został[aoy]?)(?![\p{L}])/giu,
  tr: /(?<![\p{L}])(ve|bir|bu|için|ile|olarak|tarafından|değil|olan|veya)(?![\p{L}])/giu,
  id: /(?<![\p{L}])(dan|yang|untuk|dengan|oleh|ini|adalah|dari|tidak|dalam)(?![\p{L}])/giu,
};

/** Guesses a locale from the text's script and stopwords; `en-US` when nothing stands out. */
export function localeFromScript(text: string): string {
  const sample = text.slice(0, 20_000);
  const kana = (sample.match(/[\u3040-\u30ff]/g) ?? []).length;
  const hangul = (sample.match(/[\uac00-\ud7af]/g) ?? []).length;
  const han = (sample.match(/[\u4e00-\u9fff]/g) ?? []).length;
  if (kana > 10) return 'ja-JP';
  if (hangul > 10) return 'ko-KR';
  if ((sample.match(/[\u0400-\u04ff]/g) ?? []).length > 10) return 'ru-RU';
  if (han > 10) {
    const trad = (sample.match(TRADITIONAL_ONLY) ?? []).length;
    const simp = (sample.match(SIMPLIFIED_ONLY) ?? []).length;
    return trad > simp ? 'zh-TW' : 'zh-CN';
  }
  let best = 'en';
  let bestScore = 0;
  for (const [lang, re] of Object.entries(STOPWORDS)) {
    const score = (sample.match(re) ?? []).length;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  const region: Record<string, string> = {
    en: 'US',
    de: 'DE',
    fr: 'FR',
    es: 'ES',
    it: 'IT',
    pt: 'BR',
    nl: 'NL',
    sv: 'SE',
    da: 'DK',
    nb: 'NO',
    pl: 'PL',
    tr: 'TR',
    id: 'ID',
  };
  return `${best}-${region[best] ?? 'US'}`;
}

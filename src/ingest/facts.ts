/**
 * Scheme facts stated in a sentence: validity in years, surveillance-audit frequency, number of
 * controls, year first published. Numbers may be words (three, drei, trois), full-width or grouped.
 */

export interface SchemeFact {
  key: 'validityYears' | 'surveillanceAudit' | 'controlCount' | 'firstPublished';
  value: string | number;
}

const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  ein: 1,
  eins: 1,
  einem: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  uno: 1,
  dos: 2,
  tres: 3,
  due: 2,
  tre: 3,
  dois: 2,
  duas: 2,
  três: 3,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
};

const NUM = String.raw`(\d{1,3}(?:[,.\s]\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|ein|eins|zwei|drei|vier|fünf|un|une|deux|trois|quatre|cinq|uno|dos|tres|due|tre|dois|duas|três|[一二两兩三四五])`;

export function parseNumber(raw: string): number | null {
  const t = raw.normalize('NFKC').trim().toLowerCase();
  if (t in WORDS) return WORDS[t] ?? null;
  const digits = t.replace(/[,.\s]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : null;
}

const VALIDITY = [
  new RegExp(String.raw`valid\s+for\s+(?:a\s+(?:period\s+of\s+)?)?${NUM}\s+years?`, 'iu'),
  new RegExp(String.raw`${NUM}[-\s]year\s+(?:certificat\w*|validity|cycle|term|period)`, 'iu'),
  new RegExp(String.raw`validity\s+(?:period\s+)?(?:of|is)\s+${NUM}\s+years?`, 'iu'),
  new RegExp(String.raw`有効期間は\s*${NUM}\s*年`, 'u'),
  new RegExp(String.raw`${NUM}\s*年間(?:有効|の有効)`, 'u'),
  new RegExp(String.raw`有效期(?:为|為|是)?\s*${NUM}\s*年`, 'u'),
  new RegExp(String.raw`${NUM}\s+Jahre\s+gültig`, 'iu'),
  new RegExp(String.raw`(?:Gültigkeit|Laufzeit)\s+von\s+${NUM}\s+Jahren`, 'iu'),
  new RegExp(String.raw`valables?\s+(?:pendant\s+)?${NUM}\s+ans`, 'iu'),
  new RegExp(String.raw`validité\s+de\s+${NUM}\s+ans`, 'iu'),
  new RegExp(String.raw`(?:válid[oa]s?|valid[oa]s?)\s+(?:por|durante|per)\s+${NUM}\s+(?:años|anos|anni)`, 'iu'),
  new RegExp(String.raw`유효\s*기간은?\s*${NUM}\s*년`, 'u'),
];

const ANNUAL_SURVEILLANCE = [
  /\b(?:annual|yearly)\s+surveillance\s+audits?/iu,
  /\bsurveillance\s+audits?\s+(?:are\s+)?(?:held|performed|conducted|carried\s+out)?\s*(?:every\s+year|annually|each\s+year|once\s+a\s+year)/iu,
  /(?:年次|毎年|年に\s*1\s*回)[^。]{0,20}サーベイランス/u,
  /サーベイランス監査[^。]{0,20}(?:毎年|年に\s*1\s*回|年次)/u,
  /(?:每年|年度)[^。]{0,20}(?:监督审核|監督審核|监督审计|監督審計)/u,
  /(?:监督审核|監督審核)[^。]{0,20}每年/u,
  /jährliche[n]?\s+Überwachungsaudits?/iu,
  /audits?\s+de\s+surveillance\s+annuels?/iu,
  /auditorías?\s+de\s+seguimiento\s+anual(?:es)?/iu,
];

const CONTROLS = [
  new RegExp(
    String.raw`(?:about|approximately|around|some|over|more\s+than|roughly)?\s*${NUM}\s+(?:[\p{L}-]+\s+){0,2}(?:controls|control\s+items|security\s+controls|requirements|control\s+objectives|criteria)`,
    'iu',
  ),
  new RegExp(String.raw`(?:約|およそ)?\s*${NUM}\s*(?:項目|個|件)?の?(?:管理策|コントロール|要件|統制)`, 'u'),
  new RegExp(String.raw`(?:约|約|大约)?\s*${NUM}\s*(?:项|項|个|個)(?:控制|安全控制|要求|控制措施)`, 'u'),
  new RegExp(
    String.raw`(?:rund|etwa|ca\.)?\s*${NUM}\s+(?:[\p{L}-]+\s+)?(?:Kontrollen|Anforderungen|Maßnahmen|Kriterien)`,
    'iu',
  ),
  new RegExp(
    String.raw`(?:environ|plus\s+de)?\s*${NUM}\s+(?:[\p{L}-]+\s+)?(?:contrôles|exigences|mesures|critères)`,
    'iu',
  ),
];

const FIRST_PUBLISHED = [
  /\b(?:first\s+(?:published|released|issued|introduced)|launched|introduced|established|created)\s+in\s+((?:19|20)\d{2})\b/iu,
  /((?:19|20)\d{2})\s*年に?(?:初版が)?(?:発行|公開|開始|運用開始|設立|制定|創設)/u,
  /(?:于|於)\s*((?:19|20)\d{2})\s*年(?:首次)?(?:发布|發布|推出|设立|設立|制定)/u,
  /\b(?:erstmals\s+)?(?:im\s+Jahr\s+)?((?:19|20)\d{2})\s+(?:erstmals\s+)?(?:veröffentlicht|eingeführt|gegründet)/iu,
  /\b(?:publi[ée]e?|lanc[ée]e?|cr[ée]{2}e?)\s+(?:pour\s+la\s+première\s+fois\s+)?en\s+((?:19|20)\d{2})\b/iu,
];

/** Facts in one sentence (plain text). */
export function findFacts(text: string): SchemeFact[] {
  const t = text.normalize('NFKC');
  const out: SchemeFact[] = [];
  for (const re of VALIDITY) {
    const m = re.exec(t);
    const n = m?.[1] ? parseNumber(m[1]) : null;
    if (n && n > 0 && n <= 10) {
      out.push({ key: 'validityYears', value: n });
      break;
    }
  }
  if (ANNUAL_SURVEILLANCE.some((re) => re.test(t))) out.push({ key: 'surveillanceAudit', value: 'annual' });
  for (const re of CONTROLS) {
    const m = re.exec(t);
    const n = m?.[1] ? parseNumber(m[1]) : null;
    if (n && n >= 5 && n < 100_000 && !(n >= 1900 && n <= 2100)) {
      out.push({ key: 'controlCount', value: n });
      break;
    }
  }
  for (const re of FIRST_PUBLISHED) {
    const m = re.exec(t);
    if (m?.[1]) {
      out.push({ key: 'firstPublished', value: Number(m[1]) });
      break;
    }
  }
  return out;
}

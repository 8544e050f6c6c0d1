/**
 * The article's own offering as its title names it. Contracts: in "Full Name (ACR) Tail" the offering
 * is "Full Name Tail", short "ACR Tail" ("Criminal Justice Information Services (CJIS) Security
 * Policy": CJIS names the division, the offering is the Security Policy), so the bare acronym is not
 * given to it; and a short form the title gives the offering (the "CSF" of "HITRUST CSF") names the
 * offering in its own article even where the lexicon gives it to another entity (NIST CSF).
 */
import { type AcronymPair, findAcronymPairs, type KnownSpans } from './acronyms.ts';
import type { Lexicon } from './lexicon.ts';
import type { Candidate, Matcher } from './matcher.ts';

export interface TitleNames {
  /** The offering's full name: the title's full name plus its tail, or the whole title. */
  name: string;
  /** "ACR" or "ACR Tail"; undefined when the title spells out no acronym. */
  short?: string;
  /** The acronym pair of the title, when it names a body or scheme of its own (it has a tail). */
  inner?: AcronymPair;
}

/** Capitalized words right after a closing parenthesis: the tail of "… (CJIS) Security Policy". */
const TAIL = /^\s*((?:[\p{Lu}\p{N}][\p{L}\p{N}\-–]*)(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}\-–]*){0,3})\s*$/u;

/**
 * The offering's names in `title`. A tail is part of the name only when it has no designation digits
 * and `body` (the article text) writes it after the acronym too ("the CJIS Security Policy"); else
 * the tail is description ("(MTCS) Standard SS 584") and the offering is the pair.
 */
export function readTitle(title: string, known: KnownSpans, body = ''): TitleNames {
  const pair = findAcronymPairs(title, known)[0];
  if (!pair) return { name: title };
  const tail = TAIL.exec(title.slice(pair.end))?.[1];
  if (!tail || /\d/.test(tail) || !body.includes(`${pair.acronym} ${tail}`))
    return { name: pair.name, short: pair.acronym };
  return { name: `${pair.name} ${tail}`, short: `${pair.acronym} ${tail}`, inner: pair };
}

const SHORT_FORM = /^[A-Z][A-Z0-9&-]{1,7}$/;

/** A U.S. regulation's part in a title: "Title 21 CFR Part 11". */
const CFR_PART = /\bCFR\s+Part\s+(\d{1,4})\b/i;

/**
 * Teaches `described` (an offering the lexicon does not know) the acronym that ends its title ("CSF"
 * in "HITRUST CSF"), and the title's own acronym, replacing in this article a lexicon entity that has
 * it only as an alias. An entity whose own acronym or designation it is ("C5") keeps it. The first word
 * is never taken: it often names the owner ("HITRUST"). A regulation's part ("21 CFR Part 11") is also
 * known by its part alone ("Part 11").
 */
export function claimShortForms(
  described: Candidate,
  names: TitleNames,
  matcher: Matcher,
  lexicon: Lexicon | null,
  body = '',
): void {
  teachTitleForms(described, names, matcher, body);
  // "21 CFR Part 11" is "Part 11" in its own article.
  const part = CFR_PART.exec(names.name);
  if (part) matcher.addSurface(`Part ${part[1]}`, described);
  if (!described.discovered) return;
  const own = (w: string) =>
    matcher.lookup(w).some((c) => {
      const e = lexicon?.byId.get(c.id);
      return c.id !== described.id && (e?.acronym === w || e?.designation === w || c.name === w);
    });
  const words = names.name.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const shorts = [words.length > 1 && SHORT_FORM.test(last) ? last : '', names.inner ? '' : (names.short ?? '')];
  for (const w of shorts) {
    if (!w || own(w)) continue;
    if (matcher.lookup(w).some((c) => c.id !== described.id)) matcher.override(w, described, true);
  }
}

/** A trailing parenthetical that qualifies a title without naming it: "FISC 安全対策基準 (日本)". */
const QUALIFIER = /\s*[(（][^()（）]{1,20}[)）]\s*$/u;

/** A generic scheme noun ending a CJK title: the "制度" of "プライバシーマーク制度", "网络安全等级保护制度". */
const SCHEME_NOUN = /(?<=[\p{Script=Han}\p{Script=Katakana}ー])\s*制度$/u;
/** "A に関する B": the B of a Japanese title ("医療情報の安全管理に関する 3 省 2 ガイドライン"). */
const ABOUT_TAIL = /(?:に関する|における|についての)\s*(\S.{3,})$/u;
const BRACKETS: Array<[string, string]> = [
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['“', '”'],
];

/**
 * Teaches `described` its title without a trailing qualifier ("FISC 安全対策基準" of "FISC 安全対策基準
 * (日本)") or a trailing generic scheme noun ("プライバシーマーク" of "プライバシーマーク制度"), and the
 * part after "…に関する" when `body` writes that part in brackets ("「3 省 2 ガイドライン」"), so a
 * bracketed title or a pair that writes the offering's own name resolves to it instead of becoming a
 * second entity. A form the matcher already gives another entity is left to it; forms have at least
 * four characters.
 */
export function teachTitleForms(described: Candidate, names: TitleNames, matcher: Matcher, body = ''): void {
  const bare = names.name.replace(QUALIFIER, '').trim();
  const forms = [bare, bare.replace(SCHEME_NOUN, '')];
  const about = ABOUT_TAIL.exec(bare)?.[1];
  if (about && BRACKETS.some(([open, close]) => body.includes(`${open}${about}${close}`))) forms.push(about);
  for (const form of new Set(forms)) {
    if (form === names.name || [...form].length < 4) continue;
    if (matcher.lookup(form).length === 0) matcher.addSurface(form, described);
  }
}

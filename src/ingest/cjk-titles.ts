/**
 * Pass 1c of extraction (Japanese and Chinese articles): document titles in 「」, 『』, 《》 or 〈〉
 * whose last noun says what they are. Contracts:
 * - the title (without brackets) is the name; it has at least four characters, some of them CJK,
 *   no sentence punctuation, and ends with a document noun read by head-words.ts plus the few here
 *   (指針, 要件, 要求, 規程, 办法 …); a method or an algorithm ("認証方法", "加密算法") is no law;
 * - a law, regulation or scheme becomes a Certification of that type, a standard, guideline or
 *   requirements document a Standard (`<kind>:<name slug>`, CJK characters kept);
 * - a title that holds a known certification, standard or service, or whose id is a lexicon entity's,
 *   teaches nothing: it is (or is about) a known document. Known bodies and places inside a title are
 *   its issuer's name ("〇〇省クラウドガイドライン") and do not stop it.
 */
import type { FactSink, Unit } from './fact-sink.ts';
import { guessHead, type KindGuess } from './head-words.ts';
import { entityId, toSlug } from './ids.ts';
import type { Lexicon } from './lexicon.ts';
import type { Candidate, Matcher } from './matcher.ts';

const TITLE = /[「『《〈]([^「」『』《》〈〉\n]{4,60})[」』》〉]/gu;
const CJK = /[\p{Script=Han}\p{Script=Katakana}]/u;
const SENTENCE = /[。！？!?；;]/u;
/** Document nouns head-words.ts does not read (it reads 基準, 規格, 標準, 指南, 法, 条例, 制度 …). */
const EXTRA: Array<[RegExp, KindGuess]> = [
  [/(?:指針|指针|要件|要求|要項|要领|要領|手引き|手引)$/u, { kind: 'Standard' }],
  [/(?:規程|规程|办法|辦法|細則|细则|実施規則|施行令|施行規則)$/u, { kind: 'Certification', type: 'regulation' }],
];
/** A name ending with 法 is a law unless the word is a method, an algorithm, a way of doing (方法, 算法). */
const NOT_LAW = /[方手技用文作做看说說写寫想算療疗寸]法$/u;

/** What the title names, from its last noun; null when it does not end with a document noun. */
export function titleKind(name: string): KindGuess | null {
  for (const [re, guess] of EXTRA) if (re.test(name)) return guess;
  if (NOT_LAW.test(name)) return null;
  const g = guessHead(name, 'ja');
  if (!g || g.kind === 'Authority' || g.kind === 'Service') return null;
  return g;
}

/** Discovers the documents named by bracketed titles in the article's units. */
export function discoverCjkTitles(all: Unit[], matcher: Matcher, sink: FactSink, lexicon: Lexicon | null): void {
  for (const u of all) {
    if (u.role === 'resources' || !/[「『《〈]/u.test(u.raw)) continue;
    for (const m of u.raw.matchAll(TITLE)) {
      const name = (m[1] ?? '').trim();
      if (!CJK.test(name) || SENTENCE.test(name) || [...name].length < 4) continue;
      const guess = titleKind(name);
      if (!guess) continue;
      if (matcher.find(name).some((x) => x.candidates.some((c) => c.kind !== 'Authority' && c.kind !== 'Jurisdiction')))
        continue;
      const known = matcher.lookup(name);
      if (known.length > 0) {
        // A lookup ignores punctuation, a sentence does not: "クラウド・セキュリティ…" names the known
        // "クラウド セキュリティ…" (the offering's own title, say) wherever the article writes it so.
        const whole = matcher.find(name).some((x) => x.start === 0 && x.end === name.length);
        const c = known.find((x) => x.kind !== 'Jurisdiction');
        if (!whole && c) matcher.addSurface(name, c);
        continue;
      }
      const id = entityId(guess.kind, toSlug(name));
      if (lexicon?.byId.has(id)) continue;
      const c: Candidate = { id, kind: guess.kind, name, discovered: true };
      const node = sink.node(c);
      if (guess.type) node.properties.type = guess.type;
      matcher.addSurface(name, c);
      if (!sink.candidates.includes(name)) sink.candidates.push(name);
    }
  }
}

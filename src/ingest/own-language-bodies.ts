/**
 * Pass 1d of extraction (French, Spanish, Italian and Portuguese articles): bodies named head first
 * in the article's own language without an acronym — "l'Agenzia per la Cybersicurezza Nazionale",
 * "la Comisión Nacional de Normas Digitales". Contracts:
 * - a name is a capitalised head word written after a lower-case word or an article (a word opening
 *   a sentence without one is capitalised by position only), then connectors of those languages and
 *   capitalised words, up to the first other word; trailing connectors are dropped, and at least one
 *   capitalised word must follow the head (a name in sentence case is not read);
 * - the head is an authority head word of the article's language (head-words.ts; not a bank's, which
 *   names commercial banks as often as central ones), and no word is a product brand;
 * - a discovered body is `authority:<slug of its name>`; names the matcher knows, names overlapping a
 *   known name other than a place inside them, and names followed by a bracketed acronym (pairs, read
 *   by discovery.ts) teach nothing; a name the article also writes longer, as a known body's name from
 *   the same head ("la Agencia Nacional" and "la Agencia Nacional de Datos (AND)"), is that body's.
 */
import { PRODUCT_WORD } from './body-names.ts';
import type { FactSink, Unit } from './fact-sink.ts';
import { guessHead } from './head-words.ts';
import { entityId, toSlug } from './ids.ts';
import type { Candidate, Matcher } from './matcher.ts';
import { FOREIGN_CONNECTOR } from './proper-names.ts';

export const OWN_NAME_LANGS = ['fr', 'es', 'it', 'pt'];

/** Articles, any case: a capitalised word after one is a name even at a sentence start. */
const ARTICLE = '(?:[Ll]a|[Ii]l|[Ll]o|[Ee]l|[Ll]es?|[Ll]os|[Ll]as|[Oo]s?|[Aa]s?|[Ii]|[Gg]li)';
/**
 * A capitalised word after a lower-case word, an article or an elided article ("la Comisión", "L'Agenzia");
 * the capital first, what precedes it checked behind (a leading lookbehind is tried at every position).
 */
const HEAD = new RegExp(
  String.raw`\p{Lu}(?<=(?:(?:(?<![\p{L}])\p{Ll}+|(?<![\p{L}])${ARTICLE})\s+|(?<![\p{L}])\p{L}{1,4}['’])\p{Lu})\p{Ll}+(?![\p{L}\p{N}'’-])`,
  'gu',
);
const NEXT_WORD = /^\s+([\p{L}][\p{L}'’-]*)/u;
/** A capitalised word, or an elided article or preposition before one ("d'Italia"). */
const CAPITALISED = /^(?:\p{L}{1,4}['’])?\p{Lu}/u;
const ACRONYM_AFTER = /^\s*\(\s*\p{Lu}[\p{Lu}\p{N}&-]{1,11}\s*\)/u;

/** The words of a head-first name after its head: connectors and capitalised words, no trailing connector. */
function complementOf(text: string, from: number): { words: string[]; end: number } {
  const words: string[] = [];
  let end = from;
  for (let w = NEXT_WORD.exec(text.slice(end)); w && words.length < 8; w = NEXT_WORD.exec(text.slice(end))) {
    const word = w[1] ?? '';
    if (!CAPITALISED.test(word) && !FOREIGN_CONNECTOR.test(word)) break;
    words.push(word);
    end += w[0].length;
  }
  while (words.length > 0 && !CAPITALISED.test(words[words.length - 1] ?? '')) {
    const last = words.pop() ?? '';
    end = text.lastIndexOf(last, end);
    end = text.slice(0, end).trimEnd().length;
  }
  return { words, end };
}

/** True when the known names overlapping [start, end) are places inside it ("Instituto Nacional de Ciberseguridad de España"). */
function placesOnlyInside(text: string, start: number, end: number, matcher: Matcher): boolean {
  const from = Math.max(0, start - 100);
  return matcher.find(text.slice(from, end + 100)).every((k) => {
    const [s, e] = [k.start + from, k.end + from];
    if (e <= start || s >= end) return true;
    return s >= start && e <= end && k.candidates.every((c) => c.kind === 'Jurisdiction');
  });
}

/** A known body the article also names longer from the same head ("Agencia Nacional" and "Agencia Nacional de Datos"). */
function longerKnown(all: Unit[], name: string, head: string, matcher: Matcher): Candidate | null {
  for (const u of all)
    for (let at = u.raw.indexOf(`${name} `); at >= 0; at = u.raw.indexOf(`${name} `, at + 1)) {
      const longer = u.raw.slice(at, complementOf(u.raw, at + head.length).end);
      if (longer === name) continue;
      const known = matcher.lookup(longer).find((c) => c.kind === 'Authority');
      if (known) return known;
    }
  return null;
}

/** Discovers the bodies named head first without an acronym in the units of an article of `lang`. */
export function discoverOwnLanguageBodies(all: Unit[], lang: string, matcher: Matcher, sink: FactSink): void {
  for (const u of all) {
    if (u.role === 'resources' || u.kind === 'title' || u.kind === 'heading') continue;
    for (const m of u.raw.matchAll(HEAD)) {
      const head = m[0];
      const start = m.index ?? 0;
      const { words, end } = complementOf(u.raw, start + head.length);
      if (!words.some((w) => CAPITALISED.test(w))) continue;
      const name = u.raw.slice(start, end);
      if (guessHead(name, lang)?.kind !== 'Authority' || words.some((w) => PRODUCT_WORD.test(w))) continue;
      if (matcher.lookup(name).length > 0 || ACRONYM_AFTER.test(u.raw.slice(end))) continue;
      if (!placesOnlyInside(u.raw, start, end, matcher)) continue;
      const longer = longerKnown(all, name, head, matcher);
      if (longer) {
        matcher.addSurface(name, longer);
        sink.addName(longer, name, true);
        continue;
      }
      const c: Candidate = { id: entityId('Authority', toSlug(name)), kind: 'Authority', name, discovered: true };
      sink.node(c).properties.kind = 'other';
      matcher.addSurface(name, c);
      if (!sink.candidates.includes(name)) sink.candidates.push(name);
    }
  }
}

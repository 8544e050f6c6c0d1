/**
 * Pass 1 of extraction: "Full Name (ACRONYM)" pairs teach known entities new names and make unknown
 * organisations and schemes discovered entities, before relations are read. Contracts:
 * - a discovered entity's kind comes from a head word of its name (head-words.ts), or of the words
 *   right after the parenthesis ("Criminal Justice Information Services (CJIS) Division"), or, for a
 *   headless pair, of the word after its acronym elsewhere in the article ("the CJIS Division");
 *   a lower-case document noun right after the parenthesis heads the whole phrase and outranks the
 *   name's own head ("the Foo Security Assessment (FSA) catalog" is a Standard);
 * - an article that spells out an acronym as a name whose initials are that acronym, unlike every name
 *   of the lexicon entity with that acronym ("British Standards Institution (BSI)" vs the German BSI),
 *   defines a different entity: within that article the acronym names the new one;
 * - a discovered entity never takes the id of a lexicon entity: its id is `<kind>:<acronym slug>`,
 *   or `<kind>:<name slug>` when that is a lexicon id.
 */
import { type AcronymPair, findAcronymPairs, type KnownSpans } from './acronyms.ts';
import { escapeRegExp } from './cue-pattern.ts';
import type { FactSink, Unit } from './fact-sink.ts';
import { guessHead, type KindGuess } from './head-words.ts';
import { entityId, toSlug } from './ids.ts';
import type { Lexicon } from './lexicon.ts';
import type { Candidate, Matcher } from './matcher.ts';
import { foreignHead } from './proper-names.ts';

export interface DiscoveryContext {
  matcher: Matcher;
  sink: FactSink;
  described: Candidate;
  lang: string;
  lexicon: Lexicon | null;
}

/** Capitalized words right after a pair's closing parenthesis. */
const AFTER = /^[ \t]*(\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*){0,2})/u;
const PLURAL_ACRONYM = /^[A-Z0-9&-]*[A-Z][A-Z0-9&-]*[A-Z0-9]s$/;
const CONNECTOR = /^(?:of|for|and|the|on|in|de|del|la|el|y|e|et|du|des|di|da|do|der|für|und|&)$/i;

/** A lower-case noun naming a document, right after a pair: "(VDA ISA) catalog", "(XYZ) standard". */
const DOCUMENT_TAIL =
  /^[ \t]+(catalog|catalogue|standard|norm|guidelines|specification|baseline|katalog|norma|norme|estándar|padrão)(?![\p{L}\p{N}-])/u;

/** True when the name ends with a name `c` is known by: context before a known name, not a new name. */
function endsWithNameOf(matcher: Matcher, name: string, c: Candidate): boolean {
  return matcher.find(name).some((m) => m.end === name.length && m.candidates.some((x) => x.id === c.id));
}

/** True when the capitalized words of `name` start with the letters of `acr`, in order, and nothing else. */
export function initialsSpell(acr: string, name: string): boolean {
  const letters = acr.replace(/[^A-Za-z]/g, '').toLowerCase();
  const initials = name
    .split(/[\s\-–/]+/)
    .filter((w) => w && !CONNECTOR.test(w) && /^\p{Lu}/u.test(w))
    .map((w) => w.normalize('NFKD').charAt(0).toLowerCase())
    .join('');
  return letters.length >= 2 && initials === letters;
}

const significant = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4),
  );

/** True when some lexicon name of `c` shares at least half of the significant words of `name`. */
function resembles(name: string, c: Candidate, lexicon: Lexicon | null): boolean {
  const e = lexicon?.byId.get(c.id);
  const mine = significant(name);
  if (mine.size === 0) return true;
  const theirs = e ? [e.name, ...Object.values(e.names), ...e.aliases, e.title ?? ''] : [c.name];
  return theirs.some((t) => {
    const words = significant(t);
    let shared = 0;
    for (const w of mine) if (words.has(w)) shared++;
    return shared * 2 >= mine.size;
  });
}

/** True when the article's pair defines its acronym for an entity other than the known `c`. */
function definesOther(pair: AcronymPair, c: Candidate, ctx: DiscoveryContext): boolean {
  if (ctx.matcher.lookup(pair.name).length > 0) return false;
  return initialsSpell(pair.acronym, pair.name) && !resembles(pair.name, c, ctx.lexicon);
}

/** A new entity's id: by acronym, by name when the acronym's id is a lexicon entity's. */
function discoveredId(kind: Candidate['kind'], name: string, acronym: string, lexicon: Lexicon | null): string {
  const byAcronym = entityId(kind, toSlug(acronym));
  return lexicon?.byId.has(byAcronym) ? entityId(kind, toSlug(name)) : byAcronym;
}

function discover(
  name: string,
  written: string,
  guess: KindGuess,
  ctx: DiscoveryContext,
  override: boolean,
  head = '',
): void {
  // A plural acronym names the kind of body: "C3PAOs" is taught with its singular "C3PAO".
  const acronym = PLURAL_ACRONYM.test(written) ? written.slice(0, -1) : written;
  const c: Candidate = {
    id: discoveredId(guess.kind, name, head ? `${acronym} ${head}` : acronym, ctx.lexicon),
    kind: guess.kind,
    name,
    discovered: true,
    acronym,
  };
  const n = ctx.sink.node(c);
  if (guess.type) n.properties.type = guess.type;
  if (guess.kind === 'Authority') n.properties.kind = 'other';
  ctx.matcher.addSurface(name, c);
  for (const a of new Set([acronym, written])) {
    if (override) ctx.matcher.override(a, c, true);
    else ctx.matcher.addSurface(a, c, true);
  }
  const label = `${name} (${written})`;
  if (!ctx.sink.candidates.includes(label)) ctx.sink.candidates.push(label);
}

/**
 * The pair's name with the capitalized words after it, when they head it: "… Services (CJIS) Division".
 * The acronym spells the inner name only, so the body's id is read from the acronym and its head
 * words (`authority:cjis-division`).
 */
function withTail(
  pair: AcronymPair,
  raw: string,
  ctx: DiscoveryContext,
): { name: string; known: boolean; head?: string } | null {
  const tail = AFTER.exec(raw.slice(pair.end))?.[1];
  if (!tail) return null;
  const words = tail.split(/[ \t]+/);
  for (let j = words.length; j >= 1; j--) {
    const t = words.slice(0, j).join(' ');
    const name = `${pair.name} ${t}`;
    if (ctx.matcher.lookup(name).length > 0 || ctx.matcher.lookup(`${pair.acronym} ${t}`).length > 0)
      return { name, known: true };
  }
  for (let j = 1; j <= words.length; j++) {
    const name = `${pair.name} ${words.slice(0, j).join(' ')}`;
    if (guessHead(name, 'en')?.kind === 'Authority') return { name, known: false, head: words.slice(0, j).join(' ') };
  }
  return null;
}

/** Runs pass 1 over the article's units. */
export function discoverPairs(all: Unit[], known: KnownSpans, ctx: DiscoveryContext): void {
  const { matcher, sink, described } = ctx;
  const headless = new Map<string, string>();
  for (const u of all) {
    for (const pair of findAcronymPairs(u.raw, known)) {
      const head = guessHead(pair.name, ctx.lang) ?? (ctx.lang === 'en' ? foreignHead(pair.name) : null);
      const guess: KindGuess | null = DOCUMENT_TAIL.test(u.raw.slice(pair.end)) ? { kind: 'Standard' } : head;
      const tail = guess ? null : withTail(pair, u.raw, ctx);
      if (tail?.known) {
        headless.set(pair.acronym, pair.name);
        continue;
      }
      const hits = [...matcher.lookup(pair.name), ...matcher.lookup(pair.acronym)];
      const c = hits[0];
      if (c && !(guess && definesOther(pair, c, ctx))) {
        if (c.id === described.id) continue;
        if (matcher.lookup(pair.name).length === 0 && !endsWithNameOf(matcher, pair.name, c))
          sink.addName(c, pair.name);
        if (matcher.lookup(pair.acronym).length === 0) sink.addName(c, pair.acronym, true);
        continue;
      }
      if (tail) discover(tail.name, pair.acronym, { kind: 'Authority' }, ctx, !!c, tail.head);
      else if (guess) discover(pair.name, pair.acronym, guess, ctx, !!c);
      else if (/^[\p{L}\p{N}]/u.test(pair.name) && !/\p{Script=Han}|\p{Script=Hangul}/u.test(pair.name))
        headless.set(pair.acronym, pair.name);
    }
  }
  headedLater(all, headless, ctx);
}

/**
 * A headless pair ("Criminal Justice Information Services (CJIS)") whose acronym the article puts
 * before an authority head word ("the CJIS Division") names that authority.
 */
function headedLater(all: Unit[], headless: Map<string, string>, ctx: DiscoveryContext): void {
  for (const [acr, name] of headless) {
    if (ctx.matcher.lookup(acr).length > 0) continue;
    // Not a head that opens a longer name ("the NERC Board of Trustees" is not NERC itself).
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(acr)}[ \\t]+(\\p{Lu}\\p{L}+)(?![ \\t]+(?:of|for)[ \\t]+\\p{Lu})`,
      'gu',
    );
    let found: string | null = null;
    for (const u of all) {
      for (const m of u.raw.matchAll(re)) {
        const head = m[1] ?? '';
        if (guessHead(`${name} ${head}`, 'en')?.kind === 'Authority') found = head;
        if (found) break;
      }
      if (found) break;
    }
    if (!found) continue;
    discover(`${name} ${found}`, acr, { kind: 'Authority' }, ctx, false, found);
    ctx.matcher.addSurface(`${acr} ${found}`, ctx.matcher.lookup(acr)[0] as Candidate);
  }
}

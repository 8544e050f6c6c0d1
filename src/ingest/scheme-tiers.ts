/**
 * Tiers of the article's own scheme found by their labels, whether or not the lexicon knows the scheme:
 * "assurance levels AL1, AL2 and AL3", "QC1–QC4", "e1, i1 and r2", "Level 1–3", "Nivel 2", "2등급",
 * "レベル 2", and "<scheme> Plus" ("Cyber Essentials Plus"). Each becomes a Certification PART_OF the
 * described scheme, quoting the sentence that names it. Contracts: level words of every language are
 * read as "Level N", so a tier has one id in every locale; a tier the matcher knows by "<scheme name>
 * <label>" (a lexicon tier such as MTCS Level 2) is reused, never duplicated, and a lexicon scheme gets
 * no tier the lexicon does not list (the lexicon curates its tiers); a label
 * right after the name of another certification ("CMMC Level 2") is that one's, not ours; short codes
 * count only as a family (two or more in one block, same prefix, or listed side by side); a prefix the
 * article defines as the acronym of its tier noun ("three assessment levels (AL)") makes every
 * "AL 2" / "AL2" / "AL 1–3" of the article a tier label, spaced or not, in any block.
 * Labels of tier-labels.ts (Chinese / Roman ordinals, impact words Low / Moderate / High in any language,
 * impact words leading the items of a list, tier columns of tables) count only when the text ties them
 * to the scheme: the sentence or row names it, or (naming no other certification) its block, the
 * lead-in of its list or table, or its section heading does; they are never taught as bare surfaces.
 * A label in a table row quotes the row, not the whole table.
 */
import type { FactSink, Unit } from './fact-sink.ts';
import { entityId, toSlug } from './ids.ts';
import type { Candidate, Matcher } from './matcher.ts';
import { splitSentences } from './sentences.ts';
import { impactTiers, leadingImpact, ordinalLevels, TIER_NOUN, type TierLabel, tableTiers } from './tier-labels.ts';
import { tierRuns } from './tier-runs.ts';
import { MORE_LEVEL_WORDS, MORE_TIER_NOUNS, MORE_TIER_PLURALS } from './tier-words-more.ts';

/** A label, with the words the article wrote it in when they differ ("Stufe 2" for "Level 2"). */
type Label = TierLabel & { written?: string };

const LEVEL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(Level|Tier|Nivel|Livello|Nível|Niveau|Stufe|${MORE_LEVEL_WORDS}|レベル|레벨)\s*(\d)(?:\s*(?:[–-]|to|a|à|bis)\s*(\d))?(?![\p{N}])`,
  'gu',
);
const CJK_LEVEL = /(?<![\p{N}])(\d)\s*(등급|級|级)|(등급|級|级)\s*(\d)(?![\p{N}])/gu;
const CODE =
  /(?<![\p{L}\p{N}\-./])([A-Za-z]{1,3})(\d)(?:\s*[–-]\s*([A-Za-z]{1,3})?(\d))?(?![\p{L}\p{N}\-/]|\.[\p{L}\p{N}])/gu;
/** Code prefixes that are not tiers: quarters, halves, fiscal years, versions, releases, keys. */
const NOT_TIER = /^(?:Q|H|FY|CY|V|v|R|P|W|KB|C|S|T|G|M|F|X|Y|N|D|B|Ver|ver|Gen|SP|SC|TC|AC|Art|No|Nr)$/;
/** Only separators between two codes listed side by side. */
const LIST_GAP = /^(?:\s*(?:[,;/|、]|and|or|y|e|et|und|o|ou|및|和|与|與)\s*|\s+)$/iu;
/** Words that make a block be about tiers. */
const TIER_CONTEXT = new RegExp(
  String.raw`(?<![\p{L}])(?:levels?|tiers?|assurance|maturity|niveles|nivel|livell[oi]|níve(?:l|is)|niveaux?|Stufen?|class(?:es)?|categor(?:y|ies)|${MORE_TIER_NOUNS})(?![\p{L}])|등급|レベル|級|级别|等級|等级`,
  'iu',
);
const PLUS = /\s+(Plus|\+)(?![\p{L}\p{N}])/uy;
/** A tier noun followed by its acronym in parentheses: "assessment levels (AL)", "Impact Levels (IL)". */
const DEFINED_PREFIX = new RegExp(
  String.raw`(?<![\p{L}])(?:levels?|tiers?|classes|niveles|niveaux|livelli|níveis|Stufen|${MORE_TIER_PLURALS})\s*[(（]([A-Z]{1,4})[)）]`,
  'giu',
);

/** Tier-code prefixes the article defines as the acronym of its tier noun. */
function definedPrefixes(all: Unit[]): Set<string> {
  const out = new Set<string>();
  for (const u of all) for (const m of u.raw.matchAll(DEFINED_PREFIX)) if (m[1]) out.add(m[1]);
  return out;
}

/** Labels with a defined prefix, spaced or not: "AL 3", "AL2", "AL 1–3". */
function definedCodes(raw: string, prefixes: Set<string>): Label[] {
  const out: Label[] = [];
  for (const p of prefixes) {
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${p}[ \\t]?(\\d)(?:\\s*[–-]\\s*(?:${p}[ \\t]?)?(\\d))?(?![\\p{L}\\p{N}])`,
      'gu',
    );
    for (const m of raw.matchAll(re))
      out.push(...expand(p, Number(m[1]), m[2] ? Number(m[2]) : undefined, m.index ?? 0));
  }
  return out;
}

function expand(prefix: string, from: number, to: number | undefined, at: number, sep = ''): Label[] {
  const last = to !== undefined && to > from && to - from < 9 ? to : from;
  const out: Label[] = [];
  for (let n = from; n <= last; n++) out.push({ text: `${prefix}${sep}${n}`, at });
  return out;
}

/** Short-code families in one block: same prefix twice, or different codes listed side by side. */
function codes(raw: string, matcher: Matcher): Label[] {
  const found: Array<Label & { prefix: string; end: number }> = [];
  for (const m of raw.matchAll(CODE)) {
    const prefix = m[1] ?? '';
    if (NOT_TIER.test(prefix) || (m[3] && m[3] !== prefix)) continue;
    const at = m.index ?? 0;
    const end = at + m[0].length;
    for (const l of expand(prefix, Number(m[2]), m[4] ? Number(m[4]) : undefined, at))
      if (matcher.lookup(l.text).length === 0) found.push({ ...l, prefix, end });
  }
  const distinct = new Set(found.map((f) => f.text));
  if (distinct.size < 2) return [];
  return found.filter((f, k) => {
    const samePrefix = found.some((o) => o.prefix === f.prefix && o.text !== f.text);
    const prev = found[k - 1];
    const next = found[k + 1];
    const listed =
      (prev && prev.text !== f.text && LIST_GAP.test(raw.slice(prev.end, f.at))) ||
      (next && next.text !== f.text && LIST_GAP.test(raw.slice(f.end, next.at)));
    return samePrefix || listed;
  });
}

function levels(raw: string): Label[] {
  const out: Label[] = [];
  for (const m of raw.matchAll(LEVEL)) {
    const found = expand('Level', Number(m[2]), m[3] ? Number(m[3]) : undefined, m.index ?? 0, ' ');
    // One level written in the article's words ("Stufe 3", "Nivel 2") names it bare as "Level 3" does.
    if (!m[3] && m[1] !== 'Level') for (const l of found) (l as Label).written = m[0];
    out.push(...found);
  }
  for (const m of raw.matchAll(CJK_LEVEL)) out.push({ text: `Level ${m[1] ?? m[4]}`, at: m.index ?? 0 });
  return out;
}

/** True when the words right before `at` end with the name of a certification other than `scheme`. */
function ownedByOther(raw: string, at: number, scheme: Candidate, matcher: Matcher): boolean {
  const before = raw.slice(Math.max(0, at - 60), at);
  return matcher
    .find(before)
    .some((m) => before.slice(m.end).trim() === '' && m.candidates.every((c) => c.id !== scheme.id));
}

/** True when `text` names the scheme (one of `names`, or a surface the matcher reads as it). */
function namesScheme(text: string, names: string[], scheme: Candidate, matcher: Matcher): boolean {
  return (
    names.some((n) => text.includes(n)) || matcher.find(text).some((m) => m.candidates.some((c) => c.id === scheme.id))
  );
}

/** True when `text` names a certification other than the scheme. */
function namesOther(text: string, scheme: Candidate, matcher: Matcher): boolean {
  return matcher
    .find(text)
    .some((m) => m.candidates.some((c) => c.kind === 'Certification') && m.candidates.every((c) => c.id !== scheme.id));
}

/** The paragraph that leads into the list or table at `i` (or the block itself), in its section. */
function leadIn(all: Unit[], i: number): Unit | undefined {
  const u = all[i];
  if (!u || (u.kind !== 'item' && !u.raw.startsWith('|'))) return undefined;
  for (let j = i - 1; j >= 0; j--) {
    const p = all[j];
    if (!p || p.section !== u.section) return undefined;
    if (p.kind === 'paragraph' && !p.raw.startsWith('|')) return p;
  }
  return undefined;
}

/**
 * Impact words leading the items of one list ("- **Low**: …", "- **Moderate**: …"), by item index:
 * two different ones at least, and a tier noun in an item, the lead-in or the heading.
 */
function listRuns(all: Unit[]): Map<number, TierLabel> {
  const out = new Map<number, TierLabel>();
  for (let i = 0; i < all.length; ) {
    let j = i;
    const run = new Map<number, TierLabel>();
    while (all[j]?.kind === 'item' && all[j]?.section === all[i]?.section) {
      const l = leadingImpact(all[j]?.raw ?? '');
      if (l) run.set(j, l);
      j++;
    }
    const context = [...run.keys()].map((k) => all[k]?.raw ?? '');
    context.push(leadIn(all, i)?.raw ?? '', all[i]?.heading ?? '');
    if (new Set([...run.values()].map((l) => l.text)).size >= 2 && context.some((t) => TIER_NOUN.test(t)))
      for (const [k, l] of run) out.set(k, l);
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * The last four Han characters of a Chinese or Japanese scheme name before a generic scheme noun
 * ("等级保护" of "网络安全等级保护制度"): the short form its article calls it by, which ties a list of
 * levels to it like its name does. Undefined for shorter or non-Han names.
 */
function hanTail(name: string): string | undefined {
  const bare = name.replace(/\s*(?:制度|体系|體系)$/u, '');
  const tail = /\p{Script=Han}{4}$/u.exec(bare)?.[0];
  return tail && tail !== bare ? tail : undefined;
}

/** Adds the tiers of `scheme` (the described certification) found in the article, with PART_OF. */
export function discoverTiers(all: Unit[], scheme: Candidate, matcher: Matcher, sink: FactSink): void {
  if (scheme.kind !== 'Certification') return;
  const key = scheme.id.slice(scheme.id.indexOf(':') + 1);
  const names = [scheme.acronym, scheme.name].filter((x): x is string => !!x && x.length <= 40);
  const short = names[0] ?? key;
  const tierFor = (label: string, bare: boolean, written?: string): Candidate | null => {
    for (const n of names) {
      const hit = [...matcher.lookup(`${n} ${label}`), ...matcher.lookup(`${n}${label}`)].find(
        (c) => c.kind === 'Certification' && c.id !== scheme.id,
      );
      // A bare label names the tier the article's scheme has by it ("Level 2 is based on …").
      for (const l of bare && hit ? new Set([label, written ?? label]) : [])
        if (matcher.lookup(l).length === 0) matcher.addSurface(l, hit as Candidate, true);
      if (hit) return hit;
    }
    if (!scheme.discovered) return null;
    const c: Candidate = {
      id: entityId('Certification', `${key}-${toSlug(label)}`),
      kind: 'Certification',
      name: `${short} ${label}`,
      discovered: true,
    };
    const spaced = label.replace(/^(\p{Lu}+)(\d)$/u, '$1 $2');
    for (const n of names)
      for (const l of new Set([label, spaced, written ?? label])) matcher.addSurface(`${n} ${l}`, c);
    if (bare) for (const l of new Set([label, spaced, written ?? label])) matcher.addSurface(l, c, true);
    return c;
  };
  const tail = hanTail(scheme.name);
  const tieNames = tail ? [...names, tail] : names;
  const prefixes = definedPrefixes(all);
  const runs = listRuns(all);
  all.forEach((u, i) => {
    if (u.kind === 'title' || u.role === 'resources') return;
    const about = names.some((n) => u.raw.includes(n)) || TIER_CONTEXT.test(u.raw);
    const found: TierLabel[] = about ? [...levels(u.raw), ...codes(u.raw, matcher)] : [];
    for (const l of definedCodes(u.raw, prefixes)) if (!found.some((f) => f.text === l.text)) found.push(l);
    for (const l of found) l.bare = true;
    const run = runs.get(i);
    for (const l of [
      ...ordinalLevels(u.raw).map((l) => (about ? l : { ...l, tie: true })),
      ...tierRuns(u.raw).map((l) => (about ? l : { ...l, tie: true })),
      ...impactTiers(u.raw),
      ...tableTiers(u.raw),
      ...(run ? [run] : []),
    ])
      if (!found.some((f) => f.text === l.text && f.at === l.at && !l.quote)) found.push(l);
    const labels = found.filter((l) => !ownedByOther(u.raw, l.at, scheme, matcher));
    for (const n of names) {
      for (let at = u.raw.indexOf(n); at >= 0; at = u.raw.indexOf(n, at + 1)) {
        PLUS.lastIndex = at + n.length;
        const m = PLUS.exec(u.raw);
        if (m) labels.push({ text: 'Plus', at, bare: true });
      }
    }
    if (labels.length === 0) return;
    const sentences = splitSentences(u.raw);
    const context = [leadIn(all, i)?.raw, u.heading, u.raw].filter((x): x is string => !!x);
    const tied = (quote: string) =>
      namesScheme(quote, names, scheme, matcher) ||
      (!namesOther(quote, scheme, matcher) && context.some((t) => namesScheme(t, tieNames, scheme, matcher)));
    for (const l of labels) {
      const s = sentences.find((x) => x.start <= l.at && l.at < x.start + x.text.length) ?? sentences[0];
      if (!s) continue;
      const quote = l.quote ?? tableRow(u.raw, l.at) ?? s.text;
      if (l.tie && !tied(quote)) continue;
      const tier = tierFor(l.text, l.bare === true, (l as Label).written);
      if (!tier) continue;
      sink.node(tier);
      sink.rel('PART_OF', tier.id, scheme.id, u, quote);
    }
  });
}

/** The table row holding offset `at` of a block, when the block is a table. */
function tableRow(raw: string, at: number): string | undefined {
  const start = raw.lastIndexOf('\n', at - 1) + 1;
  const end = raw.indexOf('\n', at);
  const line = raw.slice(start, end < 0 ? raw.length : end).trim();
  return line.startsWith('|') && raw.includes('\n') ? line : undefined;
}

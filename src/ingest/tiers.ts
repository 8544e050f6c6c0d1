/**
 * Tiers (levels, marks) of a scheme. A certification is a tier of another when the lexicon says so
 * (`partOf`) or when its name without a tier word ("Gold", "Level 2", "ゴールド", "Stufe 2") names that
 * other certification.
 */
import type { FactSink, Unit } from './fact-sink.ts';
import type { Lexicon } from './lexicon.ts';
import type { Candidate, Matcher, Mention } from './matcher.ts';
import type { FoundRelation } from './relations.ts';
import { MORE_LEVEL_WORDS, MORE_TIER_NOUNS } from './tier-words-more.ts';

/** A tier word with the spaces around it. */
const TIER_WORD = new RegExp(
  String.raw`\s*(?:Gold|Silver|Bronze|Platinum|High|Moderate|Low|Basic|Medium|Level\s*\d|Type\s*\d|Tier\s*\d|ゴールド|シルバー|ブロンズ|金|银|銀|Stufe\s*\d|Niveau\s*\d|(?:${MORE_LEVEL_WORDS})\s*\d|Or|Argent)\s*`,
  'iu',
);
const TIER_WORDS = new RegExp(TIER_WORD.source, 'giu');

/** The certification `name` names once its tier words are taken out, other than `self`. */
export function schemeOfTierName(name: string, matcher: Matcher, self: string): Candidate | null {
  if (!TIER_WORD.test(name)) return null;
  const parentName = name
    .replace(TIER_WORDS, ' ')
    .replace(/\s*[(（][^)）]*[)）]\s*$/, '')
    .trim();
  return matcher.lookup(parentName).find((c) => c.kind === 'Certification' && c.id !== self) ?? null;
}

function tierOf(tier: Candidate, scheme: Candidate, lexicon: Lexicon | null, matcher: Matcher): boolean {
  if (tier.kind !== 'Certification' || scheme.kind !== 'Certification') return false;
  if (lexicon?.byId.get(tier.id)?.partOf === scheme.id) return true;
  return schemeOfTierName(tier.name, matcher, tier.id)?.id === scheme.id;
}

/** True when one of the two certifications is a tier of the other. */
export function schemeAndTier(a: Candidate, b: Candidate, lexicon: Lexicon | null, matcher: Matcher): boolean {
  return tierOf(a, b, lexicon, matcher) || tierOf(b, a, lexicon, matcher);
}

/** "Cloud Security Mark Gold" without its tier word names the parent scheme: PART_OF. */
export function tiers(
  described: Candidate,
  matcher: Matcher,
  sink: FactSink,
  u: Unit,
  acronym: string | undefined,
): void {
  for (const name of [u.raw, described.name, acronym]) {
    if (!name) continue;
    const parent = schemeOfTierName(name, matcher, described.id);
    if (parent) {
      sink.node(parent);
      sink.rel('PART_OF', described.id, parent.id, u, u.raw);
      return;
    }
  }
}

/**
 * A certification named by a tier word plus the name of another certification ("FedRAMP High",
 * "CMMC Level 2") is a tier of that other one. Contract: the sentence is evidence only when it also
 * names the scheme on its own, or the scheme is the article's described certification.
 */
export function namedTiers(mentions: Mention[], matcher: Matcher, described: Candidate): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const m of mentions) {
    const tier = m.candidates.find((c) => c.kind === 'Certification');
    if (!tier) continue;
    const scheme = schemeOfTierName(m.surface, matcher, tier.id) ?? schemeOfTierName(tier.name, matcher, tier.id);
    if (!scheme) continue;
    const named = mentions.some((o) => o !== m && o.candidates.some((c) => c.id === scheme.id));
    if (named || scheme.id === described.id) out.push({ type: 'PART_OF', start: tier, end: scheme });
  }
  return out;
}

/** Tier labels that name a tier on their own: "Level 2", "Tier 1", "Stufe 2", "レベル 2". */
const NUMBERED_TIER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:Level|Tier|Stufe|Niveau|Nivel|Livello|Nível|${MORE_LEVEL_WORDS}|レベル|레벨)\s*\d(?!\p{N})`,
  'gu',
);
/** Tier labels that are ordinary words elsewhere ("high", "gold"): capitalised, in a sentence about tiers. */
const NAMED_TIER =
  /(?<![\p{L}])(?:Gold|Silver|Bronze|Platinum|High|Moderate|Low|Basic|Medium)(?![\p{L}])|ゴールド|シルバー|ブロンズ/gu;
/** Nouns that make a sentence be about tiers. */
const TIER_NOUN = new RegExp(
  String.raw`(?<![\p{L}])(?:tiers?|levels?|marks?|Stufen?|Niveaus?|niveaux?|paliers?|niveles?|livelli|níveis|${MORE_TIER_NOUNS})(?![\p{L}])|レベル|階層|ティア|级别|級別|等级|等級`,
  'iu',
);

/**
 * Tiers named by a bare label in a sentence of an article about a scheme ("Level 1 is the base tier",
 * "three impact levels, Low, Moderate or High"): the scheme's name followed by the label names a known
 * certification, which is a tier of the scheme. Contract: only certifications whose name is one of
 * `schemeNames` plus the label count; a label inside a mention is left to `namedTiers`.
 */
export function labelledTiers(
  text: string,
  mentions: Mention[],
  scheme: Candidate,
  schemeNames: string[],
  matcher: Matcher,
): FoundRelation[] {
  const labels = [...text.matchAll(NUMBERED_TIER)];
  if (TIER_NOUN.test(text)) labels.push(...text.matchAll(NAMED_TIER));
  const out: FoundRelation[] = [];
  for (const l of labels) {
    const at = l.index ?? 0;
    if (mentions.some((m) => m.start <= at && at < m.end)) continue;
    for (const name of schemeNames) {
      const tier = [...matcher.lookup(`${name} ${l[0]}`), ...matcher.lookup(`${name}${l[0]}`)].find(
        (c) => c.kind === 'Certification' && c.id !== scheme.id,
      );
      if (tier && !out.some((r) => r.start.id === tier.id)) out.push({ type: 'PART_OF', start: tier, end: scheme });
      if (tier) break;
    }
  }
  return out;
}

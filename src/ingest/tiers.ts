/**
 * Tiers (levels, marks) of a scheme. A certification is a tier of another when the lexicon says so
 * (`partOf`) or when its name without a tier word ("Gold", "Level 2", "ゴールド", "Stufe 2") names that
 * other certification.
 */
import type { FactSink, Unit } from './fact-sink.ts';
import type { Lexicon } from './lexicon.ts';
import type { Candidate, Matcher } from './matcher.ts';

/** A tier word with the spaces around it. */
const TIER_WORD =
  /\s*(?:Gold|Silver|Bronze|Platinum|High|Moderate|Low|Basic|Medium|Level\s*\d|Type\s*\d|Tier\s*\d|ゴールド|シルバー|ブロンズ|金|银|銀|Stufe\s*\d|Niveau\s*\d|Or|Argent)\s*/iu;
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

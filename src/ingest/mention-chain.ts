/**
 * Runs of coordinated names next to a cue ("A, B and C", "SSAE 18, section AT-C 205", "a SOC 2
 * examination extended with the CCM"). Contracts: a run only holds names of the kinds asked for, in
 * reading order from the name it starts at; see enumeration.ts for which links belong to one list.
 */
import { CONJUNCTION } from './cues.ts';
import { validLinks } from './enumeration.ts';
import type { Candidate, Mention } from './matcher.ts';
import { bracketedGap, GENITIVE_BEFORE, sectionOf, supplements } from './name-links.ts';
import type { EntityKind } from './types.ts';

/** "three standards: A for x, B for y, and C for z": a gloss after an item of a list a colon opens. */
const GLOSS = /^\s+(?:for|pour|für|para|per)\s+[^,;:.()]{1,80}?(?=(?:,\s*)?(?:(?:and|et|und|y|e)\s+)?$)/iu;

/** The mention's first candidate of one of `kinds`, or null. */
export function pick(m: Mention, kinds: EntityKind[]): Candidate | null {
  return m.candidates.find((c) => kinds.includes(c.kind)) ?? null;
}

/** The run of names from `mentions[from]` in direction `dir` (its first entry is that name, when it fits `kinds`). */
export function chain(
  text: string,
  mentions: Mention[],
  from: number,
  dir: 1 | -1,
  kinds: EntityKind[],
): Array<{ m: Mention; c: Candidate }> {
  const out: Array<{ m: Mention; c: Candidate }> = [];
  const gaps: string[] = [];
  let i = from;
  const colonList = dir === 1 && /:\s*$/.test(text.slice(0, (mentions[from] as Mention | undefined)?.start ?? 0));
  while (i >= 0 && i < mentions.length) {
    const m = mentions[i] as Mention;
    const c = pick(m, kinds);
    if (!c) break;
    out.push({ m, c });
    const next = mentions[i + dir];
    if (!next) break;
    const [a, b] = dir === 1 ? [m, next] : [next, m];
    const raw = bracketedGap(text, a, b);
    // Without its gloss, "A for x, and B" is "A and B": the comma only closed the gloss.
    const gap =
      colonList && GLOSS.test(raw) ? raw.replace(GLOSS, '').replace(/^,\s*(?=(?:and|et|und|y|e)\s)/iu, ' ') : raw;
    const section = sectionOf(gap, a, b) || supplements(gap);
    // "the ASB des AICPA" is one name qualified by another, not two coordinated names.
    if (!section && (GENITIVE_BEFORE.test(gap) || !CONJUNCTION.test(gap))) break;
    // A section or supplement link never ends an enumeration.
    gaps.push(section ? '' : gap);
    i += dir;
  }
  if (out.length < 2) return out;
  // Only the links that belong to one enumeration, counted from the name nearest the cue.
  gaps.length = out.length - 1;
  const kept = dir === 1 ? validLinks(gaps) : validLinks([...gaps].reverse(), true);
  return out.slice(0, kept + 1);
}

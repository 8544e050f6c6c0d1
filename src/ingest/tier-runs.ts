/**
 * Runs of tier labels after one tier noun, in English: "Levels 1, 2 and 3", "Level 1 to Level 3",
 * "Tier 1 through Tier 3", "levels one to three", "level one, level two and level three", "Lot 1,
 * Lot 2 and Lot 3". Contracts: levels and tiers are read as "Level N" (as scheme-tiers.ts reads
 * them, so a tier has one id), lots, classes, grades and bands keep their noun ("Lot 2"); "to",
 * "through" and a dash between two numbers name every number between them (at most 9); a run that
 * is a single number written with a digit after a singular capitalised noun ("Level 2") is left to
 * scheme-tiers.ts; spelled numbers and lower-case nouns ("a level one") are labels only when the
 * caller ties them to the scheme (`tie`), and are never taught as bare surfaces.
 */
import { parseNumber } from './facts.ts';
import type { TierLabel } from './tier-labels.ts';

const NUM = '(?:[1-9]|one|two|three|four|five|six|seven|eight|nine)';
const LINK = String.raw`\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or|to|through|thru)\s|[–—-])\s*`;
const RUN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(levels?|tiers?|lots?|class(?:es)?|grades?|bands?)\s+(${NUM}(?:${LINK}(?:(?:level|tier|lot|class|grade|band)\s+)?${NUM})*)(?![\p{L}\p{N}]|-\d)`,
  'giu',
);
const ITEM = new RegExp(`(${NUM})|(to|through|thru|[–—-])`, 'giu');

const ADJECTIVE_BEFORE =
  /(?<![\p{L}])(?:a|an|the|this|that|any|every|another|same|high|low|higher|lower|top|basic|certain)\s+$/iu;

const value = (w: string): number => parseNumber(w) ?? Number.NaN;

/** The labels of every run in `raw`, at the offset of their run. */
export function tierRuns(raw: string): TierLabel[] {
  const out: TierLabel[] = [];
  for (const m of raw.matchAll(RUN)) {
    const lower = (m[1] ?? '').toLowerCase();
    const noun = /^class/.test(lower) ? 'class' : lower.replace(/s$/, '');
    const word = noun === 'level' || noun === 'tier' ? 'Level' : noun.charAt(0).toUpperCase() + noun.slice(1);
    const numbers: number[] = [];
    let range = false;
    for (const t of (m[2] ?? '').matchAll(ITEM)) {
      if (t[2]) {
        range = true;
        continue;
      }
      const n = value(t[1] ?? '');
      const prev = numbers[numbers.length - 1];
      if (range && prev !== undefined && n > prev && n - prev <= 9) for (let k = prev + 1; k < n; k++) numbers.push(k);
      range = false;
      numbers.push(n);
    }
    const capital = /^\p{Lu}/u.test(m[1] ?? '');
    const spelled = /\p{L}/u.test(m[2] ?? '');
    if (numbers.length === 1 && capital && !spelled && !/s$/i.test(m[1] ?? '')) continue;
    // "a high level one could reach": a single spelled number after a determiner or adjective.
    if (numbers.length === 1 && spelled && ADJECTIVE_BEFORE.test(raw.slice(Math.max(0, (m.index ?? 0) - 12), m.index)))
      continue;
    const at = m.index ?? 0;
    for (const n of new Set(numbers))
      out.push({ text: `${word} ${n}`, at, ...(capital && !spelled ? { bare: true } : { tie: true }) });
  }
  return out;
}

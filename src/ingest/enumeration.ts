/**
 * Which links of a coordinated run of names ("A, B and C") belong to one enumeration. Contract: a
 * link is the text between two adjacent names that the caller already accepted as a conjunction gap;
 * the answer only ever shortens a run, never extends it. The Japanese and Chinese list comma (、) is
 * always a list link; the rules below concern the clause comma (`,`, `，`, `;`, `；`):
 * - a bare comma ("A, B") joins list items only when a conjunction follows later in the run ("A, B
 *   and C"); otherwise it closes a clause or opens an apposition ("derived from A, the B …");
 * - a comma followed by a plain coordinator ("A, and B") continues a list only after a bare comma
 *   ("A, B, and C"); otherwise it coordinates clauses ("… on A, and B is …").
 */

import { MORE_COORDINATORS, MORE_PLAIN_COORDINATORS } from './function-words-more.ts';

const CLAUSE_COMMA = /[,，;；]/u;
/** Coordinating words, including additive ones ("as well as", "sowie", "以及"): a regex alternation. */
export const COORDINATOR_WORDS = String.raw`and|und|et|y|e|ed|or|oder|ou|o|as\s+well\s+as|together\s+with|jointly\s+with|sowie|zusammen\s+mit|gemeinsam\s+mit|ainsi\s+que|conjointement\s+avec|junto\s+con|insieme\s+a|juntamente\s+com|と|及び|および|並びに|や|和|及|与|與|以及|및|와|과|또는|혹은|${MORE_COORDINATORS}`;
/** Any coordinator as a word (no letter glued on either side). */
const COORDINATOR = new RegExp(String.raw`(?<![\p{L}])(?:${COORDINATOR_WORDS})(?![\p{L}])`, 'iu');
/** Coordinators that, after a clause comma, may start a new clause. Additive ones are not among them. */
const PLAIN_COORDINATOR = new RegExp(
  String.raw`(?<![\p{L}])(?:and|und|et|y|e|ed|or|oder|ou|o|${MORE_PLAIN_COORDINATORS})(?![\p{L}])|^[\s,，;；]*(?:和|与|與|或)`,
  'iu',
);

type Link = 'bare' | 'comma-coordinator' | 'list';

function classify(gap: string): Link {
  if (!CLAUSE_COMMA.test(gap)) return 'list';
  if (!COORDINATOR.test(gap)) return 'bare';
  return PLAIN_COORDINATOR.test(gap) ? 'comma-coordinator' : 'list';
}

/**
 * How many links of a run to keep, counted from its first name. `links` are in reading order;
 * `fromEnd` counts instead from the last name (a run read backwards from a cue that follows it).
 * Returns the number of leading (or trailing) links that are valid before the first invalid one.
 */
export function validLinks(links: string[], fromEnd = false): number {
  const kinds = links.map(classify);
  const valid = kinds.map((k, i) => {
    if (k === 'bare') return links.slice(i + 1).some((x) => COORDINATOR.test(x));
    if (k === 'comma-coordinator') return kinds.slice(0, i).includes('bare');
    return true;
  });
  const order = fromEnd ? [...valid].reverse() : valid;
  const firstBad = order.indexOf(false);
  return firstBad < 0 ? links.length : firstBad;
}

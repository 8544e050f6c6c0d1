/**
 * Members of designation lists and ranges that are not written in full: "ISO/IEC 27001, 27002 and
 * 27017", "NIST SP 800-53 and SP 800-171", "CIP-002 through CIP-014". Contracts:
 * - a number right after a designation mention (a standard's, or a certification's: "SOC 1, 2 and
 *   3"), linked by a list comma, a coordinator or a slash, with the same shape (digit groups), not a
 *   year, optionally with the tail of its prefix ("SP") and a revision or edition, names the
 *   designation made of the mention's prefix and that number, found as the matcher finds a
 *   designation written in full;
 * - a range "<P>-<n> through|thru|–|to <P>-<m>" (the same prefix; the same digit width; at most 30
 *   members) names every designation between its ends; "to" not after a verb that takes "X to Y" as
 *   two arguments ("maps X to Y", "upgraded from X to Y"). Members nobody knows are discovered Standards
 *   (`standard:<slug>`), taught to the matcher for later sentences;
 * - members are returned as mentions in reading order: a written member at its own offsets, a member
 *   between the ends of a range at the offsets of the range word, so the run reads as one list.
 */
import { entityId, toSlug } from './ids.ts';
import type { Candidate, Matcher, Mention } from './matcher.ts';

const NUMBER = String.raw`\d{1,5}(?:-\d{1,4})*`;
/** A revision or an edition after a designation: " Rev. 5", " Revision 2", ":2013". */
const EDITION = String.raw`(?:[ \t]+(?:Rev\.?|Revision)[ \t]*\d{1,2}|[ \t]*:[ \t]*(?:19|20)\d{2})`;
/** What may follow a designation to continue a list: ", 27002", " and SP 800-171", ", and 27017", "/27002". */
const LIST_NEXT = new RegExp(
  String.raw`^(,?[ \t]+(?:and|or|&)[ \t]+|,[ \t]*|[ \t]*/[ \t]*)(?:([A-Z][A-Za-z/]{0,5})[ \t]*)?(${NUMBER})(?![\p{L}\p{N}])${EDITION}?(?![\p{L}\p{N}])`,
  'u',
);
const YEAR = /^(?:19|20)\d{2}$/;
const RANGE_WORD = /^[ \t]*(through|thru|to|–|—)[ \t]*/u;
/** A designation of an unknown series: "CIP-002", "PR.AC 01" is not (letters, a dash or blank, digits). */
const SERIES = /(?<![\p{L}\p{N}./-])([A-Z][A-Z0-9]{1,7})([- ])(\d{2,4})(?![\p{L}\p{N}]|-\d)/gu;
/** Verbs that take "X to Y" as two arguments: "maps CIP-007 to CIP-009" is no range. */
const TO_VERB =
  /\b(?:map|compar|align|relat|link|migrat|mov|upgrad|transition|convert|cross-referenc|match|connect|correspond|chang|renam|replac|add|extend|promot|raise|lower|reduc|increas|downgrad)[\p{L}-]*\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const MAX_RANGE = 30;

type Found = Mention & { order: number };

function member(prefix: string, num: string, matcher: Matcher, kinds: Set<string>): Candidate[] {
  const text = `${prefix}${num}`;
  const whole = matcher.find(text).find((m) => m.start === 0 && m.end === text.length);
  return whole?.candidates.filter((c) => kinds.has(c.kind)) ?? [];
}

/** The mention's designation split into its prefix and trailing number: "ISO/IEC " + "27001". */
function splitDesignation(surface: string): { prefix: string; num: string } | null {
  const undated = surface.replace(/[ \t]+(?:Rev\.?|Revision|r)[ \t]*\d{1,2}$/i, '');
  const m = new RegExp(String.raw`^(.*?[\p{L}/)][ \t-]?)(${NUMBER})(?:[ \t]*[:-][ \t]*(?:19|20)\d{2})?$`, 'u').exec(
    undated,
  );
  return m ? { prefix: m[1] ?? '', num: m[2] ?? '' } : null;
}

const shape = (n: string) => n.replace(/\d+/g, (d) => (d.length > 3 ? 'N' : 'n'));

function listed(text: string, mentions: Mention[], matcher: Matcher, out: Found[]): void {
  for (const m of mentions) {
    const kinds = new Set(m.candidates.map((c) => c.kind).filter((k) => k === 'Standard' || k === 'Certification'));
    if (kinds.size === 0) continue;
    const parts = splitDesignation(m.surface);
    if (!parts) continue;
    let at = m.end;
    for (let next = LIST_NEXT.exec(text.slice(at)); next; next = LIST_NEXT.exec(text.slice(at))) {
      const tail = next[2] ?? '';
      const num = next[3] ?? '';
      if (shape(num) !== shape(parts.num) || YEAR.test(num) || (tail && !parts.prefix.trimEnd().endsWith(tail))) break;
      // After a slash the member starts at the slash, so the two read as one list ("27001/27002").
      const start = at + ((next[1] ?? '').includes('/') ? 0 : (next[1] ?? '').length);
      const end = at + next[0].length;
      if (mentions.some((x) => x.start < end && start < x.end)) break;
      const candidates = member(parts.prefix, num, matcher, kinds);
      if (candidates.length === 0) break;
      out.push({ start, end, surface: text.slice(start, end), candidates, order: 0 });
      at = end;
    }
  }
}

function ranges(text: string, mentions: Mention[], matcher: Matcher, out: Found[]): void {
  SERIES.lastIndex = 0;
  for (let a = SERIES.exec(text); a; a = SERIES.exec(text)) {
    const [first, prefix, sep, from] = [a[0], a[1] ?? '', a[2] ?? '', a[3] ?? ''];
    const afterFirst = a.index + first.length;
    const word = RANGE_WORD.exec(text.slice(afterFirst));
    if (!word) continue;
    if (word[1] === 'to' && TO_VERB.test(text.slice(Math.max(0, a.index - 40), a.index))) continue;
    const secondAt = afterFirst + word[0].length;
    const b = new RegExp(
      String.raw`^${prefix}${sep === ' ' ? ' ' : '-'}(\d{${from.length}})(?![\p{L}\p{N}])`,
      'u',
    ).exec(text.slice(secondAt));
    const to = b?.[1];
    if (!b || !to) continue;
    const lo = Number(from);
    const hi = Number(to);
    if (hi - lo < 1 || hi - lo >= MAX_RANGE) continue;
    const ends = [
      { start: a.index, end: afterFirst, n: lo },
      { start: secondAt, end: secondAt + b[0].length, n: hi },
    ];
    const wordAt = { start: afterFirst + word[0].indexOf(word[1] ?? ''), end: afterFirst + word[0].trimEnd().length };
    for (let n = lo; n <= hi; n++) {
      const name = `${prefix}${sep}${String(n).padStart(from.length, '0')}`;
      const pos = n === lo ? ends[0] : n === hi ? ends[1] : wordAt;
      if (!pos || mentions.some((x) => x.start < pos.end && pos.start < x.end && x.surface !== name)) continue;
      if (mentions.some((x) => x.surface === name)) continue;
      let candidates = matcher.lookup(name).filter((c) => c.kind === 'Standard');
      if (candidates.length === 0) {
        if (matcher.lookup(name).length > 0) break;
        const c: Candidate = { id: entityId('Standard', toSlug(name)), kind: 'Standard', name, discovered: true };
        matcher.addSurface(name, c, true);
        candidates = [c];
      }
      out.push({ start: pos.start, end: pos.end, surface: name, candidates, order: n - lo });
    }
    SERIES.lastIndex = secondAt + b[0].length;
  }
}

/** `mentions` with the members of designation lists and ranges of `text` added, in reading order. */
export function withListedDesignations(text: string, mentions: Mention[], matcher: Matcher): Mention[] {
  if (!/\d[ \t]*(?:,|\/|and|or|&|through|thru|to|–|—)[ \t]*(?:[A-Za-z/]{1,8}[ \t-]?)?\d/u.test(text)) return mentions;
  const found: Found[] = [];
  listed(text, mentions, matcher, found);
  ranges(text, mentions, matcher, found);
  if (found.length === 0) return mentions;
  const all: Found[] = [...mentions.map((m) => ({ ...m, order: 0 })), ...found];
  all.sort((x, y) => x.start - y.start || x.order - y.order);
  return all.map(({ order: _, ...m }) => m);
}

/**
 * Finds entity mentions in text: lexicon surfaces (names in every language, aliases, acronyms,
 * designations) and standard designations by pattern. Deterministic: the longest match wins, then the
 * earliest; ties between entities keep every candidate for the caller to pick by kind.
 */
import { entityId, toSlug } from './ids.ts';
import type { Lexicon, LexiconEntry } from './lexicon.ts';
import { lookupKeys } from './normalize.ts';
import { type Surface, SurfaceLayer } from './surface-index.ts';
import { atWordBoundary, normalizeForMatch, normalizeSurface } from './text-index.ts';
import type { EntityKind } from './types.ts';

/** A single word written with a capital and then lower case only: a proper name that is also a common word. */
const properWord = (text: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(text.normalize('NFKC'));

export interface Candidate {
  id: string;
  kind: EntityKind;
  /** Canonical name, for entities created from text. */
  name: string;
  /** True when the entity is not in the lexicon (found by a pattern). */
  discovered?: boolean;
  /** True when the entity is known only from a link: `name` is a stand-in, to be kept as an alias only. */
  placeholder?: boolean;
  acronym?: string;
}

export interface Mention {
  start: number;
  end: number;
  surface: string;
  candidates: Candidate[];
}

const ACRONYM_LIKE = /^[A-Z0-9][A-Z0-9&\-./]{0,5}$/;
/** Prefixes of national designations (see DESIGNATIONS), written in capitals. */
const NATIONAL = /^(?:abnt|nbr|cns|bs|iatf|ks|gb|din|nf|une|ss|as|is|sans|en|iec|sn|uni|pn|nen|sfs|sni|ms|tcvn)$/i;

/** An edition year after a designation, with a colon or a dash: ":2015", "-2019", "—2020". */
const EDITION_YEAR = /\s*[:\-\u2010-\u2015]\s*(?:19|20)\d{2}$/;

/** A designation without its edition year: "GB/T 22239-2019" → "GB/T 22239". */
export const undated = (surface: string): string => surface.replace(EDITION_YEAR, '');

/** Standard designations: ISO/IEC 27017:2015, JIS Q 27001, NIST SP 800-53, FIPS 140-2, SOC 2, … */
const DESIGNATIONS: Array<{ re: RegExp; kind: EntityKind }> = [
  {
    re: /\biso(?:\s*\/\s*iec)?(?:\s*\/\s*ieee)?\s*\d{3,5}(?:-\d{1,2}(?!\d))*(?:\s*:\s*(?:19|20)\d{2})?/g,
    kind: 'Standard',
  },
  { re: /\bjis\s*[a-z]\s*\d{4,5}(?:-\d{1,2}(?!\d))?(?:\s*:\s*(?:19|20)\d{2})?/g, kind: 'Standard' },
  {
    re: /\bnist\s*(?:sp|special publication)\s*800-\d{1,3}[a-z]?(?:\s*(?:rev\.?|revision|r)\s*\d)?/g,
    kind: 'Standard',
  },
  { re: /\bfips(?:\s*pub)?\s*\d{2,3}(?:-\d)?/g, kind: 'Standard' },
  { re: /\b(?:ssae|isae|isas)\s*\d{2,4}/g, kind: 'Standard' },
  { re: /\bitu-t\s*[a-z]\.\d{2,4}/g, kind: 'Standard' },
  // National standards, IEC standards and national adoptions: CNS 27001, GB/T 22239, IEC 62443-3-3,
  // UNE-ISO/IEC 20000-1, DIN EN ISO 9001.
  {
    re: /\b(?:abnt\s*nbr|nbr|cns|bs|iatf|ks\s*[a-z]|gb(?:\s*\/\s*t)?|din(?:\s*spec)?|nf|une|ss|as\s*\/\s*nzs|as|is|sans|en|iec|sn|uni|pn|nen|sfs|sni|ms|tcvn)(?:[\s-]*(?:cei|en|iso(?:\s*\/\s*iec)?|iec))*[\s-]*\d{3,5}(?:-\d{1,2}(?!\d))*(?:\s*[:-]\s*(?:19|20)\d{2}(?!\d))?/g,
    kind: 'Standard',
  },
  // Standards committees: ISO/TC 176, ISO/IEC JTC 1/SC 27, CEN/TC 251.
  {
    re: /\b(?:iso(?:\s*\/\s*iec)?|iec|cen(?:elec)?)\s*\/?\s*(?:jtc\s*1(?:\s*\/\s*sc\s*\d{1,3})?|tc\s*\d{1,3}(?:\s*\/\s*sc\s*\d{1,3})?)(?!\d)/g,
    kind: 'Authority',
  },
  { re: /\bsoc\s*[123]\b/g, kind: 'Certification' },
  // Guidelines and decisions of the European supervisory authorities by their reference:
  // EBA/GL/2019/02, EIOPA-BoS-20-002, ESMA/2020/7.
  {
    re: /\b(?:eba|eiopa|esma)\s*[/-]\s*(?:(?:gl|bos|rec|op|rts|its)\s*[/-]\s*)?\d{2,4}\s*[/-]\s*\d{1,4}(?![\d/])/g,
    kind: 'Certification',
  },
  // U.S. federal regulations by their citation: 21 CFR Part 11, 34 CFR 99, 45 CFR Part 164.
  { re: /\b\d{1,2}\s*cfr\s*(?:part\s*)?\d{1,4}(?![\d.])/g, kind: 'Certification' },
];

/**
 * Contracts: `find` and `lookup` see the shared layer (if any) overlaid by the own layer, where an own
 * surface replaces a shared one with the same normalized text. A shared layer is never changed: it is
 * what a matcher held when it was first forked, and both it and its forks add to their own layers
 * only. So forking copies nothing of the shared layer, and what one matcher learns after a fork is
 * seen by no other. Arrays handed out by `find` and `lookup` are never changed afterwards.
 */
export class Matcher {
  private shared: SurfaceLayer | null = null;
  private own = new SurfaceLayer();

  constructor(lexicon: Lexicon | null) {
    for (const e of lexicon?.entries ?? []) this.addEntry(e);
  }

  /** A matcher that starts with what this one knows and learns on its own; cost ∝ own layer only. */
  fork(): Matcher {
    if (!this.shared) {
      this.shared = this.own;
      this.own = new SurfaceLayer();
    }
    const m = Object.create(Matcher.prototype) as Matcher;
    m.shared = this.shared;
    m.own = this.own.clone();
    return m;
  }

  private addEntry(e: LexiconEntry): void {
    const c: Candidate = { id: e.id, kind: e.kind, name: e.name };
    const texts = [e.name, ...Object.values(e.names), ...e.aliases];
    if (e.acronym) texts.push(e.acronym);
    if (e.designation) texts.push(e.designation);
    for (const t of texts) this.addSurface(t, c, t === e.acronym || ACRONYM_LIKE.test(t));
  }

  /**
   * Teaches `text` as a name of `c`. A surface stays case-sensitive only while every text taught for
   * it is an acronym.
   */
  addSurface(text: string, c: Candidate, acronym = false): void {
    const norm = normalizeSurface(text);
    if (norm.length < 2) return;
    const mine = this.own.surfaces.get(norm);
    const known = mine ?? this.shared?.surfaces.get(norm);
    const capitalized = properWord(text);
    if (!known) {
      const caseSensitive = acronym && norm.length <= 5 ? text.normalize('NFKC') : null;
      this.own.insert({ norm, caseSensitive, capitalized, candidates: [c] });
    } else if (!acronym || (known.capitalized && !capitalized) || !known.candidates.some((x) => x.id === c.id)) {
      const s = mine ?? { ...known };
      if (!mine) this.own.insert(s);
      if (!acronym) s.caseSensitive = null;
      if (!capitalized) s.capitalized = false;
      if (!s.candidates.some((x) => x.id === c.id)) s.candidates = [...s.candidates, c];
    }
    for (const k of lookupKeys(text)) {
      const list = this.own.byKey.get(k) ?? this.shared?.byKey.get(k) ?? [];
      if (!list.some((x) => x.id === c.id)) this.own.byKey.set(k, [...list, c]);
    }
  }

  /**
   * Makes `text` name `c` only, in this matcher: an article's own definition of a name (its offering's
   * short form, an acronym it spells out for another body) overrides what the lexicon says.
   */
  override(text: string, c: Candidate, acronym = false): void {
    const norm = normalizeSurface(text);
    if (norm.length < 2) return;
    const caseSensitive = acronym && norm.length <= 5 ? text.normalize('NFKC') : null;
    const capitalized = properWord(text);
    const mine = this.own.surfaces.get(norm);
    if (mine) {
      mine.caseSensitive = caseSensitive;
      mine.capitalized = capitalized;
      mine.candidates = [c];
    } else this.own.insert({ norm, caseSensitive, capitalized, candidates: [c] });
    for (const k of lookupKeys(text)) this.own.byKey.set(k, [c]);
  }

  /** Entities known by a lookup key of `text`, or []. */
  lookup(text: string): Candidate[] {
    for (const k of lookupKeys(text)) {
      const found = this.own.byKey.get(k) ?? this.shared?.byKey.get(k);
      if (found?.length) return found;
    }
    return [];
  }

  /** Surfaces occurring in `norm` at `i`: shared ones not replaced by an own one, then own ones. */
  private surfacesAt(norm: string, i: number, out: Surface[]): void {
    out.length = 0;
    if (this.shared) {
      this.shared.collect(norm, i, out);
      if (out.length > 0 && this.own.surfaces.size > 0) {
        let kept = 0;
        for (const s of out) if (!this.own.surfaces.has(s.norm)) out[kept++] = s;
        out.length = kept;
      }
    }
    this.own.collect(norm, i, out);
  }

  /**
   * Mentions in `text`, non-overlapping, in order. With `kind`, only surfaces naming an entity of that
   * kind are matched and only those candidates are kept, so a name nested in a longer name of another
   * kind (the standard in "ISO/IEC 27001 certification") is found.
   */
  find(text: string, kind?: EntityKind): Mention[] {
    const { text: norm, map } = normalizeForMatch(text);
    // End offset (exclusive) in the original of the normalized range ending at k.
    const origEnd = (k: number) => {
      const last = map[k - 1] as number;
      return last + ((text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
    };
    const found: Array<Mention & { len: number }> = [];
    const here: Surface[] = [];
    for (let i = 0; i < norm.length - 1; i++) {
      this.surfacesAt(norm, i, here);
      for (const s of here) {
        const end = i + s.norm.length;
        if (!atWordBoundary(norm, i, end)) continue;
        const start = map[i] as number;
        const oEnd = origEnd(end);
        const surface = text.slice(start, oEnd);
        if (s.caseSensitive && surface.normalize('NFKC') !== s.caseSensitive) continue;
        if (s.capitalized && !/^\p{Lu}/u.test(surface)) continue;
        const candidates = kind ? s.candidates.filter((c) => c.kind === kind) : s.candidates;
        if (candidates.length === 0) continue;
        found.push({ start, end: oEnd, surface, candidates, len: s.norm.length });
      }
    }
    for (const { re, kind: patternKind } of DESIGNATIONS) {
      re.lastIndex = 0;
      for (let m = re.exec(norm); m; m = re.exec(norm)) {
        const start = map[m.index] as number;
        const end = origEnd(m.index + m[0].length);
        const surface = text.slice(start, end).normalize('NFKC');
        // National prefixes are designations only in capitals: "en 2016" is French, "is 2019" English.
        const prefix = /^[a-z]+/i.exec(surface)?.[0] ?? '';
        if (patternKind === 'Standard' && NATIONAL.test(prefix) && prefix !== prefix.toUpperCase()) continue;
        // A short prefix and a year alone is a date, not a designation: "EN 2016", "AS 2020".
        if (/^[a-z]{2,3}\s*(?:19|20)\d{2}$/i.test(surface)) continue;
        // The edition year is not part of the designation: "GB/T 22239-2019" is GB/T 22239.
        const bare = undated(surface);
        let candidates = this.lookup(bare);
        if (candidates.length === 0 && bare !== surface) candidates = this.lookup(surface);
        if (kind) candidates = candidates.filter((c) => c.kind === kind);
        if (candidates.length === 0) {
          if (kind && kind !== patternKind) continue;
          const name = bare.replace(/\s+/g, ' ').toUpperCase();
          candidates = [{ id: entityId(patternKind, toSlug(name)), kind: patternKind, name, discovered: true }];
        }
        found.push({ start, end, surface: text.slice(start, end), candidates, len: m[0].length });
      }
    }
    found.sort((a, b) => a.start - b.start || b.len - a.len);
    const out: Mention[] = [];
    let until = -1;
    for (const f of found.sort((a, b) => b.len - a.len || a.start - b.start)) {
      if (out.some((o) => f.start < o.end && o.start < f.end)) continue;
      out.push({ start: f.start, end: f.end, surface: f.surface, candidates: f.candidates });
      until = Math.max(until, f.end);
    }
    return out.sort((a, b) => a.start - b.start);
  }
}

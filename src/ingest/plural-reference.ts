/**
 * What a plural opening ("Both …", "Beide …", "Les deux normes …", "两者都…", "どちらも…") refers to:
 * the two entities the sentence right before it named, when it named exactly two of one kind (the
 * question "How does A relate to B?" before the answer "Both are based on C"). Contract: unlike the
 * singular referent (referent.ts), the pair carries across one paragraph break (a FAQ question and its
 * answer are two paragraphs) but never past a sentence that names anything else.
 */
import type { Mention } from './matcher.ts';
import { opening, PLURAL_REFERENCE, type Referent } from './referent.ts';
import type { EntityKind } from './types.ts';

const KINDS: EntityKind[] = ['Standard', 'Certification', 'Authority'];

/** The distinct entities a sentence names, one referent each, in order. */
function named(mentions: Mention[]): Referent[] {
  const out: Referent[] = [];
  for (const m of mentions) {
    const cs = m.candidates.filter((c) => KINDS.includes(c.kind));
    if (cs.length > 0 && !out.some((r) => r.some((c) => cs.some((d) => d.id === c.id)))) out.push(cs);
  }
  return out;
}

/**
 * A plural demonstrative with a noun for standards ("These standards …", "这些标准…", "Estas normas …",
 * "이 표준들은 …"): every Standard the sentence before named, when it named two or more.
 */
const THESE_STANDARDS =
  /^(?:\*\*)?(?:These|Those)\s+standards(?![\p{L}])|^(?:这些|這些|上述|以上)(?:国家|國家)?(?:标准|標準)|^(?:Estas|Esas|Dichas|Tales|Essas|Tais)\s+normas(?![\p{L}])|^(?:Queste|Tali|Dette)\s+norme(?![\p{L}])|^Diese\s+Normen(?![\p{L}])|^Ces\s+normes(?![\p{L}])|^(?:これらの|上記の)(?:規格|標準)|^(?:이|위|해당)\s*(?:표준|규격)들/u;

/** Follows the article's sentences in order; call `next` for each sentence that may state relations. */
export class PluralReference {
  private previous: Referent[] = [];

  /**
   * The pair this sentence refers to by a plural opening (the standards, for a plural demonstrative
   * naming them; none when they are not two or more), or null; then remembers what it names.
   */
  next(text: string, mentions: Mention[]): Referent[] | null {
    // Leftover markup ("**" after a full-width "？") is no sentence.
    if (!/[\p{L}\p{N}]/u.test(text)) return null;
    const before = this.previous;
    this.previous = named(mentions);
    // "这些标准…" names its referents' kind: all of them, or (fewer than two) none, never one by default.
    if (THESE_STANDARDS.test(opening(text))) {
      const standards = before.flatMap((r) => {
        const c = r.filter((x) => x.kind === 'Standard');
        return c.length > 0 ? [c] : [];
      });
      return standards.length >= 2 ? standards : [];
    }
    if (!PLURAL_REFERENCE.test(opening(text)) || before.length !== 2) return null;
    const [a, b] = before as [Referent, Referent];
    return a.some((c) => b.some((d) => d.kind === c.kind)) ? before : null;
  }
}

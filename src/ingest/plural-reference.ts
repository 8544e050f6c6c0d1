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

/** Follows the article's sentences in order; call `next` for each sentence that may state relations. */
export class PluralReference {
  private previous: Referent[] = [];

  /** The pair this sentence refers to by a plural opening, or null; then remembers what it names. */
  next(text: string, mentions: Mention[]): Referent[] | null {
    // Leftover markup ("**" after a full-width "？") is no sentence.
    if (!/[\p{L}\p{N}]/u.test(text)) return null;
    const before = this.previous;
    this.previous = named(mentions);
    if (!PLURAL_REFERENCE.test(opening(text)) || before.length !== 2) return null;
    const [a, b] = before as [Referent, Referent];
    return a.some((c) => b.some((d) => d.kind === c.kind)) ? before : null;
  }
}

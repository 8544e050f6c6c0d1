/**
 * National adoptions of international standards: "UNE-ISO/IEC 20000-1", "ABNT NBR ISO 9001", "DIN EN
 * ISO/IEC 27001", "KS X ISO/IEC 27001". Such a designation is a Standard of its own (the matcher finds it
 * whole), BASED_ON the international standard it carries, as the lexicon models JIS Q 27001 →
 * ISO/IEC 27001. Contract: the evidence is the first sentence of the article that names the adoption;
 * an adoption is never merged into the standard it adopts.
 */
import type { FactSink, Unit } from './fact-sink.ts';
import type { Matcher } from './matcher.ts';
import { splitSentences } from './sentences.ts';

/** A national prefix (with an optional EN layer) before an ISO or IEC designation. */
const ADOPTION_HINT = /\b[A-Z][A-Z/]{1,6}(?:[\s-]+[A-Z]{1,3})?[\s-]+(?:ISO|IEC)\b/;
/** Where the international designation starts inside an adoption's designation. */
const INTERNATIONAL = /(?<![\p{L}])(?:ISO|IEC)(?![\p{L}])/iu;

export function adoptionBasis(all: Unit[], matcher: Matcher, sink: FactSink): void {
  const done = new Set<string>();
  for (const u of all) {
    if (!ADOPTION_HINT.test(u.raw)) continue;
    for (const s of splitSentences(u.raw)) {
      for (const m of matcher.find(s.text, 'Standard')) {
        const at = INTERNATIONAL.exec(m.surface)?.index ?? 0;
        if (at === 0) continue;
        const adoption = m.candidates[0];
        const inner = matcher.find(m.surface.slice(at), 'Standard')[0];
        const adopted = inner?.candidates[0];
        if (!adoption || !adopted || inner.start !== 0 || adopted.id === adoption.id || done.has(adoption.id)) continue;
        done.add(adoption.id);
        sink.node(adoption);
        sink.node(adopted);
        sink.rel('BASED_ON', adoption.id, adopted.id, u, s.text);
      }
    }
  }
}

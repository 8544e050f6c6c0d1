/**
 * Pass 1b of extraction: bodies named without a "Full Name (ACRONYM)" pair, by a capitalised token and
 * an organisation head word ("the ENX Association", "the IASME Consortium", "the CJIS Division").
 * Contracts:
 * - only English head-last names of two words, the first all capitals (an acronym or brand), the second
 *   one of BODY_HEADS, are read; a token that names a country, a product or an IT function is not a body;
 * - a token the matcher does not know names the body itself: `authority:<token slug>`, known by the
 *   token and by the two words ("ENX" and "ENX Association");
 * - a token that names a certification or standard ("CJIS") makes the two words a body of its own
 *   (`authority:<slug of both words>`), known only by the two words; a token that already names an
 *   authority, or two words the matcher knows, teach nothing.
 */
import type { FactSink, Unit } from './fact-sink.ts';
import { entityId, toSlug } from './ids.ts';
import type { Candidate, Matcher } from './matcher.ts';

/** Organisation heads that follow a brand: "… Association", "… Consortium", "… Division". */
const BODY_HEADS =
  'Association|Consortium|Alliance|Division|Agency|Institute|Council|Board|Commission|Committee|Foundation|Federation|Society|Authority|Bureau|Directorate';
const NAMED_BODY = new RegExp(
  String.raw`(?<![\p{L}\p{N}&/.-])([A-Z][A-Z0-9&]{1,7})[ \t]+(${BODY_HEADS})(?![\p{L}\p{N}-])`,
  'gu',
);
/** Capitalised tokens that are not brands: countries, regions, products, IT functions. */
const NOT_BRAND =
  /^(?:IT|ICT|HR|IS|OT|AI|US|USA|UK|EU|UN|EEA|API|IAM|CEO|CIO|CISO|CTO|MS|AWS|GCP|IBM|SAP|ALL|THE|AND|OR|NO|NEW)$/;

/** Discovers the bodies named by a token and a head word in the article's units. */
export function discoverNamedBodies(all: Unit[], matcher: Matcher, sink: FactSink): void {
  for (const u of all) {
    if (u.role === 'resources') continue;
    for (const m of u.raw.matchAll(NAMED_BODY)) {
      const token = m[1] ?? '';
      const name = m[0];
      if (NOT_BRAND.test(token) || matcher.lookup(name).length > 0) continue;
      const known = matcher.lookup(token);
      if (known.some((c) => c.kind === 'Authority' || c.kind === 'Jurisdiction' || c.kind === 'Service')) continue;
      const own = known.length === 0;
      const c: Candidate = {
        id: entityId('Authority', toSlug(own ? token : name)),
        kind: 'Authority',
        name,
        discovered: true,
        ...(own ? { acronym: token } : {}),
      };
      const node = sink.node(c);
      node.properties.kind = 'other';
      matcher.addSurface(name, c);
      if (own) matcher.addSurface(token, c, true);
      if (!sink.candidates.includes(name)) sink.candidates.push(name);
    }
  }
}

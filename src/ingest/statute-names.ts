/**
 * Pass 1d of extraction (English): laws and regulations named by their title, without an acronym —
 * "the Energy Policy Act of 2005", "the Internal Revenue Code", "the Act on the Protection of Personal
 * Information", "the NIS2 Directive" (see proper-names.ts for the shape of a name). Contracts:
 * - a discovered statute is a Certification of type law (Act, Code, Law, Statute, Decree) or
 *   regulation (Regulation, Directive, Ordinance, Rule), as the lexicon models them; its id is
 *   `certification:<slug of the title without its year>` ("energy-policy-act"), or of the acronym in
 *   parentheses right after it when that abbreviates the title, and it is known by the title with and
 *   without the year; a possessor that is a product brand makes no statute;
 * - names the matcher knows, names followed by a known acronym in parentheses, or that are the tail of a longer known name, teach nothing; nor do
 *   references that are not titles: modifiers that are all descriptive ("the Security Rule", "federal
 *   law"), a bare head with a year ("the Act of 2005"), "Code of Practice/Conduct" (a standard or a
 *   framework, read elsewhere), a code without a legal field in its name ("the Cloud Security Code"),
 *   possessives ("Moore's Law"), a head followed by more capitalised words, a rule without its year or
 *   the name of a known law or body before it ("the Mail Flow Rule").
 */
import type { FactSink, Unit } from './fact-sink.ts';
import { entityId, toSlug } from './ids.ts';
import type { Candidate, Matcher } from './matcher.ts';
import { abbreviates, knownAround, type ProperName, properNames } from './proper-names.ts';
import type { CertificationType } from './types.ts';

const STATUTE_HEADS =
  /(?<![\p{L}\p{N}-])(?:Act|Code|Law|Statute|Decree|Regulations?|Directive|Ordinance|Rule)(?![\p{L}\p{N}-])/gu;
const REGULATION_HEAD = /^(?:Regulations?|Directive|Ordinance|Rule)$/;
/** Heads that open a title: "Act on …", "Regulation on …", "Directive on …". */
const OPENING_HEAD = /^(?:Act|Law|Decree|Regulation|Directive|Ordinance)$/;

/** Descriptive words: a reference to some statute, not its title. */
const GENERIC = new Set(
  (
    'federal state national local implementing implementation delegated executive final proposed interim ' +
    'applicable relevant new security privacy breach notification general common model european international ' +
    'domestic foreign current existing previous original amended'
  ).split(' '),
);
/** Legal fields that make "… Code" a code of law: "Internal Revenue Code", "Civil Code". */
const LEGAL_CODE =
  /^(?:Revenue|Civil|Penal|Criminal|Commercial|Tax|Labor|Labour|Administrative|Procedure|Regulations|Consumer|Insurance|Banking|Business|Corporations|Family|Postal|Election|Social|Trade|Health|Safety)$/;

const ACRONYM = /^[ \t]*\(([A-Z][A-Za-z0-9&-]{1,11})\)/;

const lower = (w: string) => w.toLowerCase();

/** True when the first modifier names a known scheme or body: "HIPAA Security Rule", "FTC Safeguards Rule". */
function ruleOwner(p: ProperName, matcher: Matcher): boolean {
  return matcher.lookup(p.modifiers[0] ?? '').some((c) => c.kind === 'Certification' || c.kind === 'Authority');
}

function isTitle(p: ProperName, text: string, matcher: Matcher): boolean {
  if (/^[ \t]+(?:\p{Lu}|\d)/u.test(text.slice(p.end, p.end + 3))) return false;
  if (p.modifiers.some((w) => /['’]s$/.test(w)) || /^(?:Microsoft|Azure|Google|Amazon|AWS)$/.test(p.possessor))
    return false;
  const year = p.complement.length === 1 && /^\d{4}$/.test(p.complement[0] ?? '');
  if (p.head === 'Code') return !year && p.complement.length === 0 && p.modifiers.some((w) => LEGAL_CODE.test(w));
  if (p.modifiers.length === 0)
    return !year && OPENING_HEAD.test(p.head) && p.complement.some((w) => !GENERIC.has(lower(w)));
  // "Mail Flow Rule", "Alert Rule" are settings: a rule of law has its year or a known law's or body's name.
  if (p.head === 'Rule' && !year && !ruleOwner(p, matcher)) return false;
  return year || p.complement.length > 0 || p.modifiers.some((w) => !GENERIC.has(lower(w)));
}

/** Discovers statutes named by their title in the article's units. */
export function discoverStatutes(all: Unit[], matcher: Matcher, sink: FactSink): void {
  for (const u of all) {
    if (u.role === 'resources' || u.kind === 'title' || u.kind === 'heading') continue;
    for (const p of properNames(u.raw, STATUTE_HEADS, matcher)) {
      if (!isTitle(p, u.raw, matcher)) continue;
      const title = p.name.replace(/[ \t]+(?:of[ \t]+)?(?:19|20)\d{2}$/, '');
      if (matcher.lookup(p.name).length > 0 || matcher.lookup(title).length > 0) continue;
      const acr = ACRONYM.exec(u.raw.slice(p.end))?.[1];
      const named = acr ? matcher.lookup(acr) : [];
      if (named.some((c) => c.kind !== 'Jurisdiction')) continue;
      // "the … Modernization Act of 2014 (FISMA)": the pair discovery.ts could not read for the year.
      const acronym = acr && named.length === 0 && abbreviates(acr, title) ? acr : undefined;
      const known = knownAround(p, u.raw, matcher);
      // "the GDPR Regulation": a known scheme with its head word is that scheme.
      if (known.outside || (p.complement.length === 0 && known.inside.length >= p.modifiers.length)) continue;
      const type: CertificationType = REGULATION_HEAD.test(p.head) ? 'regulation' : 'law';
      const c: Candidate = {
        id: entityId('Certification', toSlug(acronym ?? title)),
        kind: 'Certification',
        name: title,
        discovered: true,
        ...(acronym ? { acronym } : {}),
      };
      sink.node(c).properties.type = type;
      matcher.addSurface(title, c);
      if (acronym) matcher.addSurface(acronym, c, true);
      if (title !== p.name) {
        matcher.addSurface(p.name, c);
        sink.addName(c, p.name, true);
      }
      if (!sink.candidates.includes(p.name)) sink.candidates.push(p.name);
    }
  }
}

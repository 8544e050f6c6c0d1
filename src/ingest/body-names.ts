/**
 * Pass 1c of extraction (English): organisations named by a head word without an acronym — "the
 * Cabinet Office", "the IRS Office of Safeguards", "the NERC Board of Trustees", "the U.S. Department
 * of the Treasury" (see proper-names.ts for the shape of a name). Contracts:
 * - a discovered body is `authority:<slug of its name>`, or of the acronym in parentheses right after
 *   it when that abbreviates the name, known by that name; a name followed by the known acronym of a
 *   body in parentheses is that body, read by discovery.ts; names the matcher already
 *   knows, and names whose modifiers are all known names without a complement ("the NERC Board",
 *   left to named-bodies.ts), teach nothing;
 * - "Service", "Centre" and "Center" head a body's name only with a complement or a public-sector or
 *   national modifier ("Crown Commercial Service", "Australian Cyber Security Centre"), never a
 *   technology's ("Key Management Service", "Network Operations Center");
 * - generic phrases are not names: modifiers that are all descriptive words ("the Certification Body",
 *   "the Data Protection Authority", "the Security Operations Center") and no complement, a bare head
 *   with a complement naming the body's own members ("the Board of Directors"), a head followed by
 *   more capitalised words (the head of a longer name: "Office 365"), product names;
 * - a complement ending with a document or scheme word is the title of a document named after a body
 *   ("Department of Defense Cloud Computing Security Requirements Guide"), not a body.
 */
import type { FactSink, Unit } from './fact-sink.ts';
import { guessHead } from './head-words.ts';
import { entityId, toSlug } from './ids.ts';
import type { Candidate, Matcher } from './matcher.ts';
import {
  abbreviates,
  FOREIGN_CONNECTOR,
  FOREIGN_LANGS,
  knownAround,
  type ProperName,
  properNames,
} from './proper-names.ts';
import type { AuthorityKind } from './types.ts';

const BODY_HEADS =
  /(?<![\p{L}\p{N}-])(?:Office|Board|Department|Ministry|Agency|Commission|Council|Authority|Bureau|Administration|Institute|Institution|Directorate|Committee|Secretariat|Inspectorate|Corporation|Centre|Center|Service|Regulator|Association|Federation|Foundation|Society|Consortium|Parliament|Congress|Assembly|Government|Commissioner|Supervisor|Ombudsman)(?![\p{L}\p{N}-])/gu;

/** Heads that name a legislature on their own, capitalised (a leading jurisdiction is left out). */
const LEGISLATURE_HEAD = /^(?:Congress|Parliament)$/;

const KIND_OF_HEAD: Record<string, AuthorityKind> = {
  Ministry: 'ministry',
  Department: 'ministry',
  Agency: 'agency',
  Administration: 'agency',
  Bureau: 'agency',
  Office: 'agency',
  Service: 'agency',
  Commission: 'regulator',
  Authority: 'regulator',
  Regulator: 'regulator',
  Inspectorate: 'regulator',
  Commissioner: 'regulator',
  Supervisor: 'regulator',
  Government: 'government',
  Congress: 'government',
  Parliament: 'government',
};

/** Descriptive words: a name made only of these and a head is a common noun phrase. */
const GENERIC = new Set(
  (
    'certification certificate certifying accreditation accredited audit auditing assessment assessor registration ' +
    'issuing competent supervisory responsible relevant local regional government governmental federal state public ' +
    'private independent third party third-party security data protection privacy standards standard regulatory ' +
    'oversight review advisory executive management technical program programme project joint central national ' +
    'cloud service services operations operation support help resource resources download learning partner admin ' +
    'compliance response customer contact call trust information it cyber risk quality control monitoring ' +
    'certification-body head main home back front global international european regional internal external ' +
    'approved appointed designated notified licensed authorized authorised lead principal chief technology ' +
    'technologies systems network networks'
  ).split(' '),
);
/** Members of a body: "Board of Directors" names the body's members, not a body of its own. */
const MEMBERS = /^(?:Directors|Trustees|Governors|Members|Management|Commissioners|Experts|Auditors|Ministers)$/;
/** Product brands: "Microsoft Trust Center", "Azure Security Center", "el Centro de Datos de Azure". */
export const PRODUCT_WORD =
  /^(?:Microsoft|Azure|Amazon|AWS|Google|Oracle|IBM|Dynamics|Windows|Power|Office|Teams|Entra|Intune)$/;

const ACRONYM_AFTER = /^[ \t]*\(([A-Z][A-Za-z0-9&-]{1,11})\)/;

/** Last words of a document's title: "Department of Defense … Requirements Guide" names no body. */
const DOCUMENT_TITLE =
  /^(?:Guide|Guidelines?|Requirements|Act|Framework|Standards?|Program|Programme|Policy|Code|Reports?|Circular|Memorandum|Handbook|Manual|Publication|Catalog|Catalogue|Baseline|Rule|Law|Directive|Decree|Ordinance|Specification|Certification|Mark|Seal|Scheme|Profile|Matrix|Questionnaire|Guidance|Guides|Policies|Procedures|Templates?|Documentation|Portal|Website|Checklist|Blueprints?|Overview|Summary|Notice|Bulletin|Instructions?|Criteria|Controls|Library)$/;

/** Heads that name technology as often as bodies: a body has a complement or a public-sector modifier. */
const TECHNICAL_HEAD = /^(?:Service|Centre|Center)$/;
const PUBLIC =
  /^(?:Government|Crown|Revenue|Civil|Public|Federal|National|State|Postal|Secret|Health|Commercial|Intelligence|Diplomatic|Foreign|Customs|Immigration|Tax|Accreditation)$/;
/** Adjectives of nations and regions: "Australian", "Canadian", "Japanese", "British", "Dutch". */
const NATIONAL_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:an|ese|ish|ch)$/u;

const lower = (w: string) => w.toLowerCase().replace(/['’]s$/, '');

/** Head words of English names (singular): a foreign name starts with none of these. */
const ENGLISH_HEAD =
  /^(?:ministry|department|agency|office|bureau|authority|commission|council|board|association|institute|institution|centre|center|organi[sz]ation|forum|alliance|committee|directorate|administration|service|division|group|consortium|foundation|federation|society|registry|body|secretariat|inspectorate|regulator|commissioner|direction)$/;
/** A descriptive word, or a body's head word ("the Compliance Committee of the Board"). */
const generic = (w: string) => GENERIC.has(lower(w)) || ENGLISH_HEAD.test(lower(w));

/** True when the phrase is a body's proper name, not a common noun phrase or a longer name's part. */
function isBodyName(p: ProperName, text: string, matcher: Matcher): boolean {
  if (/^[ \t]+(?:\p{Lu}|\d)/u.test(text.slice(p.end, p.end + 3))) return false;
  if (p.complement.some((w) => /^\d/.test(w))) return false;
  const words = [...p.modifiers, ...p.complement];
  if ([...words, p.possessor].some((w) => PRODUCT_WORD.test(w))) return false;
  if (DOCUMENT_TITLE.test(p.complement[p.complement.length - 1] ?? '')) return false;
  if (p.modifiers.length === 0) {
    // "Congress passed …", "the U.S. Congress": a legislature is named by its capitalised head alone.
    if (p.complement.length === 0 && LEGISLATURE_HEAD.test(p.head)) return true;
    if (p.complement.length === 0 || p.head === 'Board' || p.head === 'Service') return false;
    if (p.complement.length === 1 && MEMBERS.test(p.complement[0] ?? '')) return false;
    if (p.complement.every(generic)) return false;
    return true;
  }
  if (p.complement.length > 0) return !(p.complement.length === 1 && generic(p.complement[0] ?? ''));
  if (p.modifiers.every((w) => GENERIC.has(lower(w)))) return false;
  // "Key Management Service", "Network Operations Center" are technology: a public body says it is one.
  if (TECHNICAL_HEAD.test(p.head) && !p.modifiers.some((w) => PUBLIC.test(w) || NATIONAL_ADJECTIVE.test(w)))
    return false;
  // A brand token and a head ("the ENX Association") is left to named-bodies.ts.
  if (p.modifiers.length === 1 && /^[A-Z][A-Z0-9&]{1,7}$/.test(p.modifiers[0] ?? '')) return false;
  // Modifiers that are all known names ("NERC Board", "FBI Office") are left to named-bodies.ts.
  const known = matcher.find(p.modifiers.join(' '));
  const covered = known.reduce((n, k) => n + k.surface.split(/\s+/).length, 0);
  return covered < p.modifiers.length;
}

const FOREIGN_START = /(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+(?=[ \t]+\p{L})/gu;
const NEXT_WORD = /^[ \t]+([\p{L}][\p{L}'’-]*)/u;
/** English words that end a foreign name written inside an English sentence. */
const ENGLISH_WORD =
  /^(?:the|of|and|in|is|are|was|were|be|been|which|that|who|for|by|to|with|on|as|a|an|under|has|have|had|its|it|or|from|at|this|these|also|not|will|can|may|must|should|would|said|says|runs|issues|publishes|oversees|since|after|before|when|where|while)$/i;

/**
 * Names written in another language, head first, inside an English sentence ("the Garante per la
 * protezione dei dati personali", "the Centro Criptológico Nacional"): a capitalised head word of
 * another language, then words up to punctuation or an English function word; the name needs a
 * connector of that language or capitalised words only, so English words after a head ("Conseil
 * said") make no name.
 */
function foreignNames(text: string): ProperName[] {
  const out: ProperName[] = [];
  for (const m of text.matchAll(FOREIGN_START)) {
    const head = m[0];
    const start = m.index ?? 0;
    const singular = head.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
    if (ENGLISH_HEAD.test(singular) || !FOREIGN_LANGS.some((l) => guessHead(head, l)?.kind === 'Authority')) continue;
    const words: string[] = [];
    let end = start + head.length;
    for (let w = NEXT_WORD.exec(text.slice(end)); w && words.length < 10; w = NEXT_WORD.exec(text.slice(end))) {
      const word = w[1] ?? '';
      if (ENGLISH_WORD.test(word)) break;
      words.push(word);
      end += w[0].length;
    }
    while (
      words.length > 0 &&
      /^[\p{L}]+$/u.test(words[words.length - 1] ?? '') &&
      FOREIGN_CONNECTOR.test(words[words.length - 1] ?? '')
    ) {
      end = text.lastIndexOf(words.pop() ?? '', end);
      end = text.slice(0, end).trimEnd().length;
    }
    const linked = words.some((w) => FOREIGN_CONNECTOR.test(w));
    if (words.length === 0 || !(linked || words.every((w) => /^\p{Lu}/u.test(w)))) continue;
    const name = text.slice(start, end);
    out.push({
      name,
      start,
      end,
      modifiers: [],
      head,
      headAt: start,
      complement: words,
      connector: '',
      definite: true,
      possessor: '',
    });
  }
  return out;
}

/** Discovers bodies named by a head word in the article's units. */
export function discoverBodyNames(all: Unit[], matcher: Matcher, sink: FactSink): void {
  const found: Candidate[] = [];
  for (const u of all) {
    if (u.role === 'resources' || u.kind === 'title' || u.kind === 'heading') continue;
    const english = properNames(u.raw, BODY_HEADS, matcher).filter((p) => isBodyName(p, u.raw, matcher));
    for (const p of [...english, ...foreignNames(u.raw)]) {
      if (matcher.lookup(p.name).length > 0) continue;
      const known = knownAround(p, u.raw, matcher);
      if (known.inside.some((c) => c.kind === 'Service') || known.outside) continue;
      // A headless pair left by discovery.ts: "the … Reliability Corporation (NERC)".
      const acr = ACRONYM_AFTER.exec(u.raw.slice(p.end))?.[1];
      // A pair whose acronym is known names that entity ("the Electro Standards Board (IEC)").
      const named = acr ? matcher.lookup(acr) : [];
      if (named.some((c) => c.kind === 'Authority')) continue;
      const acronym = acr && named.length === 0 && abbreviates(acr, p.name) ? acr : undefined;
      const c: Candidate = {
        id: entityId('Authority', toSlug(acronym ?? p.name)),
        kind: 'Authority',
        name: p.name,
        discovered: true,
        ...(acronym ? { acronym } : {}),
      };
      // "the Office of Safeguards" after "the IRS Office of Safeguards": the same body, named short.
      const longer = found.find((x) => x.name.endsWith(` ${p.name}`));
      if (longer) {
        matcher.addSurface(p.name, longer);
        sink.addName(longer, p.name, true);
        continue;
      }
      found.push(c);
      sink.node(c).properties.kind = KIND_OF_HEAD[p.head] ?? 'other';
      matcher.addSurface(p.name, c);
      if (acronym) matcher.addSurface(acronym, c, true);
      if (!sink.candidates.includes(p.name)) sink.candidates.push(p.name);
    }
  }
}

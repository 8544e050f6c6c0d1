/**
 * Applies relation cues to one sentence and its entity mentions. Contract: relations are only formed
 * between mentions of the same sentence (or with the sentence's referent — see referent.ts — when it
 * refers back and names no patient), and only between entity kinds the relation allows.
 */

import { type CertificationOf, lineagePair } from './basis-guard.ts';
import { agents, NEW_CLAUSE, participleOfUnknownName } from './cue-agents.ts';
import type { Cue } from './cue-pattern.ts';
import { cuesFor, negationFor, QUESTION } from './cues.ts';
import { crossesFrontedClause } from './fronted-clauses.ts';
import { alsoTopic, ownTopic } from './ja-clauses.ts';
import type { Candidate, Mention } from './matcher.ts';
import { chain, pick } from './mention-chain.ts';
import { issuedAs, modifiesAccessory, namedAfter, POSSESSOR_GAP, patientBefore } from './patient-clause.ts';
import { objectPronoun, pronounAgent, pronounAntecedent } from './pronoun-arguments.ts';
import { type DiscourseContext, type Referent, refersBack } from './referent.ts';
import { appositionComplement, appositionGap, objectPronounAt, opensRelative } from './relative-clauses.ts';
import { reducedPluralRelative } from './romance-agreement.ts';
import type { EntityKind, RelationType } from './types.ts';
import { clauseEnd, predicateNominalIn, relativeClauseIn } from './verb-final-clauses.ts';

export interface FoundRelation {
  type: RelationType;
  start: Candidate;
  end: Candidate;
}

const AUTH: EntityKind[] = ['Authority'];
const CERT: EntityKind[] = ['Certification'];
const STD_CERT: EntityKind[] = ['Standard', 'Certification'];

const KINDS: Partial<Record<RelationType, { agent: EntityKind[]; patient: EntityKind[] }>> = {
  ACCREDITS: { agent: AUTH, patient: STD_CERT },
  PUBLISHES: { agent: AUTH, patient: STD_CERT },
  REGULATES: { agent: AUTH, patient: CERT },
  AUDITS: { agent: AUTH, patient: CERT },
  ESTABLISHED_BY: { agent: AUTH, patient: ['Authority', 'Certification', 'Standard'] },
  BASED_ON: { agent: STD_CERT, patient: STD_CERT },
  MAPS_TO: { agent: STD_CERT, patient: STD_CERT },
  SUPERSEDES: { agent: STD_CERT, patient: STD_CERT },
  PART_OF: { agent: CERT, patient: CERT },
};

/** Merges "Full Name (ACR)" — two adjacent mentions of one entity — into one mention. */
export function mergeAdjacent(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (
      prev &&
      /^\s*[(（]\s*$/.test(text.slice(prev.end, m.start)) &&
      prev.candidates.some((c) => m.candidates.some((d) => d.id === c.id))
    ) {
      const close = /^\s*[)）]/.exec(text.slice(m.end));
      const shared = prev.candidates.filter((c) => m.candidates.some((d) => d.id === c.id));
      out[out.length - 1] = {
        start: prev.start,
        end: m.end + (close?.[0].length ?? 0),
        surface: text.slice(prev.start, m.end + (close?.[0].length ?? 0)),
        candidates: shared,
      };
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Where a patient is looked for; 'topic' takes only a topic- or subject-marked name before the cue. */
type PatientMode = Cue['patient'];

/** A topic or subject marker after a name; Japanese also "X の検証は", "X 業務は" (a noun of X's is the topic). */
const TOPIC =
  /^\s*[)）]?\s*(?:の[^\s、。はがのも]{1,10}|\s[\p{Script=Han}\p{Script=Katakana}ー]{1,6})?\s*(?:は(?!じ)|が|では|について)|^\s*[)）]?\s*(?:\p{Script=Hangul}{1,6}\s*)??(?:의|은|는|이|가)(?!\p{Script=Hangul})/u;

/** A Korean adverbial particle after a name ("KS로", "ISO에서"): the name is no subject, topic or object. */
const KO_ADVERBIAL = /^\s*[)）]?\s*(?:으로|로|에서|에게|에|부터|까지)(?![\p{Script=Hangul}])/u;

/** An English object noun phrase, then a preposition: what follows is not the verb's object. */
const OBJECT_THEN_PREPOSITION =
  /^\s*(?:the|a|an|its|their|new|all)\s+(?:[\p{L}-]+\s+){0,3}(?:on|in|at|into|onto|through|via|to|for|with|from)\s/iu;

function patients(
  text: string,
  mentions: Mention[],
  mode: PatientMode,
  at: { start: number; end: number },
  kinds: EntityKind[],
  exclude: Set<string>,
  referents: readonly Referent[],
  lang: string,
  passive: boolean,
): Candidate[] {
  const ok = (m: Mention) => {
    const c = pick(m, kinds);
    // Korean: a name with an adverbial particle, or an unmarked one before a comma, belongs to another
    // clause or role than the patient's.
    const gap = lang === 'ko' && m.end <= at.start ? text.slice(m.end, at.start) : null;
    const adverbial =
      gap !== null && (KO_ADVERBIAL.test(gap) || (!TOPIC.test(gap.slice(0, 16)) && /[,，、]/.test(gap)));
    return c && !exclude.has(c.id) && !modifiesAccessory(text, m) && !adverbial ? c : null;
  };
  const before = mentions.filter((m) => m.end <= at.start);
  const after = mentions.filter((m) => m.start >= at.end);
  if (mode === 'named') {
    const m = namedAfter(text, after, at.end, (x) => !!ok(x));
    return m ? [ok(m) as Candidate] : [];
  }
  if (mode === 'after') {
    for (const m of after) {
      const c = ok(m);
      // "publishes the results on the X platform": a name after an object and a preposition is no object.
      if (c && !passive && lang === 'en' && OBJECT_THEN_PREPOSITION.test(text.slice(at.end, m.start))) return [];
      // "extended the rules, and the X Act added …": a name after a new clause is not the object.
      if (c && lang === 'en' && NEW_CLAUSE.test(text.slice(at.end, m.start))) return [];
      // "If … that X administers, FERPA applies": the fronted clause ends at the comma.
      if (c && crossesFrontedClause(text, lang, at.end, m.start)) return [];
      // "edita os regulamentos que complementam a lei": a name in a relative clause on the object is not it.
      if (c && opensRelative(text.slice(at.end, m.start))) return [];
      if (c)
        return chain(text, mentions, mentions.indexOf(m), 1, kinds)
          .map((x) => x.c)
          .filter((x) => !exclude.has(x.id));
    }
    return [];
  }
  // The name nearest before the cue, with the names coordinated with it ("A, B and C are part of …").
  const nearestBefore = () => {
    const nearest = [...before].reverse().find((x) => ok(x));
    if (!nearest) return null;
    const m = patientBefore(text, before, nearest, at.start, lang, passive, (x) => !!ok(x));
    if (!m) return [];
    return chain(text, mentions, mentions.indexOf(m), -1, kinds)
      .map((x) => x.c)
      .filter((x) => !exclude.has(x.id))
      .reverse();
  };
  if (mode === 'before') return nearestBefore() ?? [];
  for (const m of before) {
    const c = ok(m);
    const next = text.slice(m.end, m.end + 16);
    // "A、B、C はいずれも…": the names coordinated with a topic share it.
    if (c && (TOPIC.test(next) || (mode === 'topic' && alsoTopic(next))))
      return chain(text, mentions, mentions.indexOf(m), -1, kinds)
        .map((x) => x.c)
        .filter((x) => !exclude.has(x.id))
        .reverse();
  }
  if (mode === 'topic') return [];
  const near = nearestBefore();
  // A 'self' cue's noun is the patient's stand-in: a name only inside its relative clause leaves the referent.
  if (near && (near.length > 0 || mode !== 'self')) return near;
  return referents.flatMap((r) => r.find((c) => kinds.includes(c.kind) && !exclude.has(c.id)) ?? []);
}

export function findRelations(
  text: string,
  rawMentions: Mention[],
  lang: string,
  referent: Referent | null,
  certificationOf: CertificationOf = () => null,
  /** The entities a plural opening ("Both …") refers to (plural-reference.ts), or null. */
  group: readonly Referent[] | null = null,
  context: DiscourseContext = { previous: null, basis: null },
): FoundRelation[] {
  const mentions = mergeAdjacent(text, rawMentions);
  const out: FoundRelation[] = [];
  // Every cue needs a named agent: a sentence naming nothing states no relation.
  if (mentions.length === 0 || QUESTION.test(text)) return out;
  const mayFallBack = refersBack(text, lang);
  const used: Array<[number, number]> = [];
  for (const cue of cuesFor(lang)) {
    const kinds = KINDS[cue.rel];
    if (!kinds) continue;
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(text); m; m = cue.re.exec(text)) {
      if (m[0].length === 0) {
        cue.re.lastIndex++;
        continue;
      }
      const at = { start: m.index, end: m.index + m[0].length };
      if (mentions.some((x) => at.start < x.end && x.start < at.end)) continue;
      if (used.some(([s, e]) => at.start < e && s < at.end)) continue;
      let ags = agents(text, mentions, cue, at, kinds.agent, lang);
      const body = ags.length === 0 && cue.agent === 'before' && pronounAgent(text, at.start, lang, referent, AUTH);
      if (body && kinds.agent === AUTH) ags = [{ c: body, m: { start: 0, end: 0, surface: '', candidates: [body] } }];
      if (ags.length === 0) continue;
      if (cue.agent === 'after' && lang !== 'de' && participleOfUnknownName(text, mentions, at.start)) continue;
      // A possessor before a 'named' cue is written against it: "EBA-Leitlinien", "FI:s föreskrifter".
      const possessor = cue.agent === 'before' && cue.patient === 'named' && (ags[0] as { m: Mention }).m;
      if (possessor && !POSSESSOR_GAP.test(text.slice(possessor.end, at.start))) continue;
      // A negation between the cue and its agent, or just before the cue, denies the relation.
      const span =
        cue.agent === 'after'
          ? text.slice(at.start, (ags[ags.length - 1] as { m: Mention }).m.start)
          : text.slice(Math.max(0, at.start - 12), Math.min(text.length, at.end + 14));
      const negation = negationFor(lang);
      if (negation.test(span) || negation.test(text.slice(Math.max(0, at.start - 12), at.start))) continue;
      // "neither the X nor any other body issues …": a negated subject denies it too (not CJK, whose
      // negation characters also occur inside ordinary words).
      const first = (ags[ags.length - 1] as { m: Mention }).m;
      const cjk = lang === 'ja' || lang === 'ko' || lang.startsWith('zh');
      if (cue.agent === 'before' && !cjk && negation.test(text.slice(Math.max(0, first.start - 12), first.start)))
        continue;
      // An object relative clause read at its pronoun (", die de ISO niet meer publiceert") has its verb
      // after the agent: a negation up to the clause's end denies it.
      if (cue.agent === 'after' && cue.patient === 'before' && !cjk) {
        const rest = text.slice(first.end);
        if (negation.test(rest.slice(0, rest.search(/[.,;:]|$/)))) continue;
      }
      const relative = cue.agent === 'before' && relativeClauseIn(lang, m[0], text.slice(at.end));
      // A Japanese clause with a topic of its own is not about an earlier entity.
      const self = cue.patient === 'self';
      const own = relative || (lang === 'ja' && !self && !group && ownTopic(text.slice(0, at.start)));
      const leaned = own ? [] : (group ?? ((mayFallBack || self) && referent ? [referent] : []));
      // "The requirements are based on X": the scheme's parts lean on it for a basis only.
      const parts = cue.rel === 'BASED_ON' && context.basis && leaned.every((r) => r.length === 0);
      const fallback = parts ? [context.basis as Referent] : leaned;
      const exclude = new Set(ags.map((a) => a.c.id));
      // An establishing body establishes a body first; only failing that a scheme or a standard.
      const find = (mode: PatientMode, fb: readonly Referent[], ms = mentions) => {
        const first = cue.rel === 'ESTABLISHED_BY' ? AUTH : kinds.patient;
        const passive = cue.agent === 'after';
        const found = patients(text, ms, mode, at, first, exclude, fb, lang, passive);
        return found.length === 0 && cue.rel === 'ESTABLISHED_BY'
          ? patients(text, ms, mode, at, STD_CERT, exclude, fb, lang, passive)
          : found;
      };
      // A relative clause's head noun follows it within its clause (a comma after a verb ends it).
      const clause = clauseEnd(lang, text.slice(at.end));
      const head = clause < 0 ? mentions : mentions.filter((x) => x.start < at.end + clause);
      const lastAgent = (ags[ags.length - 1] as { m: Mention }).m;
      const as = cue.agent === 'after' ? issuedAs(text, mentions, lastAgent, (x) => !!pick(x, kinds.patient)) : null;
      // "ENX runs it": an object pronoun of an active verb names no later patient.
      const pronoun = cue.agent === 'before' && cue.patient === 'after' && !relative && objectPronoun(text, at, lang);
      // "Y, the framework that X developed": an active verb's object is the relative clause's antecedent,
      // never a name after the clause ("…, which ASD publishes, will find the NZISM familiar").
      const objectRelativeAt =
        cue.agent === 'before' && cue.patient === 'after' && !relative
          ? objectPronounAt(text.slice(0, lastAgent.start))
          : null;
      let pats = as
        ? [pick(as, kinds.patient) as Candidate]
        : relative
          ? find('after', [], head)
          : pronoun
            ? pronounAntecedent(mentions, (ags[0] as { m: Mention }).m.start, context.previous, kinds.patient, exclude)
            : objectRelativeAt !== null
              ? []
              : find(cue.patient, fallback);
      // "T は、X に基づく…規格です": the relative clause describes the topic.
      if (pats.length === 0 && relative && predicateNominalIn(lang, text.slice(at.end))) pats = find('topic', []);
      if (objectRelativeAt !== null) {
        const antecedent = mentions.filter(
          (x) => x.end <= objectRelativeAt && appositionGap(text.slice(x.end, objectRelativeAt)),
        );
        // "A, the national version of B, which X publishes": the clause describes A, not B.
        const last = antecedent[antecedent.length - 1];
        const head = last && mentions.filter((x) => x.end <= last.start).pop();
        const apposed = head && appositionComplement(text.slice(head.end, last.start));
        pats = find('before', [], apposed ? [head] : antecedent);
      }
      if (pats.length === 0) continue;
      if (pats.length === 1 && cue.agent === 'after' && reducedPluralRelative(lang, text, at.start, m[0])) continue;
      used.push([at.start, at.end]);
      const near = (ags[0] as { m: Mention }).m;
      const gap = cue.agent === 'after' ? text.slice(at.end, near.start) : text.slice(near.end, at.start);
      for (const found of ags) {
        for (const named of pats) {
          let agent = found.c;
          let patient = named;
          let invert = cue.invert;
          if (cue.rel === 'BASED_ON') {
            const pair = lineagePair(text, found, named, invert, gap, certificationOf);
            if (!pair) continue;
            [agent, patient, invert] = [pair.base, pair.derived, false];
          }
          if (agent.id === patient.id) continue;
          let type = cue.rel;
          // Certification bodies accredited for a standard ('self' cues) certify against its certification.
          if (type === 'ACCREDITS' && patient.kind === 'Standard' && cue.patient === 'self')
            patient = certificationOf(patient) ?? patient;
          if (type === 'ACCREDITS' && patient.kind === 'Standard') type = 'PUBLISHES';
          if (type === 'ESTABLISHED_BY' && patient.kind !== 'Authority') type = 'PUBLISHES';
          const agentStarts = type === 'ACCREDITS' || type === 'PUBLISHES' || type === 'REGULATES' || type === 'AUDITS';
          const startsWithAgent = invert ? !agentStarts : agentStarts;
          out.push(startsWithAgent ? { type, start: agent, end: patient } : { type, start: patient, end: agent });
        }
      }
    }
  }
  return out;
}

/**
 * Applies relation cues to one sentence and its entity mentions. Contract: relations are only formed
 * between mentions of the same sentence (or with the sentence's referent — see referent.ts — when it
 * refers back and names no patient), and only between entity kinds the relation allows.
 */
import { CONJUNCTION, type Cue, cuesFor, NEGATION, QUESTION } from './cues.ts';
import type { Candidate, Mention } from './matcher.ts';
import { type Referent, refersBack } from './referent.ts';
import type { EntityKind, RelationType } from './types.ts';

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

const MAX_GAP = 60;

function pick(m: Mention, kinds: EntityKind[]): Candidate | null {
  return m.candidates.find((c) => kinds.includes(c.kind)) ?? null;
}

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

function chain(
  text: string,
  mentions: Mention[],
  from: number,
  dir: 1 | -1,
  kinds: EntityKind[],
): Array<{ m: Mention; c: Candidate }> {
  const out: Array<{ m: Mention; c: Candidate }> = [];
  let i = from;
  while (i >= 0 && i < mentions.length) {
    const m = mentions[i] as Mention;
    const c = pick(m, kinds);
    if (!c) break;
    out.push({ m, c });
    const next = mentions[i + dir];
    if (!next) break;
    const gap = dir === 1 ? text.slice(m.end, next.start) : text.slice(next.end, m.start);
    if (!CONJUNCTION.test(gap)) break;
    i += dir;
  }
  return out;
}

function agents(text: string, mentions: Mention[], cue: Cue, at: { start: number; end: number }, kinds: EntityKind[]) {
  if (cue.agent === 'after') {
    const idx = mentions.findIndex((m) => m.start >= at.end && pick(m, kinds));
    if (idx < 0 || (mentions[idx] as Mention).start - at.end > MAX_GAP) return [];
    if (/[;；。]/.test(text.slice(at.end, (mentions[idx] as Mention).start))) return [];
    return chain(text, mentions, idx, 1, kinds);
  }
  let idx = -1;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k] as Mention;
    if (m.end <= at.start && pick(m, kinds)) {
      idx = k;
      break;
    }
  }
  if (idx < 0 || at.start - (mentions[idx] as Mention).end > MAX_GAP) return [];
  // A clause break between the agent and a following cue means the cue belongs to another clause.
  if (/[、，;；。]/.test(text.slice((mentions[idx] as Mention).end, at.start))) return [];
  return chain(text, mentions, idx, -1, kinds);
}

const TOPIC = /^\s*(?:は|が|では|について|의|은|는|이|가)/;

function patients(
  text: string,
  mentions: Mention[],
  cue: Cue,
  at: { start: number; end: number },
  kinds: EntityKind[],
  exclude: Set<string>,
  referent: Referent | null,
): Candidate[] {
  const ok = (m: Mention) => {
    const c = pick(m, kinds);
    return c && !exclude.has(c.id) ? c : null;
  };
  const before = mentions.filter((m) => m.end <= at.start);
  const after = mentions.filter((m) => m.start >= at.end);
  if (cue.patient === 'after') {
    for (const m of after) {
      const c = ok(m);
      if (c)
        return chain(text, mentions, mentions.indexOf(m), 1, kinds)
          .map((x) => x.c)
          .filter((x) => !exclude.has(x.id));
    }
    return [];
  }
  if (cue.patient === 'before') {
    for (const m of [...before].reverse()) {
      const c = ok(m);
      if (c) return [c];
    }
    return [];
  }
  for (const m of before) {
    const c = ok(m);
    if (c && TOPIC.test(text.slice(m.end, m.end + 4))) return [c];
  }
  for (const m of [...before].reverse()) {
    const c = ok(m);
    if (c) return [c];
  }
  const fallback = referent?.find((c) => kinds.includes(c.kind) && !exclude.has(c.id));
  return fallback ? [fallback] : [];
}

/** Japanese relative clause: "X が発行する Y" — the patient follows the verb. */
const JA_RELATIVE =
  /^[ぁ-ゖ]{0,4}?(?:している|していた|した|する|される|された|しており)(?![。、]|ます|です|$)\s*[^\s。、]/u;

export function findRelations(
  text: string,
  rawMentions: Mention[],
  lang: string,
  referent: Referent | null,
): FoundRelation[] {
  const mentions = mergeAdjacent(text, rawMentions);
  const out: FoundRelation[] = [];
  if (QUESTION.test(text)) return out;
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
      const ags = agents(text, mentions, cue, at, kinds.agent);
      if (ags.length === 0) continue;
      // A negation between the cue and its agent, or just before the cue, denies the relation.
      const span =
        cue.agent === 'after'
          ? text.slice(at.start, (ags[ags.length - 1] as { m: Mention }).m.start)
          : text.slice(Math.max(0, at.start - 12), Math.min(text.length, at.end + 14));
      if (NEGATION.test(span) || NEGATION.test(text.slice(Math.max(0, at.start - 12), at.start))) continue;
      const relative = lang === 'ja' && cue.agent === 'before' && JA_RELATIVE.test(text.slice(at.end));
      const mode: Cue = relative ? { ...cue, patient: 'after' } : cue;
      const fallback = mayFallBack && !relative ? referent : null;
      const exclude = new Set(ags.map((a) => a.c.id));
      // An establishing body establishes a body first; only failing that a scheme or a standard.
      const pats =
        cue.rel === 'ESTABLISHED_BY'
          ? patients(text, mentions, mode, at, ['Authority'], exclude, fallback)
          : patients(text, mentions, mode, at, kinds.patient, exclude, fallback);
      if (pats.length === 0 && cue.rel === 'ESTABLISHED_BY')
        pats.push(...patients(text, mentions, mode, at, STD_CERT, exclude, fallback));
      if (pats.length === 0) continue;
      used.push([at.start, at.end]);
      for (const { c: agent } of ags) {
        for (const patient of pats) {
          if (agent.id === patient.id) continue;
          let type = cue.rel;
          if (type === 'ACCREDITS' && patient.kind === 'Standard') type = 'PUBLISHES';
          if (type === 'ESTABLISHED_BY' && patient.kind !== 'Authority') type = 'PUBLISHES';
          const agentStarts = type === 'ACCREDITS' || type === 'PUBLISHES' || type === 'REGULATES' || type === 'AUDITS';
          const startsWithAgent = cue.invert ? !agentStarts : agentStarts;
          out.push(startsWithAgent ? { type, start: agent, end: patient } : { type, start: patient, end: agent });
        }
      }
    }
  }
  return out;
}

/**
 * Pronouns standing for a cue's agent or patient (English, German, French). An object pronoun of an
 * active verb ("ENX runs it", "Die BaFin veröffentlichte sie", "l'ANSSI le publie") means a scheme
 * the sentence named before its agent, else the named subject of the sentence before; a subject pronoun opening the
 * sentence right before the verb ("It develops the HITRUST CSF") means the referent when that is a
 * body. Contract: only a pronoun adjacent to the verb is read, never one in a later clause.
 */
import type { Candidate, Mention } from './matcher.ts';
import type { Referent } from './referent.ts';
import type { EntityKind } from './types.ts';

/** An object pronoun right after the verb. */
const OBJECT_AFTER: Record<string, RegExp> = {
  en: /^\s+(?:it|them)(?![\p{L}])/u,
  de: /^\s+(?:ihn|sie)(?![\p{L}])/u,
};
/** An object pronoun right before the verb (French clitics). */
const OBJECT_BEFORE: Record<string, RegExp> = {
  fr: /(?:^|\s)(?:le|la|les)\s+$|(?:^|\s)l['’]$/u,
};
/** A subject pronoun opening the sentence, then at most three lower-case words (adverbs, an auxiliary) before the verb. */
const SUBJECT: Record<string, RegExp> = {
  en: /^(?:\*\*)?(?:It|They)\s+(?:\p{Ll}+\s+){0,3}$/u,
  de: /^(?:\*\*)?(?:Er|Sie)\s+(?:\p{Ll}+\s+){0,3}$/u,
  fr: /^(?:\*\*)?(?:Il|Elle)\s+(?:\p{Ll}+\s+){0,3}$/u,
};

/** True when the object of the active verb at `at` is a pronoun (after it, or a clitic before it). */
export function objectPronoun(text: string, at: { start: number; end: number }, lang: string): boolean {
  return !!OBJECT_AFTER[lang]?.test(text.slice(at.end)) || !!OBJECT_BEFORE[lang]?.test(text.slice(0, at.start));
}

/**
 * What an object pronoun means: the first name of a patient kind before the agent in the sentence
 * ("TISAX was created by the VDA, and ENX runs it"), else `previous` (the subject of the sentence
 * before) when it is of such a kind.
 */
export function pronounAntecedent(
  mentions: Mention[],
  agentStart: number,
  previous: Referent | null,
  kinds: EntityKind[],
  exclude: Set<string>,
): Candidate[] {
  for (const m of mentions) {
    if (m.end > agentStart) break;
    const c = m.candidates.find((x) => kinds.includes(x.kind) && !exclude.has(x.id));
    if (c) return [c];
  }
  const r = previous?.find((x) => kinds.includes(x.kind) && !exclude.has(x.id));
  return r ? [r] : [];
}

/** The referent's body when the sentence opens with a subject pronoun right before the cue at `start`. */
export function pronounAgent(
  text: string,
  start: number,
  lang: string,
  referent: Referent | null,
  kinds: EntityKind[],
): Candidate | null {
  if (!SUBJECT[lang]?.test(text.slice(0, start))) return null;
  return referent?.find((x) => kinds.includes(x.kind)) ?? null;
}

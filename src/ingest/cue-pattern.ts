/**
 * The shape of a relation cue and the helpers the cue tables are written with. A cue says where,
 * relative to the cue, the *agent* (the authority, the base standard, the whole scheme, the
 * establisher) and the *patient* (the scheme accredited, the derived standard, the tier, the body
 * established) are found.
 */
import type { RelationType } from './types.ts';

export interface Cue {
  rel: RelationType;
  re: RegExp;
  agent: 'before' | 'after';
  /**
   * 'topic': only a topic- or subject-marked name before the cue (Japanese, Korean). 'self': as
   * 'near', but the cue names its patient by a noun that refers back ("certification bodies are
   * accredited by", "Grundlage der Prüfung ist"), so the sentence's referent is the patient when no
   * name comes before the cue, whether or not the sentence opens with a reference.
   * 'named': the name right after the cue's noun phrase, opened by a bracket or a quote ("die Leitlinien
   * der EBA (EBA/GL/2019/02)"); an agent after the cue must follow it directly.
   */
  patient: 'near' | 'before' | 'after' | 'topic' | 'self' | 'named';
  /**
   * For "X was replaced by Y": the agent is the start of the relationship. For BASED_ON: the agent is
   * the derived side and the patient the base ("A and B are built on T" read from T's side).
   */
  invert?: boolean;
}

export const c = (
  rel: RelationType,
  src: string,
  agent: Cue['agent'],
  patient: Cue['patient'] = 'near',
  invert = false,
): Cue => ({
  rel,
  re: new RegExp(src, 'giu'),
  agent,
  patient,
  invert,
});

/** As c(), but case-sensitive: a capital or a lowercase letter in the pattern means just that. */
export const cs = (...args: Parameters<typeof c>): Cue => {
  const cue = c(...args);
  return { ...cue, re: new RegExp(cue.re.source, 'gu') };
};

/** `s` as a literal inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** No letter or digit right before. */
export const B = String.raw`(?<![\p{L}\p{N}])`;
/** No letter or digit right after. */
export const E = String.raw`(?![\p{L}\p{N}])`;

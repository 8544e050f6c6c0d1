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
  /** 'topic': only a topic- or subject-marked name before the cue (Japanese, Korean). */
  patient: 'near' | 'before' | 'after' | 'topic';
  /** For "X was replaced by Y": the agent is the start of the relationship. */
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

/** No letter or digit right before. */
export const B = String.raw`(?<![\p{L}\p{N}])`;
/** No letter or digit right after. */
export const E = String.raw`(?![\p{L}\p{N}])`;

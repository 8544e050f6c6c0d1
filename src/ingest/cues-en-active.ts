/**
 * English active verbs shared by the English cue table (cues.ts), and the authoring verbs it reads
 * as PUBLISHES besides "published"/"developed": a body that drew up, wrote or drafted a document, a
 * legislature that passed or enacted a law. Same shape and reading as the tables in cues.ts.
 */
import { B, type Cue, c, E } from './cue-pattern.ts';

/** A participle in active use: not after a passive auxiliary, nor before its agent's "by" ("by making" is a means). */
export const ACTIVE = String.raw`${B}(?<!\b(?:is|are|was|were|be|been|being)\s+)`;
/** Head words of a legislature, as the subject right before "passed" or "enacted". */
const LEGISLATURE =
  '(?:Congress|Parliament|Senate|Assembly|Legislature|Council|Diet|Bundestag|Bundesrat|Riksdag|Sejm|Cortes\\s+Generales|legislature|lawmakers|legislators)';
/** The verb first, the legislature checked behind it (a leading lookbehind is tried at every position). */
const ENACTS = '(?:passed|passes|enacted|enacts)';
/** Not followed by an agent's "by" within two words: "developed jointly by" is a passive. */
export const NOT_BY = String.raw`(?!\s+(?:[\p{L}\p{N}]+\s+){0,2}by${E}(?!\s+\p{L}+ing${E}))`;

/** Authoring verbs in active use, the agent before and the document after. */
export const EN_AUTHORING: Cue[] = [
  // "The ISO drew up / wrote / drafted X"; not "wrote to / about / that …" (a letter, not a document).
  c('PUBLISHES', `${ACTIVE}(?:drew|draws?)\\s+up${E}${NOT_BY}`, 'before', 'after'),
  c(
    'PUBLISHES',
    `${ACTIVE}(?:wrote|writes|authored|drafted)${E}${NOT_BY}(?!\\s+(?:to|about|that|of|on|back|down)${E})`,
    'before',
    'after',
  ),
  // "Congress passed X", "the Council of the European Union enacted X": only a legislature passes a law.
  c(
    'PUBLISHES',
    `${ENACTS}(?<=${B}${LEGISLATURE}(?:\\s+of\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.]*\\s+){1,4}|\\s+)(?:\\p{Ll}+ly\\s+)?${ENACTS})${E}${NOT_BY}`,
    'before',
    'after',
  ),
];

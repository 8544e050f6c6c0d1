/**
 * French relation cues for ordinary prose the tables in cues.ts and role-cues.ts do not cover:
 * active verbs in the present ("L'ANSSI publie le référentiel"), object relative clauses ("le C5,
 * que le BSI publie"), "s'inspire de", "relève de", "est chargé de". "Placé sous la tutelle de" is
 * no cue: it places a body under a ministry, it does not say who set it up. Same shape and reading
 * as cues.ts.
 */
import { B, type Cue, c, cs, E } from './cue-pattern.ts';

const P = '[ée]e?s?';
/** An adverb between a verb and its complement: "relève également de". */
const ADV = String.raw`(?:(?:également|aussi|notamment|directement|largement|en\s+partie)\s+)?`;

const PUBLISH_ACTIVE = '(?:publie|publient|élabore|élaborent|édite|éditent|maintient|maintiennent|rédige|rédigent)';
const OPERATE_ACTIVE =
  '(?:gère|gèrent|exploite|exploitent|administre|administrent|délivre|délivrent|attribue|attribuent|octroie|octroient)';
/** Not a basis named after the object: "délivre des certificats selon ISO/IEC 27001". */
const NO_BASIS_OBJECT = String.raw`(?!\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:selon|conform[ée]ment|au\s+titre)${E})`;

/** Not right after a comma: "Le BSI, placé sous la tutelle du BMI, publie" has its subject before the apposition. */
const NO_COMMA = String.raw`(?<!,\s*\p{L}+)`;

/** "le C5, que le BSI publie": an object relative pronoun right after a name (a capital, a digit, a bracket or a camel-case word ends it), then its subject and verb. */
const objectRelative = (verbs: string) =>
  String.raw`(?<=[\p{Lu}\p{N})”"»]|\p{Lu}\p{Ll}+\p{Lu}\p{L}*)\s*,?\s*(?:que\s+|qu['’])(?=[^,.;]{1,60}?${B}(?:${verbs}|(?:a|ont)\s+(?:publi|élabor|rédig|édit|géré|exploit|administr|délivr|attribu|cré|fond|mis\s+en\s+place)))`;

const FR: Cue[] = [
  c('BASED_ON', `${B}s['’]inspir(?:e|ent)\\s+${ADV}(?:largement\\s+)?d[eu']`, 'after'),
  c('ACCREDITS', `${B}relèv(?:e|ent)\\s+${ADV}(?:de\\s+la\\s+(?:compétence|responsabilité)\\s+)?d[eu']`, 'after'),
  cs('PUBLISHES', objectRelative(PUBLISH_ACTIVE), 'after', 'before'),
  cs('ACCREDITS', objectRelative(OPERATE_ACTIVE), 'after', 'before'),
  cs('PUBLISHES', `${B}${PUBLISH_ACTIVE}${E}${NO_COMMA}`, 'before', 'after'),
  cs('ACCREDITS', `${B}${OPERATE_ACTIVE}${E}${NO_COMMA}${NO_BASIS_OBJECT}`, 'before', 'after'),
  // "L'ANSSI est chargée de la qualification SecNumCloud".
  c('ACCREDITS', `${B}(?:est|sont)\\s+${ADV}charg${P}\\s+d[eu']`, 'before', 'after'),
];

export const FR_EXTRA_CUES: Record<string, Cue[]> = { fr: FR };

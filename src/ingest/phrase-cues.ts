/**
 * Cues for relations stated by a phrase around the names rather than by one verb, per language: a
 * basis named as what a scheme "uses as its foundation" ("conserve l'ISO/IEC 27001 comme socle"), a
 * scheme that takes over a standard's structure or requirements ("reprend la structure et les
 * exigences de"), a French basis in the imperfect ("s'appuyait sur"), and German fronted
 * participles before a passive with a pronoun subject ("Entwickelt und gepflegt wird er vom BSI").
 * Same shape and reading as cues.ts.
 */
import { B, type Cue, c, E } from './cue-pattern.ts';

/** The verb that a basis phrase ("as its foundation") completes, before the named base. */
const EN_USES = '(?:uses?|used|takes?|took|adopts?|adopted|keeps?|kept|retains?|retained)';
const FR_USES = '(?:conserve|conservent|garde|gardent|utilise|utilisent|prend|prennent|retient|retiennent)';

/** Document nouns for what a scheme takes from its base. */
const EN_PARTS = '(?:requirements|controls|criteria|practices)';

const EN: Cue[] = [
  // "The requirements come from X", "The security controls are taken from X": the scheme's own parts.
  c(
    'BASED_ON',
    `^(?:\\*\\*)?(?:The|Its|Their)\\s+(?:\\p{Ll}+\\s+){0,2}${EN_PARTS}\\s+(?:themselves\\s+)?(?:come|came|are\\s+taken|were\\s+taken|are\\s+drawn|were\\s+drawn)\\s+from${E}`,
    'after',
    'self',
  ),
  // "Level 1 takes its 15 requirements from X".
  c(
    'BASED_ON',
    `${B}(?:takes|took)\\s+(?:its|their)\\s+(?:\\p{N}+\\s+)?(?:\\p{Ll}+\\s+)?${EN_PARTS}\\s+from${E}`,
    'after',
  ),
  // "the scheme has been delivered by X": delivering a scheme is running it.
  c('ACCREDITS', `${B}delivered\\s+(?:\\w+\\s+){0,2}by${E}`, 'after'),
  // "It uses the FedRAMP Moderate baseline as its foundation": the name before the phrase is the base.
  c(
    'BASED_ON',
    `${B}as\\s+(?:its|their|the)\\s+(?:\\p{L}+\\s+)?(?:foundation|basis|starting\\s+point)${E}(?<=${B}${EN_USES}\\s[^.;]{1,100})`,
    'before',
  ),
];

/** Parts of a standard a scheme takes over. */
const FR_PART = String.raw`(?:la\s+structure|les\s+exigences|les\s+mesures|les\s+contrôles|le\s+contenu|les\s+objectifs)`;
const FR_ADV = String.raw`(?:(?:également|aussi|notamment|largement|en\s+partie|intégralement)\s+)?`;

const FR: Cue[] = [
  c(
    'BASED_ON',
    `${B}comme\\s+(?:socle|base|fondement|point\\s+de\\s+départ)${E}(?<=${B}${FR_USES}\\s[^.;]{1,100})`,
    'before',
  ),
  // "Le référentiel reprend la structure et les exigences de la norme ISO/IEC 27001".
  c('BASED_ON', `${B}(?:reprend|reprennent)\\s+${FR_ADV}${FR_PART}(?:\\s+et\\s+${FR_PART})?\\s+d[eu'’]`, 'after'),
  c('BASED_ON', `${B}(?:s['’]appuy(?:ait|aient)|reposait|reposaient)\\s+${FR_ADV}sur${E}`, 'after'),
];

const DE_PUBLISHED = '(?:Entwickelt|Veröffentlicht|Herausgegeben|Erarbeitet|Gepflegt|Erstellt)';
const DE_PART = '(?:entwickelt|veröffentlicht|herausgegeben|erarbeitet|gepflegt|erstellt|aktualisiert|fortgeschrieben)';
const DE_OPERATED = '(?:Betrieben|Verwaltet|Vergeben|Erteilt)';
const DE_OPERATE_PART = '(?:betrieben|verwaltet|vergeben|erteilt|ausgestellt)';

/** Fronted participles ("Entwickelt und gepflegt"), the passive auxiliary, a pronoun subject, the agent's preposition. */
const frontedPassive = (first: string, more: string) =>
  String.raw`^(?:\*\*)?${first}(?:\s*(?:,|und|sowie)\s*${more})*\s+(?:wird|wurde|werden|wurden)\s+(?:er|sie|es)\s+(?:(?:heute|bis\s+heute|seither|seitdem)\s+)?(?:von|vom|durch)${E}`;

const DE: Cue[] = [
  c('PUBLISHES', frontedPassive(DE_PUBLISHED, DE_PART), 'after', 'self'),
  c('ACCREDITS', frontedPassive(DE_OPERATED, DE_OPERATE_PART), 'after', 'self'),
];

export const PHRASE_CUES: Record<string, Cue[]> = { en: EN, de: DE, fr: FR };

/**
 * Authorship stated by a genitive on a regulatory-document noun, with the document's designation
 * named right after the noun phrase ("die Leitlinien der EBA (EBA/GL/2019/02)", "de circulaire van
 * DNB „…“", "wytyczne EBA (…)", "FI:s föreskrifter (FFFS 2014:5)"): the possessor publishes the
 * document. Contracts: only the document nouns below (guidelines, regulations, circulars,
 * requirements, standards, recommendations) make a cue; the possessor is a known or discovered body
 * written right after the noun ('named' patient: nothing but an article between them) or, in
 * English and Swedish, right before it with the s-genitive; the document is the next name, opened by a bracket
 * or a quote within the noun phrase. Same shape and reading as the tables in cues.ts.
 */
import { B, type Cue, c, E } from './cue-pattern.ts';

const EN_DOCUMENT =
  '(?:guidelines|guidance|regulations?|rules|circulars?|requirements|recommendations?|standards?|criteria\\s+catalog(?:ue)?)';
const DE_DOCUMENT =
  '(?:Richtlinien?|Leitlinien?|Rundschreiben|Verordnung(?:en)?|Anforderungen|Mindestanforderungen|Vorgaben|Standards?|Normen|Kriterienkatalog|Leitfaden|Empfehlung(?:en)?|Verlautbarung(?:en)?|Merkblatt|Auslegungshinweise)';
const NL_DOCUMENT =
  '(?:richtlijn(?:en)?|circulaires?|regeling(?:en)?|beleidsregels?|normen|standaard(?:en)?|eisen|vereisten|aanbeveling(?:en)?|leidraad|handreiking|verordening(?:en)?)';
const PL_DOCUMENT =
  '(?:wytyczn(?:e|ych|ymi|ym)|rekomendacj(?:a|i|ę|e)|rozporządzeni(?:e|a|u)|standard(?:y|ów|u)?|wymagani(?:a|ach)|wymog(?:i|ów)|zaleceni(?:a|ach)|norm(?:a|y)|regulacj(?:e|i)|uchwał(?:a|y))';
const SV_DOCUMENT =
  '(?:föreskrifter(?:na)?|riktlinjer(?:na)?|allmänna\\s+råd|standard(?:er|en)?|krav(?:en)?|rekommendationer(?:na)?|vägledning(?:ar|en)?|regler(?:na)?|anvisningar(?:na)?)';

export const GENITIVE_CUES: Record<string, Cue[]> = {
  // English applies to every article: "the guidelines of the EBA (…)", "the EBA's guidelines (…)".
  en: [
    c('PUBLISHES', `${B}${EN_DOCUMENT}\\s+of${E}`, 'after', 'named'),
    c(
      'PUBLISHES',
      `${B}${EN_DOCUMENT}${E}(?<=\\p{Lu}[\\p{L}\\p{N}&-]*['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}\\p{L}+)`,
      'before',
      'named',
    ),
  ],
  de: [c('PUBLISHES', `${B}${DE_DOCUMENT}\\s+(?:der|des)${E}`, 'after', 'named')],
  nl: [c('PUBLISHES', `${B}${NL_DOCUMENT}\\s+van${E}`, 'after', 'named')],
  // A Polish genitive possessor follows its noun unmarked: "wytyczne EBA", "rekomendacja KNF".
  pl: [c('PUBLISHES', `${B}${PL_DOCUMENT}${E}(?=\\s+\\p{Lu})`, 'after', 'named')],
  // The s-genitive of a capitalised name or acronym before the noun: "Finansinspektionens", "FI:s".
  sv: [
    c(
      'PUBLISHES',
      `${B}${SV_DOCUMENT}${E}(?<=(?:\\p{Lu}[\\p{L}\\p{N}&-]*:s|\\p{Lu}\\p{L}+s)\\s+\\p{L}+)`,
      'before',
      'named',
    ),
  ],
};

/**
 * Authorship stated by a genitive on a regulatory-document noun, with the document's designation
 * named right after the noun phrase ("die Leitlinien der EBA (EBA/GL/2019/02)", "de circulaire van
 * DNB „…“", "wytyczne EBA (…)", "FI:s föreskrifter (FFFS 2014:5)"): the possessor publishes the
 * document. Contracts: only the document nouns below (guidelines, regulations, circulars,
 * requirements, standards, recommendations) make a cue; the possessor is a known or discovered body
 * written right after the noun ('named' patient: nothing but an article between them) or, in
 * English and Swedish, right before it with the s-genitive, or in German and Dutch as the first part
 * of a compound ("EBA-Leitlinien"); the document is the next name, opened by a bracket
 * or a quote within the noun phrase. Same shape and reading as the tables in cues.ts.
 */
import { B, type Cue, cs, E } from './cue-pattern.ts';

/**
 * The cues below are case-sensitive (their capital checks would fold under the `i` flag): a noun that
 * may open a sentence is written with both initials.
 */
const EN_DOCUMENT =
  '(?:[Gg]uidelines|[Gg]uidance|[Rr]egulations?|[Rr]ules|[Cc]irculars?|[Rr]equirements|[Rr]ecommendations?|[Ss]tandards?|[Cc]riteria\\s+[Cc]atalog(?:ue)?)';
const DE_DOCUMENT =
  '(?:Richtlinien?|Leitlinien?|Rundschreiben|Verordnung(?:en)?|Anforderungen|Mindestanforderungen|Vorgaben|Standards?|Normen|Kriterienkatalog|Katalog|Leitfaden|Empfehlung(?:en)?|Verlautbarung(?:en)?|Merkblatt|Auslegungshinweise)';
const NL_DOCUMENT =
  '(?:[Rr]ichtlijn(?:en)?|[Cc]irculaires?|[Rr]egeling(?:en)?|[Bb]eleidsregels?|[Nn]ormen|[Ss]tandaard(?:en)?|[Ee]isen|[Vv]ereisten|[Aa]anbeveling(?:en)?|[Ll]eidraad|[Hh]andreiking|[Cc]atalogus|[Vv]erordening(?:en)?)';
const PL_DOCUMENT =
  '(?:[Ww]ytyczn(?:e|ych|ymi|ym)|[Rr]ekomendacj(?:a|i|ę|e)|[Rr]ozporządzeni(?:e|a|u)|[Ss]tandard(?:y|ów|u)?|[Ww]ymaga(?:nia|niach|ń)|[Ww]ymog(?:i|ów)|[Zz]aleceni(?:a|ach)|[Nn]orm(?:a|y)|[Rr]egulacj(?:e|i)|[Uu]chwał(?:a|y))';
const SV_DOCUMENT =
  '(?:föreskrifter(?:na)?|riktlinjer(?:na)?|allmänna\\s+råd|standard(?:er|en)?|krav(?:en)?|rekommendationer(?:na)?|vägledning(?:ar|en)?|regler(?:na)?|anvisningar(?:na)?)';

/** The hyphen and noun of a compound whose first part is a capitalised name: "EBA-Leitlinien". */
const COMPOUND = (nouns: string) => `-(?<=\\p{Lu}[\\p{L}\\p{N}&]*-)${nouns}${E}`;

/**
 * A document noun as the predicate or an apposition of the name before it ("C5 ist ein Katalog des
 * BSI", "C5, a set of requirements of the BSI,"): a copula or a comma, an article, up to two words;
 * in Polish, which has no articles, a copula only.
 */
const PREDICATE = (copulas: string, articles: string, nouns: string) => {
  // Without articles, only a copula not negated before it: "C5 jest zbiorem wymagań", not "nie jest".
  const lead = articles
    ? `(?:${B}(?:${copulas})\\s+(?:${articles})|,\\s+(?:${articles}))`
    : `${B}(?<!${B}nie\\s+)(?:${copulas})`;
  // The noun first and the lead checked behind it: a pattern opening with a lookbehind is tried at every position.
  return `${nouns}(?<=${lead}\\s+(?:[\\p{L}-]+\\s+){0,2}${nouns})`;
};

export const GENITIVE_CUES: Record<string, Cue[]> = {
  // English applies to every article: "the guidelines of the EBA (…)", "the EBA's guidelines (…)".
  en: [
    cs('PUBLISHES', `${PREDICATE('is|are|was|were', 'a|an|the', EN_DOCUMENT)}\\s+of${E}`, 'after', 'before'),
    cs('PUBLISHES', `${B}${EN_DOCUMENT}\\s+of${E}`, 'after', 'named'),
    cs(
      'PUBLISHES',
      `${B}${EN_DOCUMENT}${E}(?<=\\p{Lu}[\\p{L}\\p{N}&-]*['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}\\p{L}+)`,
      'before',
      'named',
    ),
  ],
  de: [
    cs(
      'PUBLISHES',
      `${PREDICATE('ist|sind|war|waren', 'ein|eine|einer|der|die|das', DE_DOCUMENT)}\\s+(?:der|des)${E}`,
      'after',
      'before',
    ),
    cs('PUBLISHES', `${B}${DE_DOCUMENT}\\s+(?:der|des)${E}`, 'after', 'named'),
    // A compound led by the body's name: "die EBA-Leitlinien (…)", "das BaFin-Rundschreiben (…)".
    cs('PUBLISHES', COMPOUND(DE_DOCUMENT), 'before', 'named'),
  ],
  nl: [
    cs('PUBLISHES', `${PREDICATE('is|zijn|was|waren', 'een|de|het', NL_DOCUMENT)}\\s+van${E}`, 'after', 'before'),
    cs('PUBLISHES', `${B}${NL_DOCUMENT}\\s+van${E}`, 'after', 'named'),
    cs('PUBLISHES', COMPOUND(NL_DOCUMENT), 'before', 'named'),
  ],
  // A Polish genitive possessor follows its noun unmarked: "wytyczne EBA", "rekomendacja KNF".
  pl: [
    cs('PUBLISHES', `${PREDICATE('to|jest|są', '', PL_DOCUMENT)}${E}(?=\\s+\\p{Lu})`, 'after', 'before'),
    cs('PUBLISHES', `${B}${PL_DOCUMENT}${E}(?=\\s+\\p{Lu})`, 'after', 'named'),
  ],
  // The s-genitive of a capitalised name or acronym before the noun: "Finansinspektionens", "FI:s".
  sv: [
    cs(
      'PUBLISHES',
      `${B}${SV_DOCUMENT}${E}(?<=(?:\\p{Lu}[\\p{L}\\p{N}&-]*:s|\\p{Lu}\\p{L}+s)\\s+\\p{L}+)`,
      'before',
      'named',
    ),
  ],
};

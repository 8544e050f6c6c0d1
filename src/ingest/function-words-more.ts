/**
 * Function words of Dutch, Swedish, Polish, Turkish and Russian that the language-free readers
 * need: coordinators (enumeration.ts), negations (cues.ts), agent prepositions (cues.ts,
 * relations.ts), relative pronouns and the auxiliaries after them (relative-clauses.ts). Each is a
 * regular-expression alternation, matched as whole words by its reader. Words that are ordinary
 * words of another supported language stay out ("of", Dutch "or", is English "of").
 */

/** "A en B", "A och B", "A oraz B", "A ve B", "A и B", and additive ones ("samen met", "wraz z"). */
export const MORE_COORDINATORS = String.raw`en|alsook|evenals|samen\s+met|och|samt|tillsammans\s+med|i|oraz|wraz\s+z|ve|ile|и|а\s+также|совместно\s+с|eller|lub|albo|veya|ya\s+da|или`;

/** Coordinators that, after a clause comma, may start a new clause. */
export const MORE_PLAIN_COORDINATORS = `en|och|i|oraz|ve|и|eller|lub|veya|или`;

/** Negations: "niet", "geen", "inte", "nie", "değil", "не". Turkish verbs negate by a suffix the cues leave out. */
export const MORE_NEGATIONS = String.raw`niet|geen|nooit|inte|ej|icke|aldrig|nie|nigdy|żadn[aeyiąo]\p{L}*|değil|olmayan|не|ни|нет|никогда`;

/** Prepositions that introduce the agent of a passive: "door", "av", "przez". */
export const MORE_AGENT_PREPOSITIONS = `door|av|przez`;

/** Relative pronouns; the Dutch and Swedish ones only after a comma (elsewhere they are articles or "as"). */
export const MORE_RELATIVE = String.raw`,\s*(?:dat|wat|welke|waarvan|waardoor|som|vilken|vilket|vilka)(?![\p{L}])|(?<![\p{L}])(?:któr\p{L}+|котор\p{L}+)`;

/** Words between a subject relative pronoun and its verb: "die ook wordt beheerd door", "który jest". */
export const MORE_AUXILIARIES = `wordt|werd|worden|werden|zijn|ook|eveneens|är|blev|blir|har|också|jest|są|został|została|zostało|zostały|był|była|było|również|także|też|был|была|было|были|является|являются|также|тоже`;

/** A second verb phrase sharing the subject of the first: "en wordt", "och", "i jest", "и". */
export const MORE_COORDINATED_PASSIVE = String.raw`(?:en|och|i|oraz|и)(?:\s+(?:wordt|werd|worden|werden|is|zijn|är|blev|jest|są|został[aoy]?|zostały|был[аои]?|является))?`;

/** Prepositions right before a name that make it an object: "op", "på", "na", "на" … */
export const MORE_OBJECT_PREPOSITIONS = 'op|van|aan|met|voor|på|av|med|för|na|w|z|do|od|на|в|с|по|от|из';

/**
 * Spanish, Portuguese and Italian cues beyond the plain verb families of cues-romance.ts and
 * cues-it.ts (same shape and reading as the tables in cues.ts):
 * - lineage stated as an origin ("tiene su origen en X", "tem origem na X", "ha origine da X") or as
 *   something a scheme has or takes as its base with the base named in between ("tem a X como ponto
 *   de partida", "toma X como base", "prende X come base");
 * - a body's role through a noun for the work on a document ("su desarrollo corresponde al X", "sua
 *   elaboração cabe ao X", "il suo sviluppo spetta all'X"): X publishes the document before;
 * - a national body adopting "the standard" as its own version ("ha adoptado la norma como X",
 *   "adotou a norma como X", "ha adottato la norma come X"): it publishes X;
 * - the certification bodies of a scheme accredited by a body ("las entidades de certificación que
 *   emiten certificados … están acreditadas por X"): X accredits for the scheme, read 'self' (the
 *   bodies are no name; the scheme is the sentence's referent).
 */
import { B, type Cue, c, E } from './cue-pattern.ts';

/** What a base is taken as: "como base", "come punto di partenza". */
const AS_BASE = String.raw`(?:base|fundamento|punto\s+de\s+partida|ponto\s+de\s+partida|punto\s+di\s+partenza|referencia|referência|riferimento)`;

/** "tiene X como base": the verb, then (in the lookahead) up to 60 characters and the "as base" phrase. */
const takesAsBase = (verbs: string, as: string) =>
  String.raw`${B}(?:${verbs})${E}(?=\s+[^.;:]{1,60}?\s${as}\s+${AS_BASE}${E})`;

/** Nouns for the work on a document: developing, drafting, maintaining, revising it. */
const ES_WORK = '(?:desarrollo|elaboración|redacción|mantenimiento|revisión)';
const PT_WORK = '(?:desenvolvimento|elaboração|redação|manutenção|revisão)';
const IT_WORK = '(?:sviluppo|elaborazione|redazione|manutenzione|revisione)';

/**
 * A certifier noun earlier in the clause than an auxiliary and an accrediting participle: the bodies
 * are the clause's subject ("están acreditadas por"), not a noun a participle describes ("certificato
 * da un organismo accreditato dal X"). The lookbehind ends at the cue.
 */
const certifiersBefore = (nouns: string, auxiliary: string, participle: string) =>
  `${B}(?:${auxiliary})\\s+${participle}${E}(?<=${B}(?:${nouns})${E}[^.;:]{0,160}${participle})`;

export const ES_ROLES: Cue[] = [
  c(
    'PUBLISHES',
    `${B}(?:ha|han|había|habían)\\s+adoptado\\s+(?:la|esta|dicha|el|este|dicho)\\s+(?:norma|estándar)\\s+(?:internacional\\s+)?como${E}`,
    'before',
    'after',
  ),
  c('BASED_ON', `${B}(?:tiene|tienen|tuvo|tuvieron)\\s+(?:su|sus)\\s+or[ií]gen(?:es)?\\s+en${E}`, 'after'),
  c('BASED_ON', `${B}(?:se\\s+origina|se\\s+originó|procede)\\s+de(?:l)?${E}`, 'after'),
  c('BASED_ON', takesAsBase('tiene|tienen|toma|toman|tomó|tomaron|utiliza|utilizan|usa|usan', 'como'), 'after'),
  c(
    'PUBLISHES',
    `${B}(?:su|sus|cuyo|cuya)\\s+${ES_WORK}\\s+(?:corresponde|compete|incumbe|está\\s+a\\s+cargo\\s+de(?:l)?|recae\\s+en)(?:\\s+a(?:l)?)?${E}`,
    'after',
  ),
  c(
    'ACCREDITS',
    certifiersBefore(
      'entidades|organismos|organismo|entidad',
      String.raw`(?:están|está|son|es|estarán|serán|deben\s+(?:estar|ser)|tienen\s+que\s+(?:estar|ser))`,
      String.raw`acreditad[oa]s?\s+(?:[\p{L}\p{N}]+\s+){0,2}?por`,
    ),
    'after',
    'self',
  ),
];

export const PT_ROLES: Cue[] = [
  c(
    'PUBLISHES',
    `${B}(?:adotou|adotaram|(?:tem|têm)\\s+adotado)\\s+(?:a|esta|essa|o|este|esse)\\s+(?:norma|padrão)\\s+(?:internacional\\s+)?como${E}`,
    'before',
    'after',
  ),
  c('BASED_ON', `${B}(?:tem|têm|teve|tiveram)\\s+(?:a\\s+)?(?:sua\\s+|suas\\s+)?origem\\s+(?:em|n[oa]s?)${E}`, 'after'),
  c('BASED_ON', `${B}(?:origina-se|originou-se)\\s+(?:em|n[oa]s?|de|d[oa]s?)${E}`, 'after'),
  c('BASED_ON', takesAsBase('tem|têm|teve|toma|tomam|tomou|usa|usam|adota|adotam', 'como'), 'after'),
  c(
    'PUBLISHES',
    `${B}(?:sua|seu|suas|seus|cuja|cujo)\\s+${PT_WORK}\\s+(?:cabe|compete|fica\\s+a\\s+cargo|está\\s+a\\s+cargo)(?:\\s+(?:a|ao|à|aos|às|d[oa]s?))?${E}`,
    'after',
  ),
  c(
    'ACCREDITS',
    certifiersBefore(
      'organismos|organismo|entidades|entidade|certificadoras|certificadora',
      String.raw`(?:são|é|estão|está|serão|devem\s+(?:estar|ser)|precisam\s+(?:estar|ser))`,
      String.raw`(?:acreditad|credenciad)[oa]s?\s+(?:[\p{L}\p{N}]+\s+){0,2}?(?:pel[oa]s?|por)`,
    ),
    'after',
    'self',
  ),
];

export const IT_ROLES: Cue[] = [
  c(
    'PUBLISHES',
    `${B}(?:ha|hanno|aveva|avevano)\\s+(?:adottato|recepito)\\s+(?:la|questa|tale|lo|questo)\\s+(?:norma|standard)\\s+(?:internazionale\\s+)?come${E}`,
    'before',
    'after',
  ),
  c(
    'BASED_ON',
    `${B}(?:ha|hanno|ebbe|ebbero|trae|traggono|trasse)\\s+(?:avuto\\s+)?(?:(?:la\\s+sua|le\\s+sue|le\\s+loro)\\s+)?origin[ei]\\s+(?:da(?:l|lla|llo|i|gli|lle)?${E}|dall['’]|in${E}|nel(?:la|lo)?${E}|nell['’])`,
    'after',
  ),
  c('BASED_ON', takesAsBase('ha|hanno|prende|prendono|assume|assumono|usa|usano', 'come'), 'after'),
  c(
    'PUBLISHES',
    `${B}(?:il\\s+suo|la\\s+sua|il\\s+cui|la\\s+cui)\\s+${IT_WORK}\\s+(?:spetta|compete|è\\s+affidat[oa]|è\\s+curat[oa])\\s+(?:a|al|alla|allo|ai|agli|alle|all['’]|da(?:l|lla|llo|i|gli|lle)?|dall['’])${E}`,
    'after',
  ),
  c(
    'ACCREDITS',
    certifiersBefore(
      'organismi|organismo|enti|ente',
      String.raw`(?:sono|è|vengono|viene|devono\s+essere|deve\s+essere)`,
      String.raw`accreditat[oaie]\s+(?:[\p{L}\p{N}]+\s+){0,2}?(?:da(?:l|lla|llo|i|gli|lle)?${E}|dall['’])`,
    ),
    'after',
    'self',
  ),
];

/**
 * Generalisation of relation extraction, measured on a fourth held-out set: 12 articles in
 * test/fixtures/heldout-4 on offerings no earlier set covers (FDA 21 CFR Part 11, FERPA, New Zealand's
 * NZISM, FINMA's outsourcing circular, NEN 7510, the Polish KNF cloud communication, Brazil's CMN
 * Resolution 4,893, Banca d'Italia's Circular 285, Finansinspektionen's outsourcing rules, Japan's
 * unified government standards, China's TRUCS and Korea's KCMVP), in en-us, de-de, nl-nl, pl-pl,
 * pt-br, it-it, sv-se, ja-jp, zh-cn and ko-kr — four languages (pl, pt, it, sv) no earlier held-out
 * set has. Written blind on 2026-12-07 by a helper that did not read src/, seed/ or the tests and did
 * not run the extractor: the articles and the gold list (test/fixtures/gold/edges-heldout-4.json)
 * came before any run. Scored with the product's lexicon (content/lexicon) as it is, counting as the
 * other gold tests do (test/helpers/gold.ts). First measured scores, blind, at commit 859135f:
 * precision 0.548 / recall 0.232 (23 of 99 gold edges, 19 false positives: PUBLISHES 12, BASED_ON 6,
 * ACCREDITS 1), entity discovery 0.557 (112 / 201). The same day a helper read this set's false
 * positives and negatives and fixed their general causes, each tested on sentences of its own: U.S.
 * regulation citations and European supervisory guideline references as designations; a words-only
 * standard not carried by a longer name containing it; an object relative clause's patient taken from
 * its antecedent (or an apposition's head), never after the clause; a "neither … nor" subject denied;
 * a participle after an indefinite noun phrase or an unknown bracketed acronym; a fronted subordinate
 * clause ending at its comma; a name after an agent preposition not taken as a later verb's subject;
 * an offering named by a standard designation alone deriving through that standard; body-noun
 * self-references; Korean adverbial particles; and recall in the Dutch, Swedish, Portuguese, Italian
 * and English cue tables. After: P 0.900 / R 0.364 (36 of 99, 4 false positives), entity discovery
 * 0.607 (122 / 201). The set is exposed from then on: floors sit just below the latest scores and
 * guard against regressions only. Later general cues (English authoring verbs and a bare "Congress",
 * genitive authorship on document nouns) raised it to P 0.905 / R 0.384, entity discovery 0.612.
 */

import type { Floors } from '../helpers/gold.ts';
import { describeHeldOut } from '../helpers/heldout.ts';

/** Articles per locale in the fourth held-out set. */
const ARTICLES: Record<string, number> = {
  'en-us': 3,
  'de-de': 1,
  'nl-nl': 1,
  'pl-pl': 1,
  'pt-br': 1,
  'it-it': 1,
  'sv-se': 1,
  'ja-jp': 1,
  'zh-cn': 1,
  'ko-kr': 1,
};

/**
 * Minimum precision and recall per scope (a locale, or `all`) and per relation type or `overall`. A
 * precision of 1.000 over nothing extracted is vacuous and gets no floor (0).
 */
const FLOORS: Record<string, Floors> = {
  'en-us': {
    BASED_ON: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    ACCREDITS: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    PUBLISHES: { precision: 0.85, recall: 0.51 }, // measured 0.875 / 0.538 (the PSR is kind Standard from its head word "Requirements")
    overall: { precision: 0.88, recall: 0.43 }, // measured 0.900 / 0.450
  },
  'de-de': {
    PUBLISHES: { precision: 0.98, recall: 0.23 }, // measured 1.000 / 0.250
    overall: { precision: 0.98, recall: 0.18 }, // measured 1.000 / 0.200
  },
  'nl-nl': {
    BASED_ON: { precision: 0.98, recall: 0.48 }, // measured 1.000 / 0.500
    ACCREDITS: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    PUBLISHES: { precision: 0.98, recall: 0.48 }, // measured 1.000 / 0.500
    overall: { precision: 0.98, recall: 0.51 }, // measured 1.000 / 0.533
  },
  'pl-pl': {
    PUBLISHES: { precision: 0.98, recall: 0.18 }, // measured 1.000 / 0.200
    overall: { precision: 0.98, recall: 0.18 }, // measured 1.000 / 0.200
  },
  'pt-br': {
    BASED_ON: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    PUBLISHES: { precision: 0.98, recall: 0.31 }, // measured 1.000 / 0.333
    overall: { precision: 0.98, recall: 0.48 }, // measured 1.000 / 0.500
  },
  'sv-se': {
    PUBLISHES: { precision: 0.98, recall: 0.15 }, // measured 1.000 / 0.167
    overall: { precision: 0.98, recall: 0.15 }, // measured 1.000 / 0.167
  },
  'ja-jp': {
    BASED_ON: { precision: 0.78, recall: 0.98 }, // measured 0.800 / 1.000 (the title's own standard as its basis)
    ACCREDITS: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    overall: { precision: 0.69, recall: 0.53 }, // measured 0.714 / 0.556 (a guideline's id is its Japanese title)
  },
  'ko-kr': {
    BASED_ON: { precision: 0.98, recall: 0.48 }, // measured 1.000 / 0.500
    ACCREDITS: { precision: 0.98, recall: 0.48 }, // measured 1.000 / 0.500
    PUBLISHES: { precision: 0.98, recall: 0.6 }, // measured 1.000 / 0.625
    overall: { precision: 0.98, recall: 0.48 }, // measured 1.000 / 0.500
  },
  all: {
    BASED_ON: { precision: 0.84, recall: 0.52 }, // measured 0.867 / 0.542
    ACCREDITS: { precision: 0.98, recall: 0.6 }, // measured 1.000 / 0.625
    PUBLISHES: { precision: 0.89, recall: 0.34 }, // measured 0.909 / 0.357
    overall: { precision: 0.89, recall: 0.37 }, // measured 0.905 / 0.384
  },
};

/** Minimum entity discovery recall per scope (expected entities the graph has from their article). */
const ENTITY_FLOORS: Record<string, number> = {
  'en-us': 0.71, // measured 0.733 (33 / 45)
  'de-de': 0.37, // measured 0.389 (7 / 18)
  'nl-nl': 0.64, // measured 0.667 (14 / 21)
  'pl-pl': 0.45, // measured 0.467 (7 / 15)
  'pt-br': 0.58, // measured 0.600 (9 / 15)
  'it-it': 0.45, // measured 0.471 (8 / 17)
  'sv-se': 0.43, // measured 0.455 (10 / 22)
  'ja-jp': 0.61, // measured 0.632 (12 / 19)
  'zh-cn': 0.41, // measured 0.429 (3 / 7)
  'ko-kr': 0.89, // measured 0.909 (20 / 22)
  all: 0.6, // measured 0.612 (123 / 201)
};

describeHeldOut({
  title: 'relation extraction on the fourth held-out set against its gold edge list',
  gold: 'test/fixtures/gold/edges-heldout-4.json',
  contentDir: 'test/fixtures/heldout-4',
  articles: ARTICLES,
  floors: FLOORS,
  entityFloors: ENTITY_FLOORS,
  edges: [],
});

/**
 * Generalisation of relation extraction, measured on a third held-out set: 11 articles in
 * test/fixtures/heldout-3 on offerings that neither content/ nor the earlier held-out sets cover (IRS
 * Publication 1075, NERC CIP, UK G-Cloud, LOPDGDD, KRITIS, RGS, Japan's ISMS conformity assessment,
 * OSPAR, China's cloud service security assessment, the Korean FSI CSP evaluation, the Dutch BIO), in
 * en-us, es-es, de-de, fr-fr, ja-jp, zh-cn, ko-kr and nl-nl (a language the extractor has no tables
 * for). Written blind on 2026-12-07 by a helper that did not read src/ingest nor run the extractor:
 * the articles and the gold list (test/fixtures/gold/edges-heldout-3.json) came before any run.
 * Scored with the product's lexicon (content/lexicon) as it is, counting as the other gold tests do
 * (test/helpers/gold.ts). First measured scores, blind, at commit 7324f7f: precision 0.667 / recall
 * 0.136 (12 of 88 gold edges, 6 false positives), entity discovery 0.490 (73 / 149). Only the
 * aggregate scores and the list of missing entities were read when it was first run; the edge
 * lists (false positives and negatives) were not. The same session, work guided by the categories of
 * those missing entities (bodies named without an acronym, designation ranges, statutes, tier runs)
 * and by the set's languages (Dutch, Polish, Swedish, Turkish, Russian cue tables), written and
 * tested on other sentences: P 0.762 / R 0.182, entity discovery 0.537. The set is partly exposed from
 * then on. Then two helpers raised sets 1 and 2 a lot from their own failure lists (set 1 P 0.787 →
 * 0.903, R 0.435 → 0.659; set 2 P 0.833 → 0.950, R 0.179 → 0.452); on this set the same work gave one
 * more true edge and two more false ones (an accreditation of certification bodies attributed to the
 * described offering instead of the scheme they certify; a Chinese ordinal level of another,
 * unknown scheme tied to the described one): P 0.708 / R 0.193, entity discovery 0.544 — gains on
 * the sets one looks at transfer poorly. Floors sit just below the latest scores and guard against
 * regressions only.
 */

import type { Floors } from '../helpers/gold.ts';
import { describeHeldOut } from '../helpers/heldout.ts';

/** Articles per locale in the third held-out set. */
const ARTICLES: Record<string, number> = {
  'en-us': 3,
  'es-es': 1,
  'de-de': 1,
  'fr-fr': 1,
  'ja-jp': 2,
  'zh-cn': 1,
  'ko-kr': 1,
  'nl-nl': 1,
};

/**
 * Minimum precision and recall per scope (a locale, or `all`) and per relation type or `overall`. A
 * precision of 1.000 over nothing extracted is vacuous and gets no floor (0).
 */
const FLOORS: Record<string, Floors> = {
  'en-us': {
    ACCREDITS: { precision: 0.98, recall: 0.3 }, // measured 1.000 / 0.333
    PUBLISHES: { precision: 0.98, recall: 0.3 }, // measured 1.000 / 0.333
    overall: { precision: 0.55, recall: 0.16 }, // measured 0.571 / 0.182
  },
  'de-de': {
    overall: { precision: 0.98, recall: 0.18 }, // measured 1.000 / 0.200
  },
  'fr-fr': {
    overall: { precision: 0.98, recall: 0.08 }, // measured 1.000 / 0.100
  },
  'ja-jp': {
    BASED_ON: { precision: 0.98, recall: 0.4 }, // measured 1.000 / 0.429
    overall: { precision: 0.98, recall: 0.36 }, // measured 1.000 / 0.385
  },
  'zh-cn': {
    overall: { precision: 0.23, recall: 0.05 }, // measured 0.250 / 0.063
  },
  'nl-nl': {
    BASED_ON: { precision: 0.98, recall: 0.64 }, // measured 1.000 / 0.667
    PART_OF: { precision: 0.98, recall: 0.73 }, // measured 1.000 / 0.750
    overall: { precision: 0.98, recall: 0.4 }, // measured 1.000 / 0.417
  },
  all: {
    BASED_ON: { precision: 0.98, recall: 0.31 }, // measured 1.000 / 0.333
    ACCREDITS: { precision: 0.65, recall: 0.18 }, // measured 0.667 / 0.200
    PUBLISHES: { precision: 0.76, recall: 0.16 }, // measured 0.778 / 0.171
    PART_OF: { precision: 0.41, recall: 0.15 }, // measured 0.429 / 0.167
    overall: { precision: 0.69, recall: 0.18 }, // measured 0.708 / 0.193
  },
};

/** Minimum entity discovery recall per scope (expected entities the graph has from their article). */
const ENTITY_FLOORS: Record<string, number> = {
  'en-us': 0.47, // measured 0.489 (23 / 47)
  'es-es': 0.82, // measured 0.846 (11 / 13)
  'de-de': 0.36, // measured 0.385 (5 / 13)
  'fr-fr': 0.38, // measured 0.400 (6 / 15)
  'ja-jp': 0.77, // measured 0.789 (15 / 19)
  'zh-cn': 0.38, // measured 0.400 (6 / 15)
  'ko-kr': 0.64, // measured 0.667 (6 / 9)
  'nl-nl': 0.48, // measured 0.500 (9 / 18)
  all: 0.52, // measured 0.544 (81 / 149)
};

describeHeldOut({
  title: 'relation extraction on the third held-out set against its gold edge list',
  gold: 'test/fixtures/gold/edges-heldout-3.json',
  contentDir: 'test/fixtures/heldout-3',
  articles: ARTICLES,
  floors: FLOORS,
  entityFloors: ENTITY_FLOORS,
  edges: [],
});

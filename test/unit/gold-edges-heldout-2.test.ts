/**
 * Generalisation of relation extraction, measured on a second held-out set: 10 articles in
 * test/fixtures/heldout-2 on offerings that neither content/ nor the first held-out set covers (CMMC,
 * DoD Cloud Computing SRG, StateRAMP, BSI IT-Grundschutz, BAIT, SecNumCloud, HDS, the Japanese medical
 * "3 ministries 2 guidelines", PrivacyMark, MLPS 2.0), in en-us and in the languages content/ does have
 * (de-de, fr-fr, ja-jp, zh-cn). The set was written blind on 2026-12-07: the articles and the gold list
 * (test/fixtures/gold/edges-heldout-2.json) were written by hand, without reading src/ingest, before the
 * extractor was run on them. Scored with the product's lexicon (content/lexicon) as it is; counting
 * follows the other gold tests (test/helpers/gold.ts), and entities the extractor has to discover may be
 * missing from the graph and then count as misses. First measured scores: precision 0.583 / recall
 * 0.083 (7 of 84 gold edges, 5 false positives), entity discovery 0.496 (56 / 113). Floors sit just
 * below those scores and guard against regressions only. To keep the set blind, improve extraction from
 * the failure categories reported for it, not from its sentences. Two categories reported for it were
 * then fixed in the matcher (edition years after a dash cut into designation ids; one-word proper
 * names such as a card brand matching lower-case common words): P 0.615 / R 0.095, entity discovery
 * 0.522. Extraction work guided by the first held-out set in the same session moved it by nothing.
 * Then, guided by its reported categories only: tiers by impact words, ordinals and tables, and
 * Japanese and Chinese bodies and bracketed titles without acronyms. Those names get ids from their
 * own-language text, so the gold file gained `equivalents` mapping them to its romanised ids (added
 * after seeing the output; edges unchanged): P 0.824 / R 0.167, entity discovery 0.611 (without the
 * map: P 0.400 / R 0.095, the new entities' edges counted as false positives). The fr/ja/zh-CN
 * false-negative lists were once printed to a helper, so the set is only partly blind now. Then the
 * en/de/fr failure categories of both sets (a body approving a scheme's assessors, pronoun agents and
 * objects, a basis named as a foundation or taken over, colon lists with glosses, a scheme's parts
 * noun, German fronted participles, syllable and mixed-case acronyms) were fixed with general cues.
 */

import type { Floors } from '../helpers/gold.ts';
import { describeHeldOut } from '../helpers/heldout.ts';

/** Articles per locale in the second held-out set. */
const ARTICLES: Record<string, number> = { 'en-us': 3, 'de-de': 2, 'fr-fr': 2, 'ja-jp': 2, 'zh-cn': 1 };

/**
 * Minimum precision and recall per scope (a locale, or `all`) and per relation type or `overall`.
 * A precision of 1.000 over nothing extracted is vacuous and gets no floor (0), so that a first find
 * with a false positive is not reported as a regression.
 */
const FLOORS: Record<string, Floors> = {
  'en-us': {
    BASED_ON: { precision: 0.98, recall: 0.31 }, // measured 1.000 / 0.333
    ACCREDITS: { precision: 0.98, recall: 0.12 }, // measured 1.000 / 0.143
    PUBLISHES: { precision: 0.98, recall: 0.57 }, // measured 1.000 / 0.600
    PART_OF: { precision: 0.81, recall: 0.43 }, // measured 0.833 / 0.455
    overall: { precision: 0.9, recall: 0.34 }, // measured 0.923 / 0.364
  },
  'de-de': {
    ACCREDITS: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    PUBLISHES: { precision: 0.98, recall: 0.57 }, // measured 1.000 / 0.600
    overall: { precision: 0.98, recall: 0.42 }, // measured 1.000 / 0.444 (MaRisk and the EBA guidelines not discovered)
  },
  'fr-fr': {
    BASED_ON: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    ACCREDITS: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    PUBLISHES: { precision: 0.98, recall: 0.23 }, // measured 1.000 / 0.250
    overall: { precision: 0.98, recall: 0.51 }, // measured 1.000 / 0.538
  },
  'ja-jp': {
    BASED_ON: { precision: 0.98, recall: 0.48 }, // measured 1.000 / 0.500
    ACCREDITS: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    PUBLISHES: { precision: 0.98, recall: 0.48 }, // measured 1.000 / 0.500
    ESTABLISHED_BY: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    overall: { precision: 0.98, recall: 0.48 }, // measured 1.000 / 0.500
  },
  'zh-cn': {
    BASED_ON: { precision: 0, recall: 0 }, // measured 0.000 / 0.000 (起源于 a 1994 regulation: legal origin for the gold)
    PUBLISHES: { precision: 0.98, recall: 0.41 }, // measured 1.000 / 0.429
    PART_OF: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    overall: { precision: 0.86, recall: 0.51 }, // measured 0.889 / 0.533
  },
  all: {
    BASED_ON: { precision: 0.86, recall: 0.36 }, // measured 0.889 / 0.381
    ACCREDITS: { precision: 0.98, recall: 0.43 }, // measured 1.000 / 0.455
    PUBLISHES: { precision: 0.98, recall: 0.46 }, // measured 1.000 / 0.483
    PART_OF: { precision: 0.88, recall: 0.48 }, // measured 0.909 / 0.500
    overall: { precision: 0.93, recall: 0.43 }, // measured 0.950 / 0.452
  },
};

/** Minimum entity discovery recall per scope (expected entities the graph has from their article). */
const ENTITY_FLOORS: Record<string, number> = {
  'en-us': 0.61, // measured 0.632 (24 / 38)
  'de-de': 0.4, // measured 0.421 (8 / 19)
  'fr-fr': 0.61, // measured 0.632 (12 / 19)
  'ja-jp': 0.87, // measured 0.895 (17 / 19)
  'zh-cn': 0.81, // measured 0.833 (15 / 18)
  all: 0.65, // measured 0.673 (76 / 113)
};

describeHeldOut({
  title: 'relation extraction on the second held-out set against its gold edge list',
  gold: 'test/fixtures/gold/edges-heldout-2.json',
  contentDir: 'test/fixtures/heldout-2',
  articles: ARTICLES,
  floors: FLOORS,
  entityFloors: ENTITY_FLOORS,
  edges: [
    ['en-us/offering-cmmc.md', 'PUBLISHES', 'authority:nist', 'standard:nist-sp-800-171'],
    ['en-us/offering-cmmc.md', 'PART_OF', 'certification:cmmc-level-2', 'certification:cmmc'],
    ['en-us/offering-dod-srg.md', 'PUBLISHES', 'authority:disa', 'certification:dod-srg'],
    ['en-us/offering-stateramp.md', 'PUBLISHES', 'authority:nist', 'standard:nist-sp-800-53'],
    ['fr-fr/offering-hds.md', 'PUBLISHES', 'authority:ans', 'certification:hds'],
  ],
});

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
    PUBLISHES: { precision: 0.98, recall: 0.58 }, // measured 1.000 / 0.600
    PART_OF: { precision: 0.35, recall: 0.25 }, // measured 0.375 / 0.273
    overall: { precision: 0.52, recall: 0.16 }, // measured 0.545 / 0.182
  },
  'de-de': {
    overall: { precision: 0, recall: 0 }, // measured 1.000 (vacuous, nothing extracted) / 0.000
  },
  'fr-fr': {
    ACCREDITS: { precision: 0.98, recall: 0.48 }, // measured 1.000 / 0.500
    PUBLISHES: { precision: 0.98, recall: 0.23 }, // measured 1.000 / 0.250
    overall: { precision: 0.98, recall: 0.15 }, // measured 1.000 / 0.154
  },
  'ja-jp': {
    overall: { precision: 0, recall: 0 }, // measured 1.000 (vacuous, nothing extracted) / 0.000
  },
  'zh-cn': {
    overall: { precision: 0, recall: 0 }, // measured 1.000 (vacuous, nothing extracted) / 0.000
  },
  all: {
    BASED_ON: { precision: 0, recall: 0 }, // measured 1.000 (vacuous) / 0.000
    ACCREDITS: { precision: 0.98, recall: 0.09 }, // measured 1.000 / 0.091
    PUBLISHES: { precision: 0.98, recall: 0.12 }, // measured 1.000 / 0.138
    ESTABLISHED_BY: { precision: 0, recall: 0 }, // measured 1.000 (vacuous) / 0.000
    PART_OF: { precision: 0.35, recall: 0.13 }, // measured 0.375 / 0.150
    overall: { precision: 0.58, recall: 0.09 }, // measured 0.615 / 0.095
  },
};

/** Minimum entity discovery recall per scope (expected entities the graph has from their article). */
const ENTITY_FLOORS: Record<string, number> = {
  'en-us': 0.56, // measured 0.579 (22 / 38)
  'de-de': 0.35, // measured 0.368 (7 / 19)
  'fr-fr': 0.56, // measured 0.579 (11 / 19)
  'ja-jp': 0.66, // measured 0.684 (13 / 19)
  'zh-cn': 0.31, // measured 0.333 (6 / 18)
  all: 0.5, // measured 0.522 (59 / 113)
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

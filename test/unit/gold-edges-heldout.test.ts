/**
 * Generalisation of relation extraction, measured on a held-out set nobody tuned the extractor against:
 * 12 articles in test/fixtures/heldout on offerings content/ does not cover, in en-us and in languages
 * content/ has no articles in (es-es, pt-br, it-it, ko-kr, zh-tw), with a gold list written by hand
 * before the extractor was run on them (test/fixtures/gold/edges-heldout.json). Scored with the
 * product's lexicon (content/lexicon) as it is. Counting follows the other gold tests
 * (test/helpers/gold.ts); entities the extractor has to discover may be missing from the graph and
 * then count as misses. Floors sit just below the latest measured scores: they guard against
 * regressions only, and are expected to go stale upwards. The set was blind when written (P 0.545 /
 * R 0.071); the categories of its failures (not its sentences) then guided general mechanisms, so it
 * is no longer a clean measure of generalisation — a fresh blind set is needed for that.
 */

import type { Floors } from '../helpers/gold.ts';
import { describeHeldOut } from '../helpers/heldout.ts';

/** Articles per locale in the held-out set. */
const ARTICLES: Record<string, number> = { 'en-us': 4, 'es-es': 2, 'pt-br': 2, 'it-it': 1, 'ko-kr': 2, 'zh-tw': 1 };

/**
 * Minimum precision and recall per scope (a locale, or `all`) and per relation type or `overall`.
 * A precision of 1.000 over nothing extracted is vacuous and gets no floor (0), so that a first find
 * with a false positive is not reported as a regression.
 */
const FLOORS: Record<string, Floors> = {
  'en-us': {
    BASED_ON: { precision: 0.98, recall: 0.85 }, // measured 1.000 / 0.875
    ACCREDITS: { precision: 0.98, recall: 0.73 }, // measured 1.000 / 0.750
    PUBLISHES: { precision: 0.98, recall: 0.48 }, // measured 1.000 / 0.500
    ESTABLISHED_BY: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    PART_OF: { precision: 0.58, recall: 0.4 }, // measured 0.600 / 0.429 (HITRUST e1/i1/r2 ids differ from the gold's)
    overall: { precision: 0.87, recall: 0.63 }, // measured 0.895 / 0.654
  },
  'es-es': {
    BASED_ON: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    ACCREDITS: { precision: 0.98, recall: 0.31 }, // measured 1.000 / 0.333
    PUBLISHES: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    ESTABLISHED_BY: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    PART_OF: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    overall: { precision: 0.98, recall: 0.85 }, // measured 1.000 / 0.875
  },
  'pt-br': {
    BASED_ON: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    ACCREDITS: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    PUBLISHES: { precision: 0.98, recall: 0.69 }, // measured 1.000 / 0.714
    overall: { precision: 0.98, recall: 0.85 }, // measured 1.000 / 0.875
  },
  'it-it': {
    ACCREDITS: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    overall: { precision: 0.31, recall: 0.18 }, // measured 0.333 / 0.200 (PART_OF acn-cloud-qc1..4 against the gold's acn-qc1..4 ids)
  },
  'ko-kr': {
    ACCREDITS: { precision: 0.98, recall: 0.73 }, // measured 1.000 / 0.750 (KISA → K-ISMS from "KISA로부터 … 인증을 받았습니다": doubtful, left)
    PART_OF: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000 (상·중·하 등급 as Low / Moderate / High)
    overall: { precision: 0.98, recall: 0.48 }, // measured 1.000 / 0.500
  },
  'zh-tw': {
    BASED_ON: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    ACCREDITS: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    PUBLISHES: { precision: 0.98, recall: 0.48 }, // measured 1.000 / 0.500
    overall: { precision: 0.98, recall: 0.78 }, // measured 1.000 / 0.800 (ESTABLISHED_BY acs → moda: CJK bodies, ids from their linked sites)
  },
  all: {
    BASED_ON: { precision: 0.98, recall: 0.81 }, // measured 1.000 / 0.833
    ACCREDITS: { precision: 0.98, recall: 0.71 }, // measured 1.000 / 0.733
    PUBLISHES: { precision: 0.98, recall: 0.52 }, // measured 1.000 / 0.538
    ESTABLISHED_BY: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    PART_OF: { precision: 0.58, recall: 0.5 }, // measured 0.600 / 0.529
    overall: { precision: 0.89, recall: 0.65 }, // measured 0.905 / 0.671
  },
};

/** Minimum entity discovery recall per scope (expected entities the graph has from their article). */
const ENTITY_FLOORS: Record<string, number> = {
  'en-us': 0.78, // measured 0.800 (24 / 30)
  'es-es': 0.92, // measured 0.941 (16 / 17)
  'pt-br': 0.88, // measured 0.905 (19 / 21)
  'it-it': 0.38, // measured 0.400 (4 / 10)
  'ko-kr': 0.79, // measured 0.813 (13 / 16)
  'zh-tw': 0.75, // measured 0.778 (7 / 9)
  all: 0.78, // measured 0.806 (83 / 103)
};

describeHeldOut({
  title: 'relation extraction on held-out articles against their gold edge list',
  gold: 'test/fixtures/gold/edges-heldout.json',
  contentDir: 'test/fixtures/heldout',
  articles: ARTICLES,
  floors: FLOORS,
  entityFloors: ENTITY_FLOORS,
  edges: [
    ['en-us/offering-hitrust-csf.md', 'ACCREDITS', 'authority:hitrust', 'certification:hitrust-csf'],
    ['es-es/offering-iso-20000-1.md', 'BASED_ON', 'certification:iso-20000-1', 'standard:iso-iec-20000-1'],
    ['pt-br/offering-lgpd.md', 'BASED_ON', 'standard:iso-iec-27701', 'standard:iso-iec-27001'],
    ['pt-br/offering-iso-9001.md', 'BASED_ON', 'certification:iso-9001', 'standard:iso-9001'],
    ['ko-kr/offering-csap.md', 'ACCREDITS', 'authority:kisa', 'certification:csap'],
  ],
});

/**
 * Precision and recall of relation extraction in other languages against a hand-read gold edge list
 * (test/fixtures/gold/edges-i18n.json: every de-de, fr-fr and zh-cn article and the richest ja-jp ones),
 * scored per locale and over all of them, per relation type where a locale has enough gold edges.
 * Counting follows the English gold test (test/helpers/gold.ts). Floors sit just below the scores
 * measured when the list was written, so a regression fails while improvements pass; raise them when
 * extraction gets better.
 */
import { describe, expect, it } from 'vitest';
import { dryRun } from '../../seed/run.ts';
import { ROOT } from '../helpers/extract.ts';
import {
  expectErrorsPerLocale,
  expectGoldEdge,
  expectScopeFloors,
  expectWellFormed,
  extractedEdges,
  type Floors,
  key,
  keyLocale,
  loadGold,
  scoresByLocale,
} from '../helpers/gold.ts';

const gold = loadGold('test/fixtures/gold/edges-i18n.json');

const LOCALES = ['de-de', 'fr-fr', 'zh-cn', 'ja-jp'];

/** Minimum precision and recall per scope (a locale, or `all`) and per relation type or `overall`. */
const FLOORS: Record<string, Floors> = {
  'de-de': {
    BASED_ON: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    PUBLISHES: { precision: 0.98, recall: 0.88 }, // measured 1.000 / 0.905
    overall: { precision: 0.98, recall: 0.94 }, // measured 1.000 / 0.968
  },
  'fr-fr': {
    BASED_ON: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    PUBLISHES: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    overall: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
  },
  'zh-cn': {
    BASED_ON: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    PUBLISHES: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    overall: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
  },
  'ja-jp': {
    BASED_ON: { precision: 0.98, recall: 0.85 }, // measured 1.000 / 0.870
    ACCREDITS: { precision: 0.98, recall: 0.75 }, // measured 1.000 / 0.769
    PUBLISHES: { precision: 0.98, recall: 0.9 }, // measured 1.000 / 0.921
    ESTABLISHED_BY: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    PART_OF: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    overall: { precision: 0.98, recall: 0.88 }, // measured 1.000 / 0.899
  },
  all: {
    BASED_ON: { precision: 0.98, recall: 0.93 }, // measured 1.000 / 0.951
    ACCREDITS: { precision: 0.98, recall: 0.86 }, // measured 1.000 / 0.880
    PUBLISHES: { precision: 0.98, recall: 0.93 }, // measured 1.000 / 0.950
    ESTABLISHED_BY: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    PART_OF: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
    overall: { precision: 0.98, recall: 0.93 }, // measured 1.000 / 0.952
  },
};

describe('relation extraction in other languages against the gold edge list', () => {
  const { document } = dryRun({ rootDir: ROOT, contentDirs: ['content'], lexiconDirs: ['content/lexicon'] });
  const extractedKeys = new Set(extractedEdges(document, gold).map(key));
  const goldKeys = new Set(gold.edges.map(key));
  const scopes = scoresByLocale(gold, goldKeys, extractedKeys, LOCALES);

  it('has a well-formed gold list whose endpoints are entities of the graph', () => {
    const articlesOf = (locale: string) => gold.articles.filter((a) => keyLocale(a) === locale).length;
    expect(articlesOf('de-de')).toBe(7);
    expect(articlesOf('fr-fr')).toBe(7);
    expect(articlesOf('zh-cn')).toBe(7);
    expect(articlesOf('ja-jp')).toBeGreaterThanOrEqual(10);
    expect(gold.articles.every((a) => LOCALES.includes(keyLocale(a)))).toBe(true);
    expectWellFormed(gold, document);
    for (const a of gold.articles)
      expect(
        gold.edges.some((e) => e.article === a),
        a,
      ).toBe(true);
  });

  it('keeps precision and recall above their floors per locale and overall', () => {
    expectScopeFloors(scopes, FLOORS);
  });

  it.each([
    ['de-de/offering-c5.md', 'PUBLISHES', 'authority:bsi', 'certification:c5'],
    ['de-de/offering-ismap.md', 'BASED_ON', 'standard:jis-q-27001', 'standard:iso-iec-27001'],
    ['de-de/offering-iso-27017.md', 'PART_OF', 'certification:cs-gold-mark', 'certification:cs-mark'],
    ['fr-fr/offering-iso-27001.md', 'PUBLISHES', 'authority:iso-iec-jtc-1-sc-27', 'standard:iso-iec-27001'],
    ['fr-fr/offering-cs-gold-mark.md', 'ACCREDITS', 'authority:jasa', 'certification:cs-mark'],
    ['zh-cn/offering-soc-2.md', 'PUBLISHES', 'authority:aicpa', 'certification:soc-2'],
    ['zh-cn/offering-ismap.md', 'PUBLISHES', 'authority:nisc', 'standard:government-unified-standards'],
    ['ja-jp/offering-cs-gold-mark.md', 'ESTABLISHED_BY', 'authority:jasa', 'authority:meti'],
    ['ja-jp/offering-mtcs.md', 'ACCREDITS', 'authority:sac', 'certification:mtcs'],
    ['ja-jp/offering-fedramp.md', 'PUBLISHES', 'authority:nist', 'standard:fips-199'],
  ])('extracts the gold edge %s: %s %s → %s', (article, type, from, to) => {
    expectGoldEdge({ article, type, from, to }, goldKeys, extractedKeys);
  });

  it('writes the false positives and false negatives per locale for the report', () => {
    expectErrorsPerLocale(goldKeys, extractedKeys, scopes, LOCALES);
  });
});

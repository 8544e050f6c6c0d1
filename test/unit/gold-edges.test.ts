/**
 * Precision and recall of relation extraction against a hand-read gold edge list
 * (test/fixtures/gold/edges.json). For each gold article, an extracted relation counts when it is one
 * of the scored types and carries evidence quoted from that article; lexicon-only evidence does not
 * count. Floors sit just below the scores measured when the gold list was written, so a regression
 * fails while improvements pass; raise them when extraction gets better.
 */
import { describe, expect, it } from 'vitest';
import { dryRun } from '../../seed/run.ts';
import { ROOT } from '../helpers/extract.ts';
import {
  errors,
  expectFloors,
  expectGoldEdge,
  expectWellFormed,
  extractedEdges,
  type Floors,
  key,
  loadGold,
  scoreByType,
  scoreRows,
} from '../helpers/gold.ts';

const gold = loadGold('test/fixtures/gold/edges.json');

/** Minimum precision and recall per relation type and overall. */
const FLOORS: Floors = {
  BASED_ON: { precision: 0.98, recall: 0.95 }, // measured 1.000 / 0.970
  ACCREDITS: { precision: 0.98, recall: 0.86 }, // measured 1.000 / 0.882
  PUBLISHES: { precision: 0.98, recall: 0.92 }, // measured 1.000 / 0.926 (a document noun refers to the standard named before it)
  ESTABLISHED_BY: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
  PART_OF: { precision: 0.98, recall: 0.98 }, // measured 1.000 / 1.000
  overall: { precision: 0.98, recall: 0.94 }, // measured 1.000 / 0.957
};

describe('relation extraction against the gold edge list', () => {
  const { document } = dryRun({ rootDir: ROOT, contentDirs: ['content'], lexiconDirs: ['content/lexicon'] });
  const extractedKeys = new Set(extractedEdges(document, gold).map(key));
  const goldKeys = new Set(gold.edges.map(key));
  const scores = scoreByType(gold.types, goldKeys, extractedKeys);

  it('has a well-formed gold list whose endpoints are entities of the graph', () => {
    expect(gold.articles.length).toBeGreaterThanOrEqual(12);
    expectWellFormed(gold, document);
  });

  it('keeps precision and recall above their floors', () => {
    console.table(scoreRows(scores));
    expectFloors(scores, FLOORS);
  });

  it.each([
    ['en-us/offering-iso-27018.md', 'BASED_ON', 'certification:iso-27018', 'standard:iso-iec-27018'],
    ['en-us/offering-iso-27018.md', 'BASED_ON', 'standard:iso-iec-27018', 'standard:iso-iec-27002'],
    ['en-us/offering-cs-gold-mark.md', 'ACCREDITS', 'authority:jasa', 'certification:cs-mark'],
    ['en-us/offering-cs-gold-mark.md', 'ESTABLISHED_BY', 'authority:jasa', 'authority:meti'],
    ['en-us/offering-cs-gold-mark.md', 'PART_OF', 'certification:cs-gold-mark', 'certification:cs-mark'],
    ['en-us/offering-cs-gold-mark.md', 'BASED_ON', 'certification:cs-mark', 'standard:iso-iec-27017'],
    ['en-us/offering-ismap.md', 'BASED_ON', 'standard:jis-q-27017', 'standard:iso-iec-27017'],
    ['en-us/offering-c5.md', 'PUBLISHES', 'authority:bsi', 'certification:c5'],
    ['en-us/offering-mtcs.md', 'ACCREDITS', 'authority:sac', 'certification:mtcs'],
  ])('extracts the gold edge %s: %s %s → %s', (article, type, from, to) => {
    expectGoldEdge({ article, type, from, to }, goldKeys, extractedKeys);
  });

  it('writes the false positives and false negatives for the report', () => {
    const { fps, fns } = errors(goldKeys, extractedKeys);
    console.log(`false positives (${fps.length}):\n${fps.join('\n')}`);
    console.log(`false negatives (${fns.length}):\n${fns.join('\n')}`);
    expect(fps.length).toBe(scores.get('overall')?.fp);
    expect(fns.length).toBe(scores.get('overall')?.fn);
  });
});

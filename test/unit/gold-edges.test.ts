/**
 * Precision and recall of relation extraction against a hand-read gold edge list
 * (test/fixtures/gold/edges.json). For each gold article, an extracted relation counts when it is one
 * of the scored types and carries evidence quoted from that article; lexicon-only evidence does not
 * count. Floors sit just below the scores measured when the gold list was written, so a regression
 * fails while improvements pass; raise them when extraction gets better.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dryRun } from '../../seed/run.ts';
import { ROOT } from '../helpers/extract.ts';

interface GoldEdge {
  article: string;
  type: string;
  from: string;
  to: string;
}

interface GoldFile {
  types: string[];
  articles: string[];
  edges: GoldEdge[];
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

const gold = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/gold/edges.json'), 'utf8')) as GoldFile;

/** Minimum precision and recall per relation type and overall. */
const FLOORS: Record<string, { precision: number; recall: number }> = {
  BASED_ON: { precision: 0.82, recall: 0.64 },
  ACCREDITS: { precision: 0.89, recall: 0.62 },
  PUBLISHES: { precision: 0.8, recall: 0.61 },
  ESTABLISHED_BY: { precision: 0.88, recall: 0.98 },
  PART_OF: { precision: 0.98, recall: 0.45 },
  overall: { precision: 0.84, recall: 0.63 },
};

const key = (e: GoldEdge) => `${e.article}|${e.type}|${e.from}|${e.to}`;

function score(goldKeys: Set<string>, found: Set<string>): Score {
  let tp = 0;
  for (const k of found) if (goldKeys.has(k)) tp++;
  const fp = found.size - tp;
  const fn = goldKeys.size - tp;
  return {
    tp,
    fp,
    fn,
    precision: found.size === 0 ? 1 : tp / found.size,
    recall: goldKeys.size === 0 ? 1 : tp / goldKeys.size,
  };
}

describe('relation extraction against the gold edge list', () => {
  const { document } = dryRun({ rootDir: ROOT, contentDirs: ['content'], lexiconDirs: ['content/lexicon'] });
  const types = new Set(gold.types);
  const articles = new Set(gold.articles);

  const extracted: GoldEdge[] = [];
  for (const r of document.relationships) {
    if (!types.has(r.type)) continue;
    const from = new Set(r.evidence.map((e) => e.article).filter((a) => articles.has(a)));
    for (const article of from) extracted.push({ article, type: r.type, from: r.start, to: r.end });
  }
  const extractedKeys = new Set(extracted.map(key));
  const goldKeys = new Set(gold.edges.map(key));

  const scores = new Map<string, Score>();
  for (const type of gold.types) {
    const ofType = (keys: Set<string>) => new Set([...keys].filter((k) => k.split('|')[1] === type));
    scores.set(type, score(ofType(goldKeys), ofType(extractedKeys)));
  }
  scores.set('overall', score(goldKeys, extractedKeys));

  it('has a well-formed gold list whose endpoints are entities of the graph', () => {
    const nodeIds = new Set(document.nodes.map((n) => n.id));
    expect(gold.articles.length).toBeGreaterThanOrEqual(12);
    expect(goldKeys.size).toBe(gold.edges.length);
    for (const e of gold.edges) {
      expect(articles.has(e.article), key(e)).toBe(true);
      expect(types.has(e.type), key(e)).toBe(true);
      expect(nodeIds.has(e.from), `${key(e)}: unknown ${e.from}`).toBe(true);
      expect(nodeIds.has(e.to), `${key(e)}: unknown ${e.to}`).toBe(true);
    }
    for (const a of gold.articles)
      expect(document.relationships.some((r) => r.evidence.some((x) => x.article === a))).toBe(true);
  });

  it('keeps precision and recall above their floors', () => {
    const rows = [...scores].map(([type, s]) => ({
      type,
      tp: s.tp,
      fp: s.fp,
      fn: s.fn,
      precision: s.precision.toFixed(3),
      recall: s.recall.toFixed(3),
    }));
    console.table(rows);
    for (const [type, floor] of Object.entries(FLOORS)) {
      const s = scores.get(type);
      expect(s, type).toBeDefined();
      expect(s?.precision, `${type} precision`).toBeGreaterThanOrEqual(floor.precision);
      expect(s?.recall, `${type} recall`).toBeGreaterThanOrEqual(floor.recall);
    }
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
    const edge = { article, type, from, to };
    expect(goldKeys.has(key(edge)), 'listed in the gold file').toBe(true);
    expect(extractedKeys.has(key(edge)), 'extracted').toBe(true);
  });

  it('writes the false positives and false negatives for the report', () => {
    const fps = [...extractedKeys].filter((k) => !goldKeys.has(k)).sort();
    const fns = [...goldKeys].filter((k) => !extractedKeys.has(k)).sort();
    console.log(`false positives (${fps.length}):\n${fps.join('\n')}`);
    console.log(`false negatives (${fns.length}):\n${fns.join('\n')}`);
    expect(fps.length).toBe(scores.get('overall')?.fp);
    expect(fns.length).toBe(scores.get('overall')?.fn);
  });
});

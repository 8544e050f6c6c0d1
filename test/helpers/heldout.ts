/**
 * The body shared by the held-out gold tests: extraction of one fixture directory with the product's
 * lexicon, scored per locale against a gold list whose entities the extractor may have to discover.
 */
import { describe, expect, it } from 'vitest';
import { dryRun } from '../../seed/run.ts';
import { lexicon, ROOT } from './extract.ts';
import {
  entityRecall,
  expectErrorsPerLocale,
  expectGoldEdge,
  expectScopeFloors,
  expectWellFormedKnown,
  extractedEdges,
  type Floors,
  key,
  keyLocale,
  loadEntityGold,
  loadGold,
  scoresByLocale,
} from './gold.ts';

export interface HeldOutSet {
  /** The describe block's title. */
  title: string;
  /** Gold file, relative to the repository root. */
  gold: string;
  /** Fixture directory of the articles, relative to the repository root. */
  contentDir: string;
  /** Articles per locale. */
  articles: Record<string, number>;
  /** Precision and recall floors per scope (a locale, or `all`). */
  floors: Record<string, Floors>;
  /** Entity discovery recall floors per scope. */
  entityFloors: Record<string, number>;
  /** Gold edges that must be extracted: [article, type, from, to]. */
  edges: Array<[string, string, string, string]>;
}

export function describeHeldOut(set: HeldOutSet): void {
  const gold = loadGold(set.gold);
  const entities = loadEntityGold(set.gold);
  const LOCALES = Object.keys(set.articles);
  describe(set.title, () => {
    const { document } = dryRun({ rootDir: ROOT, contentDirs: [set.contentDir], lexiconDirs: ['content/lexicon'] });
    const extractedKeys = new Set(extractedEdges(document, gold).map(key));
    const goldKeys = new Set(gold.edges.map(key));
    const scopes = scoresByLocale(gold, goldKeys, extractedKeys, LOCALES);

    it('has a well-formed gold list whose lexicon endpoints are entities of the graph', () => {
      for (const [locale, n] of Object.entries(set.articles))
        expect(gold.articles.filter((a) => keyLocale(a) === locale).length, locale).toBe(n);
      expect(gold.articles.every((a) => LOCALES.includes(keyLocale(a)))).toBe(true);
      expectWellFormedKnown(gold, document, (id) => lexicon.byId.has(id));
      for (const a of gold.articles) {
        expect(
          gold.edges.some((e) => e.article === a),
          a,
        ).toBe(true);
        expect(entities[a]?.length ?? 0, `${a} entities`).toBeGreaterThan(0);
      }
      expect(Object.keys(entities).sort()).toEqual([...gold.articles].sort());
    });

    it('keeps precision and recall above their floors per locale and overall', () => {
      expectScopeFloors(scopes, set.floors);
    });

    it('keeps entity discovery recall above its floors', () => {
      const rows = [...LOCALES, 'all'].map((scope) => {
        const s = entityRecall(entities, document, (a) => scope === 'all' || keyLocale(a) === scope, gold.equivalents);
        return { scope, found: s.found, total: s.total, recall: s.recall.toFixed(3) };
      });
      console.table(rows);
      console.log(
        `missing entities:\n${entityRecall(entities, document, undefined, gold.equivalents).missing.join('\n')}`,
      );
      for (const [scope, floor] of Object.entries(set.entityFloors)) {
        const s = entityRecall(entities, document, (a) => scope === 'all' || keyLocale(a) === scope, gold.equivalents);
        expect(s.recall, `${scope} entity recall`).toBeGreaterThanOrEqual(floor);
      }
    });

    it.each(set.edges)('extracts the gold edge %s: %s %s → %s', (article, type, from, to) => {
      expectGoldEdge({ article, type, from, to }, goldKeys, extractedKeys);
    });

    it('writes the false positives and false negatives per locale for the report', () => {
      expectErrorsPerLocale(goldKeys, extractedKeys, scopes, LOCALES);
    });
  });
}

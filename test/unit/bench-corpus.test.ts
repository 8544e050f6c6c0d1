/**
 * The benchmark's synthetic corpus: deterministic from its seed, exactly the requested size, within
 * the shape (locales, 2–6 standards, 1–4 authorities, 3–40 services, standards DAG up to six
 * levels), and read by the real ingest code into the facts it was written to state.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, renderCorpus } from '../../bench/corpus/generate.ts';
import { buildWorld, type Standard } from '../../bench/corpus/world.ts';
import { dryRun } from '../../seed/run.ts';
import { ROOT_DIR } from '../../src/config.ts';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'cg-bench-corpus-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function treeHash(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(path.relative(dir, p)).update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex');
}

describe('synthetic corpus', () => {
  it('is byte-identical for the same seed and differs for another seed', () => {
    const [a, b, c] = [tmp(), tmp(), tmp()];
    generateCorpus(a, { articles: 40, seed: 5 });
    generateCorpus(b, { articles: 40, seed: 5 });
    generateCorpus(c, { articles: 40, seed: 6 });
    expect(treeHash(a)).toBe(treeHash(b));
    expect(treeHash(a)).not.toBe(treeHash(c));
  });

  it.each([1, 7, 100, 1000])('writes exactly %i articles', (n) => {
    const world = buildWorld({ articles: n, seed: 11 });
    expect(world.articleCount).toBe(n);
    expect(world.offerings.reduce((k, o) => k + o.locales.length, 0)).toBe(n);
  });

  it('keeps the lexicon near a fixed size under growing corpora when asked (lexiconFor)', () => {
    const fixed = [300, 2000].map((n) => generateCorpus(tmp(), { articles: n, seed: 7, lexiconFor: 300 }));
    const grown = generateCorpus(tmp(), { articles: 2000, seed: 7 });
    const [small, large] = fixed.map((m) => m.lexiconEntries) as [number, number];
    expect(Math.abs(large - small) / small).toBeLessThan(0.15);
    expect(grown.lexiconEntries).toBeGreaterThan(large * 3);
    expect(fixed[1]?.articles).toBe(2000);
  });

  it('has the shape the issue asks for', () => {
    const world = buildWorld({ articles: 1000, seed: 3 });
    const locales = new Set(world.offerings.flatMap((o) => o.locales));
    expect(locales.size).toBeGreaterThanOrEqual(4);
    for (const o of world.offerings) {
      expect(o.standards.length).toBeGreaterThanOrEqual(2);
      expect(o.standards.length).toBeLessThanOrEqual(6);
      expect(o.authorities.length).toBeGreaterThanOrEqual(1);
      expect(o.authorities.length).toBeLessThanOrEqual(4);
      expect(o.services.length).toBeGreaterThanOrEqual(3);
      expect(o.services.length).toBeLessThanOrEqual(40);
      expect(new Set(o.services).size).toBe(o.services.length);
    }
    // Longest BASED_ON chain among standards, counted in standards: exactly six levels.
    const depth = new Map<number, number>();
    const chain = (s: Standard): number => {
      const known = depth.get(s.index);
      if (known !== undefined) return known;
      const d = 1 + Math.max(0, ...s.parents.map((p) => chain(world.standards[p] as Standard)));
      depth.set(s.index, d);
      return d;
    };
    for (const s of world.standards) {
      for (const p of s.parents) expect(p).toBeLessThan(s.index);
      chain(s);
    }
    expect(Math.max(...depth.values())).toBe(6);
  });

  it('states facts the real ingest extracts, in every locale', () => {
    const dir = tmp();
    const m = generateCorpus(dir, { articles: 60, seed: 9 });
    const { document, report } = dryRun({
      rootDir: ROOT_DIR,
      contentDirs: [m.contentDir],
      lexiconDirs: [m.lexiconDir],
    });
    expect(report.rejected).toEqual([]);
    expect(report.articlesRead).toBe(60);
    const found = new Map<string, Set<string>>();
    for (const r of document.relationships) {
      const key = `${r.type}|${r.start}|${r.end}`;
      found.set(key, new Set(r.evidence.map((e) => e.article)));
    }
    const planned = new Map<string, { total: number; missed: string[] }>();
    for (const a of renderCorpus(buildWorld({ articles: 60, seed: 9 }))) {
      const locale = a.path.split('/')[0] as string;
      const p = planned.get(locale) ?? { total: 0, missed: [] };
      for (const [type, start, end] of a.facts) {
        p.total += 1;
        const sources = found.get(`${type}|${start}|${end}`);
        const ok = type === 'DESCRIBES' ? !!sources : !!sources?.has(a.path);
        if (!ok) p.missed.push(`${a.path}: ${type} ${start} → ${end}`);
      }
      planned.set(locale, p);
    }
    expect([...planned.keys()].sort()).toEqual(['de-de', 'en-us', 'fr-fr', 'ja-jp', 'zh-cn']);
    for (const [, p] of planned) {
      expect(p.total).toBeGreaterThan(20);
      // Extraction heuristics may change; the corpus stays useful while nearly every fact is read.
      expect(p.missed.length / p.total, p.missed.slice(0, 5).join('\n')).toBeLessThan(0.02);
    }
  });
});

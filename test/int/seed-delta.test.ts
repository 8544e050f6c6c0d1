/**
 * An entity's derived properties do not depend on how its sources were batched: refreshed by deltas
 * (claimDelta + REFRESH_ENTITY_DELTA, one source per batch after the first) they equal what a full
 * refresh over all claims gives (every source in one batch), lookup keys included — through writes,
 * lexicon sources between articles, replacements and retractions. Random sources from a seeded
 * generator; two id prefixes unique to this file, one per way of batching.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { retractSources, type SourceFacts, writeSources } from '../../src/graph/seed-store.ts';
import type { GraphNode } from '../../src/ingest/types.ts';
import { testGraph, uniquePrefix } from '../helpers/graph.ts';

const graph = testGraph();
const base = uniquePrefix('delta');
const ENTITIES = 6;
const SOURCES = 40;

/** mulberry32: a small deterministic generator, so a failure reproduces. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES: Record<string, string[]> = {
  en: ['Delta Assurance Scheme', 'Delta Cloud Mark'],
  ja: ['デルタ保証制度', 'デルタクラウドマーク'],
  de: ['Delta-Prüfschema'],
  fr: ['Schéma Delta'],
};

/** The sources of one prefix: the same claims for both prefixes, only ids differ. */
function sources(prefix: string): SourceFacts[] {
  const r = rng(20261207);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const out: SourceFacts[] = [];
  for (let s = 0; s < SOURCES; s++) {
    const curated = r() < 0.15;
    const nodes: GraphNode[] = [];
    for (let e = 0; e < ENTITIES; e++) {
      if (r() < 0.4) continue;
      const properties: GraphNode['properties'] = {};
      const names: Record<string, string> = {};
      for (const l of Object.keys(NAMES)) if (r() < 0.3) names[l] = `${pick(NAMES[l] ?? [])} ${e}`;
      if (Object.keys(names).length) properties.names = names;
      if (curated && r() < 0.7) properties.name = `Curated Delta ${e} ${Math.floor(r() * 2)}`;
      if (r() < 0.3) properties.aliases = [`DA-${e}-${Math.floor(r() * 3)}`, `Delta alias ${Math.floor(r() * 2)}`];
      for (const k of ['acronym', 'designation', 'type', 'kind', 'title']) {
        if (r() < 0.15) properties[k] = `${k}-${e}-${Math.floor(r() * 3)}`;
      }
      if (r() < 0.3) properties.factEvidence = [`scope: Scope sentence ${Math.floor(r() * 3)}.`];
      if (r() < 0.3) properties.sector = pick(['finance', 'health', 'public sector']);
      nodes.push({ id: `certification:${prefix}-e${e}`, labels: ['Certification'], properties });
    }
    const id = curated ? `lexicon:${prefix}/lexicon-${s}.yaml` : `article:en-us/${prefix}-${s}.md`;
    out.push({
      article: { id, path: `${prefix}-${s}.md`, locale: 'en-US', title: `Source ${s}`, hash: `h${s}` },
      nodes,
      relationships: [],
      candidates: [],
      warnings: [],
      root: `/tmp/${prefix}`,
      curated,
    });
  }
  return out;
}

const oneByOne = { prefix: `${base}-a`, sources: sources(`${base}-a`) };
const allAtOnce = { prefix: `${base}-b`, sources: sources(`${base}-b`) };

/** Every derived property and linked lookup key of a prefix's entities, keyed by entity number. */
async function derived(prefix: string): Promise<Record<string, unknown>> {
  const rows = await graph.read(
    `/* getDeltaTestEntities */ MATCH (n:Entity) WHERE n.id STARTS WITH $start
OPTIONAL MATCH (k:LookupKey)-[:KEY_OF]->(n)
WITH n, k.key AS key ORDER BY key
RETURN n.id AS id, n {.name, .names, .aliases, .acronym, .designation, .type, .kind, .title, .facts,
  .factQuotes, .lookupKeys, .searchText, .curated, .nameRank, .support} AS props, collect(key) AS keys`,
    { start: `certification:${prefix}-` },
  );
  return Object.fromEntries(
    rows.map((r) => [String(r.id).slice(`certification:${prefix}-`.length), { ...(r.props as object), keys: r.keys }]),
  );
}

afterAll(async () => {
  for (const set of [oneByOne, allAtOnce])
    await retractSources(
      graph,
      set.sources.map((s) => s.article.id),
    );
  await graph.close();
});

describe('entity refresh by deltas', () => {
  it('gives the same derived properties as one full refresh', async () => {
    for (const s of oneByOne.sources) await writeSources(graph, [s], []);
    await writeSources(graph, allAtOnce.sources, []);
    const a = await derived(oneByOne.prefix);
    expect(Object.keys(a)).toHaveLength(ENTITIES);
    expect(a).toEqual(await derived(allAtOnce.prefix));
    // The generator exercised what a delta can change: renames by rank and lexicon sources between.
    const ranks = new Set(Object.values(a).map((e) => (e as { nameRank: number }).nameRank));
    expect(ranks.has(0)).toBe(true);
  });

  it('stays equal through replacements and retractions', async () => {
    for (const set of [oneByOne, allAtOnce]) {
      const replaced = set.sources
        .filter((_, i) => i % 5 === 1)
        .map((s) => ({ ...s, article: { ...s.article, hash: 'x' } }));
      const batches = set === oneByOne ? replaced.map((s) => [s]) : [replaced];
      for (const b of batches)
        await writeSources(
          graph,
          b,
          b.map((s) => s.article.id),
        );
      await retractSources(
        graph,
        set.sources.filter((_, i) => i % 7 === 3).map((s) => s.article.id),
      );
    }
    expect(await derived(oneByOne.prefix)).toEqual(await derived(allAtOnce.prefix));
  });
});

/**
 * The store's support contract (src/graph/seed-store.ts): an entity stays while any stored source
 * names it — with claims or only by referring to it — its derived properties follow the sources that
 * are left, and it goes with the last one. Sources are written straight to the store, ids unique to
 * this file.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { retractSources, type SourceFacts, writeSources } from '../../src/graph/seed-store.ts';
import type { GraphNode } from '../../src/ingest/types.ts';
import { testGraph, uniquePrefix } from '../helpers/graph.ts';

const graph = testGraph();
const p = uniquePrefix('support');
const ENTITY = `certification:${p}-scheme`;

function source(name: string, node: GraphNode): SourceFacts {
  const rel = `en-us/${p}-${name}.md`;
  return {
    article: { id: `article:${rel}`, path: rel, locale: 'en-US', title: name, hash: `${name}-1` },
    nodes: [node],
    relationships: [],
    candidates: [],
    warnings: [],
    root: `/tmp/${p}`,
    curated: false,
  };
}

const naming = source('naming', {
  id: ENTITY,
  labels: ['Certification'],
  properties: { names: { en: 'Support Test Scheme' }, acronym: 'STS' },
});
const referring = (n: number) => source(`referring-${n}`, { id: ENTITY, labels: ['Certification'], properties: {} });

async function entity() {
  const rows = await graph.read(
    '/* getSupportTestEntity */ MATCH (n:Entity {id: $id}) RETURN n.name AS name, n.acronym AS acronym, n.support AS support, size(n.claims) AS claims',
    { id: ENTITY },
  );
  return rows[0] as { name: string; acronym: string | null; support: number; claims: number } | undefined;
}

afterAll(async () => {
  await retractSources(
    graph,
    [naming, referring(1), referring(2)].map((s) => s.article.id),
  );
  await graph.close();
});

describe('entity support', () => {
  it('counts every source naming an entity, and a referring source adds no claim', async () => {
    await writeSources(graph, [naming, referring(1)], []);
    await writeSources(graph, [referring(2)], []);
    const e = await entity();
    expect(e).toMatchObject({ name: 'Support Test Scheme', acronym: 'STS', support: 3 });
    const afterNaming = e?.claims ?? 0;
    expect(afterNaming).toBeGreaterThan(0);
    // Rewriting a referring source (replace) leaves support and claims as they were.
    await writeSources(graph, [referring(1)], [referring(1).article.id]);
    expect(await entity()).toMatchObject({ support: 3, claims: afterNaming });
  });

  it('keeps the entity when its naming source goes, derived again from what is left', async () => {
    await retractSources(graph, [naming.article.id]);
    expect(await entity()).toEqual({ name: ENTITY, acronym: null, support: 2, claims: 0 });
  });

  it('deletes the entity with the last source that names it', async () => {
    await retractSources(graph, [referring(1).article.id]);
    expect((await entity())?.support).toBe(1);
    await retractSources(graph, [referring(2).article.id]);
    expect(await entity()).toBeUndefined();
  });
});

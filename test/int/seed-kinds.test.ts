/**
 * Reads take an entity's kind from its id (`<kind>:<slug>`), so the seed must never store an entity
 * under another label: such a batch is refused whole, before anything is written.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { retractSources, type SourceFacts, writeSources } from '../../src/graph/seed-store.ts';
import type { GraphNode } from '../../src/ingest/types.ts';
import { apiClient } from '../helpers/api.ts';
import { testGraph, uniquePrefix } from '../helpers/graph.ts';

const graph = testGraph();
const { gql } = apiClient(graph);
const p = uniquePrefix('kinds');

afterAll(() => graph.close());

function facts(n: string, nodes: GraphNode[]): SourceFacts {
  const path = `${p}/${n}.md`;
  return {
    article: { id: `article:${path}`, path, locale: 'en-US', title: `Kinds ${p}`, hash: `${p}-${n}` },
    nodes,
    relationships: [],
    candidates: [],
    warnings: [],
    root: `${p}-root`,
    curated: false,
  };
}

const node = (id: string, kind: GraphNode['labels'][number]): GraphNode => ({
  id,
  labels: [kind],
  properties: { name: `${id} name` },
});

describe('entity kinds', () => {
  it('refuses a batch storing an entity under a label its id does not name, and writes none of it', async () => {
    const good = facts('good', [node(`standard:${p}-fine`, 'Standard')]);
    const bad = facts('bad', [node(`standard:${p}-odd`, 'Certification')]);
    await expect(writeSources(graph, [good, bad], [])).rejects.toThrow(
      `article:${p}/bad.md: entity "standard:${p}-odd" cannot be stored as a Certification`,
    );
    const rows = await graph.read('/* kindsTestLeftovers */ MATCH (n) WHERE n.id STARTS WITH $p RETURN count(n) AS n', {
      p: `standard:${p}`,
    });
    expect(rows[0]?.n).toBe(0);
  });

  it('serves the kind an entity id names', async () => {
    const id = `standard:${p}-read`;
    const source = facts('read', [node(id, 'Standard')]);
    await writeSources(graph, [source], []);
    const { data, errors } = await gql(
      'query($id: ID!) { node(id: $id) { __typename id } graph(focus: [$id], depth: 0) { nodes { id kind } } }',
      { id },
    );
    expect(errors).toBeUndefined();
    expect(data?.node).toEqual({ __typename: 'Standard', id });
    expect(data?.graph.nodes).toEqual([{ id, kind: 'STANDARD' }]);
    await retractSources(graph, [source.article.id]);
  });
});

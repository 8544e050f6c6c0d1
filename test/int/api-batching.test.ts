/**
 * Relation fields are batched per level: the statement count of a query does not depend on how
 * many items it returns. Uses 50 certifications of its own (one source, retracted afterwards).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retractSources, type SourceFacts, writeSources } from '../../src/graph/seed-store.ts';
import type { GraphNode, GraphRelationship, RelationType } from '../../src/ingest/types.ts';
import { apiClient } from '../helpers/api.ts';
import { testGraph, uniquePrefix } from '../helpers/graph.ts';

const graph = testGraph();
const { gql } = apiClient(graph);
const p = uniquePrefix('batching');
const source = `article:${p}/x.md`;
const N = 50;
const land = `jurisdiction:${p}-land`;

function facts(): SourceFacts {
  const path = `${p}/x.md`;
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  const node = (id: string, kind: GraphNode['labels'][number], name: string) =>
    nodes.push({ id, labels: [kind], properties: { name, names: { en: name } } });
  const rel = (type: RelationType, start: string, end: string) =>
    relationships.push({
      type,
      start,
      end,
      properties: {},
      evidence: [{ article: path, locale: 'en-US', section: 'overview', quote: `${start} ${type} ${end}` }],
    });
  node(land, 'Jurisdiction', `Batchland ${p}`);
  for (const m of [0, 1]) node(`authority:${p}-m${m}`, 'Authority', `Ministry ${m} ${p}`);
  for (let i = 0; i < N; i++) {
    const cert = `certification:${p}-c${String(i).padStart(2, '0')}`;
    const body = `authority:${p}-a${i}`;
    node(cert, 'Certification', `Scheme ${i} ${p}`);
    node(body, 'Authority', `Body ${i} ${p}`);
    rel('APPLIES_IN', cert, land);
    rel('ACCREDITS', body, cert);
    rel('ESTABLISHED_BY', body, `authority:${p}-m${i % 2}`);
  }
  return {
    article: { id: source, path, locale: 'en-US', title: `Batching ${p}`, hash: p },
    nodes,
    relationships,
    candidates: [],
    warnings: [],
    root: `${p}-root`,
    curated: false,
  };
}

beforeAll(async () => {
  await writeSources(graph, [facts()], []);
});

afterAll(async () => {
  await retractSources(graph, [source]);
  await graph.close();
});

async function statements(query: string, first: number) {
  const res = await gql(query, { first, j: land });
  expect(res.errors).toBeUndefined();
  return { count: res.extensions?.cypherStatements, data: res.data };
}

describe('per-level batching', () => {
  it('runs the same statements for 1 and for 50 certifications, three levels deep', async () => {
    const query = `query($first: Int!, $j: String!) {
      certifications(first: $first, filter: { jurisdiction: $j }) {
        totalCount nodes { id name accreditedBy { id name establishedBy { id name } } }
      }
    }`;
    const one = await statements(query, 1);
    const fifty = await statements(query, 50);
    expect(one.data?.certifications.nodes).toHaveLength(1);
    expect(fifty.data?.certifications.nodes).toHaveLength(N);
    expect(fifty.data?.certifications.totalCount).toBe(N);
    for (const c of fifty.data?.certifications.nodes ?? []) {
      expect(c.accreditedBy).toHaveLength(1);
      expect(c.accreditedBy[0].establishedBy).toHaveLength(1);
    }
    // list, ACCREDITS (in), ESTABLISHED_BY (out): the list statement follows both relation levels.
    expect(one.count).toBe(1);
    expect(fifty.count).toBe(one.count);
  });

  it('without lookahead (the node query), runs one statement per level, whatever the list size', async () => {
    const query = `query($first: Int!, $j: String!) {
      certifications(first: $first, filter: { jurisdiction: $j }) { nodes { id } }
    }`;
    const listed: string[] = ((await statements(query, 50)).data?.certifications.nodes ?? []).map(
      (c: { id: string }) => c.id,
    );
    const res = await gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Certification { id accreditedBy { id establishedBy { id } } } } }`,
      { ids: listed },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.nodes).toHaveLength(N);
    // entities, ACCREDITS (in), ESTABLISHED_BY (out).
    expect(res.extensions?.cypherStatements).toBe(3);
  });

  it('batches relations with evidence and their articles the same way', async () => {
    const query = `query($first: Int!, $j: String!) {
      certifications(first: $first, filter: { jurisdiction: $j }) {
        nodes { relations(first: 5) { totalCount edges { node { type from { id } to { name } evidence { quote article { title } } } } } }
      }
    }`;
    const one = await statements(query, 1);
    const fifty = await statements(query, 50);
    const rels = fifty.data?.certifications.nodes[0].relations;
    expect(rels.totalCount).toBe(2);
    expect(rels.edges[0].node.evidence[0].article.title).toBe(`Batching ${p}`);
    expect(one.count).toBe(3);
    expect(fifty.count).toBe(one.count);
  });

  it('caps pages at 100 items', async () => {
    const { data, errors } = await gql(
      '{ certifications(first: 1000) { totalCount pageInfo { hasNextPage } nodes { id } } }',
    );
    expect(errors).toBeUndefined();
    expect(data?.certifications.totalCount).toBeGreaterThan(100);
    expect(data?.certifications.nodes).toHaveLength(100);
    expect(data?.certifications.pageInfo.hasNextPage).toBe(true);
  });
});

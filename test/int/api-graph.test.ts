import { afterAll, describe, expect, it } from 'vitest';
import { apiClient, ids } from '../helpers/api.ts';
import { testGraph } from '../helpers/graph.ts';

const graph = testGraph();
const { gql } = apiClient(graph);

afterAll(() => graph.close());

interface View {
  truncated: boolean;
  nodes: Array<{ id: string; kind: string; name: string; depth: number }>;
  edges: Array<{ id: string; source: string; target: string; type: string; evidenceCount: number }>;
}

const VIEW = 'truncated nodes { id kind name depth } edges { id source target type evidenceCount }';

function expectDrawable(view: View) {
  const nodeIds = new Set(view.nodes.map((n) => n.id));
  expect(nodeIds.size).toBe(view.nodes.length);
  expect(new Set(view.edges.map((e) => e.id)).size).toBe(view.edges.length);
  for (const e of view.edges) {
    expect(nodeIds.has(e.source)).toBe(true);
    expect(nodeIds.has(e.target)).toBe(true);
    expect(e.id).toBe(`${e.source}|${e.type}|${e.target}`);
    expect(e.evidenceCount).toBeGreaterThan(0);
  }
}

describe('graph()', () => {
  it('draws the neighbourhood of a focus, shaped for Cytoscape', async () => {
    const { data, errors, extensions } = await gql(
      `{ graph(focus: ["certification:cs-gold-mark"], depth: 2) { ${VIEW} } }`,
    );
    expect(errors).toBeUndefined();
    // Both levels and the edges among the kept nodes: one statement.
    expect(extensions?.cypherStatements).toBe(1);
    const view: View = data?.graph;
    expectDrawable(view);
    expect(view.truncated).toBe(false);
    expect(view.nodes[0]).toEqual({
      id: 'certification:cs-gold-mark',
      kind: 'CERTIFICATION',
      name: 'CS Gold Mark',
      depth: 0,
    });
    const depth = new Map(view.nodes.map((n) => [n.id, n.depth]));
    expect(depth.get('certification:cs-mark')).toBe(1);
    expect(depth.get('authority:jasa')).toBe(2);
    expect(view.edges.map((e) => e.id)).toContain('certification:cs-gold-mark|PART_OF|certification:cs-mark');
    // Edges among neighbours are drawn too, not only those from the focus.
    expect(
      view.edges.some((e) => e.source !== 'certification:cs-gold-mark' && e.target !== 'certification:cs-gold-mark'),
    ).toBe(true);
    // A drawn node id is a global id.
    const node = await gql('query($id: ID!) { node(id: $id) { id } }', { id: view.nodes[1]?.id });
    expect(node.data?.node.id).toBe(view.nodes[1]?.id);
  });

  it('truncates at the node limit, nearest nodes first', async () => {
    const { data } = await gql(`{ graph(focus: ["certification:cs-gold-mark"], depth: 2, limit: 3) { ${VIEW} } }`);
    const view: View = data?.graph;
    expectDrawable(view);
    expect(view.truncated).toBe(true);
    expect(view.nodes).toHaveLength(3);
    expect(view.nodes.map((n) => n.depth)).toEqual([0, 1, 1]);
  });

  it('filters by kind and relationship type', async () => {
    const { data } = await gql(`{
      services: graph(focus: ["certification:cs-gold-mark"], kinds: [SERVICE]) { ${VIEW} }
      tiers: graph(focus: ["certification:cs-mark"], relationTypes: [PART_OF]) { ${VIEW} }
    }`);
    const services: View = data?.services;
    expectDrawable(services);
    expect(services.nodes.slice(1).every((n) => n.kind === 'SERVICE')).toBe(true);
    expect(ids(services.nodes)).toContain('service:azure');
    const tiers: View = data?.tiers;
    expect(tiers.edges.every((e) => e.type === 'PART_OF')).toBe(true);
    expect(ids(tiers.nodes)).toEqual(
      expect.arrayContaining(['certification:cs-mark', 'certification:cs-gold-mark', 'certification:cs-silver-mark']),
    );
  });

  it('answers NOT_FOUND for unknown focus ids and BAD_USER_INPUT past the bounds', async () => {
    const missing = await gql('{ graph(focus: ["certification:cs-mark", "authority:nope"]) { truncated } }');
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', ids: ['authority:nope'] });
    for (const args of ['depth: 4', 'limit: 0', 'limit: 501']) {
      const { errors } = await gql(`{ graph(focus: ["certification:cs-mark"], ${args}) { truncated } }`);
      expect(errors?.[0]?.extensions?.code, args).toBe('BAD_USER_INPUT');
    }
  });
});

describe('path()', () => {
  it('finds the shortest paths from JASA to ISO/IEC 27002, with their relations', async () => {
    const { data, errors } = await gql(`{ path(from: "authority:jasa", to: "standard:iso-iec-27002") {
      length entities { id } relations { id type from { id } to { id } }
    } }`);
    expect(errors).toBeUndefined();
    const paths = data?.path;
    expect(paths.length).toBeGreaterThan(0);
    const length = paths[0].length;
    expect(length).toBe(3);
    for (const p of paths) {
      expect(p.length).toBe(length);
      expect(p.entities).toHaveLength(length + 1);
      expect(p.entities[0].id).toBe('authority:jasa');
      expect(p.entities.at(-1).id).toBe('standard:iso-iec-27002');
      p.relations.forEach((r: { from: { id: string }; to: { id: string } }, i: number) => {
        const ends = [r.from.id, r.to.id].sort();
        expect(ends).toEqual([p.entities[i].id, p.entities[i + 1].id].sort());
      });
    }
    const through = paths.map((p: { entities: Array<{ id: string }> }) => ids(p.entities).join(' '));
    expect(through).toContain('authority:jasa certification:cs-mark standard:iso-iec-27017 standard:iso-iec-27002');
  });

  it('answers a single empty path from an entity to itself, none beyond maxDepth, NOT_FOUND for unknown ids', async () => {
    const self = await gql('{ path(from: "authority:jasa", to: "authority:jasa") { length entities { id } } }');
    expect(self.data?.path).toEqual([{ length: 0, entities: [{ id: 'authority:jasa' }] }]);
    const short = await gql('{ path(from: "authority:jasa", to: "standard:iso-iec-27002", maxDepth: 1) { length } }');
    expect(short.data?.path).toEqual([]);
    const missing = await gql('{ path(from: "authority:jasa", to: "standard:nope") { length } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const deep = await gql('{ path(from: "authority:jasa", to: "standard:iso-iec-27002", maxDepth: 9) { length } }');
    expect(deep.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('stats', () => {
  it('counts nodes per label and relationships per type', async () => {
    const { data } = await gql('{ stats { labels { label count } relationships { type count } } }');
    const labels = new Map(data?.stats.labels.map((l: { label: string; count: number }) => [l.label, l.count]));
    const kinds = ['Certification', 'Authority', 'Standard', 'Service', 'Jurisdiction'];
    for (const k of kinds) expect(labels.get(k)).toBeGreaterThan(0);
    expect(labels.get('Entity')).toBe(kinds.reduce((s, k) => s + Number(labels.get(k)), 0));
    expect(labels.get('Article')).toBeGreaterThan(0);
    const types = new Map(data?.stats.relationships.map((r: { type: string; count: number }) => [r.type, r.count]));
    expect(types.get('DESCRIBES')).toBeGreaterThan(0);
    expect(types.get('BASED_ON')).toBeGreaterThan(0);
  });
});

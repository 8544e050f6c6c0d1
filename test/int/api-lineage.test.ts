import { afterAll, describe, expect, it } from 'vitest';
import { apiClient, ids } from '../helpers/api.ts';
import { testGraph } from '../helpers/graph.ts';

const graph = testGraph();
const { gql } = apiClient(graph);

afterAll(() => graph.close());

interface Step {
  depth: number;
  direction: string;
  entity: { id: string };
  via: Array<{ type: string; from: { id: string }; to: { id: string } }>;
}

const STEP = 'depth direction entity { id } via { type from { id } to { id } }';
const step = (steps: Step[], id: string) => steps.find((s) => s.entity.id === id);

describe('lineage', () => {
  it('ancestors of ISO/IEC 27017 include ISO/IEC 27002, directly, with the BASED_ON relation', async () => {
    const { data, errors } = await gql(`{ standard(name: "ISO/IEC 27017") {
      basedOn { id } lineage(direction: ANCESTORS) { ${STEP} }
    } }`);
    expect(errors).toBeUndefined();
    expect(ids(data?.standard.basedOn)).toContain('standard:iso-iec-27002');
    const s = step(data?.standard.lineage, 'standard:iso-iec-27002');
    expect(s).toEqual({
      depth: 1,
      direction: 'ANCESTORS',
      entity: { id: 'standard:iso-iec-27002' },
      via: [{ type: 'BASED_ON', from: { id: 'standard:iso-iec-27017' }, to: { id: 'standard:iso-iec-27002' } }],
    });
  });

  it('descendants of ISO/IEC 27002 include the CS Mark through ISO/IEC 27017, and its tiers', async () => {
    const { data, errors } = await gql(`{ standard(id: "standard:iso-iec-27002") {
      derivedBy { id } lineage(direction: DESCENDANTS) { ${STEP} }
    } }`);
    expect(errors).toBeUndefined();
    expect(ids(data?.standard.derivedBy)).toContain('standard:iso-iec-27017');
    const steps: Step[] = data?.standard.lineage;
    const csMark = step(steps, 'certification:cs-mark');
    expect(csMark).toEqual({
      depth: 2,
      direction: 'DESCENDANTS',
      entity: { id: 'certification:cs-mark' },
      via: [
        { type: 'BASED_ON', from: { id: 'standard:iso-iec-27017' }, to: { id: 'standard:iso-iec-27002' } },
        { type: 'BASED_ON', from: { id: 'certification:cs-mark' }, to: { id: 'standard:iso-iec-27017' } },
      ],
    });
    // Its tiers descend from ISO/IEC 27002 too (through the scheme, or directly through 27017).
    for (const tier of ['certification:cs-gold-mark', 'certification:cs-silver-mark']) {
      expect(step(steps, tier)?.depth).toBeLessThanOrEqual(3);
    }
    // Each entity once, nearest first.
    expect(new Set(steps.map((s) => s.entity.id)).size).toBe(steps.length);
    expect(steps.map((s) => s.depth)).toEqual([...steps.map((s) => s.depth)].sort((a, b) => a - b));
  });

  it('a tier’s ancestors include its parent scheme’s', async () => {
    const { data, errors } = await gql(`{ certification(id: "certification:cs-gold-mark") {
      partOf { id } lineage(direction: ANCESTORS, maxDepth: 5) { ${STEP} }
    } }`);
    expect(errors).toBeUndefined();
    expect(data?.certification.partOf.id).toBe('certification:cs-mark');
    const reached = ids(data?.certification.lineage.map((s: Step) => s.entity));
    expect(reached).toEqual(
      expect.arrayContaining(['certification:cs-mark', 'standard:iso-iec-27017', 'standard:iso-iec-27002']),
    );
    expect(step(data?.certification.lineage, 'certification:cs-mark')?.via[0]?.type).toBe('PART_OF');
  });

  it('bounds the depth and answers both directions', async () => {
    const { data } = await gql(`{ standard(id: "standard:iso-iec-27017") {
      one: lineage(direction: DESCENDANTS, maxDepth: 1) { depth }
      both: lineage(direction: BOTH) { direction entity { id } }
    } }`);
    expect(data?.standard.one.every((s: Step) => s.depth === 1)).toBe(true);
    const both: Step[] = data?.standard.both;
    expect(step(both, 'standard:iso-iec-27002')?.direction).toBe('ANCESTORS');
    expect(step(both, 'certification:cs-mark')?.direction).toBe('DESCENDANTS');
    const bad = await gql('{ standard(id: "standard:iso-iec-27017") { lineage(maxDepth: 11) { depth } } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('loads the evidence of lineage relations only when asked, in one statement for all steps', async () => {
    const plain = await gql(`{ standard(id: "standard:iso-iec-27002") {
      lineage(direction: DESCENDANTS) { via { id } }
    } }`);
    const withEvidence = await gql(`{ standard(id: "standard:iso-iec-27002") {
      lineage(direction: DESCENDANTS) { via { id evidenceCount curated evidence { quote article { id } } } }
    } }`);
    expect(withEvidence.errors).toBeUndefined();
    // Two more statements: the evidence of every step's relations, then its articles.
    expect(withEvidence.extensions?.cypherStatements).toBe(plain.extensions?.cypherStatements + 2);
    const via = ((withEvidence.data?.standard.lineage ?? []) as Array<{ via: Array<Record<string, unknown>> }>).flatMap(
      (s) => s.via,
    );
    const basedOn = via.find((r) => r.id === 'standard:iso-iec-27017|BASED_ON|standard:iso-iec-27002') as {
      evidenceCount: number;
      evidence: Array<{ quote: string; article: { id: string } }>;
    };
    expect(basedOn.evidence.length).toBe(basedOn.evidenceCount);
    expect(basedOn.evidence.length).toBeGreaterThan(0);
    expect(basedOn.evidence.every((e) => typeof e.quote === 'string' && e.article.id.length > 0)).toBe(true);
    expect(basedOn.evidence.some((e) => e.quote.includes('27002'))).toBe(true);
  });

  it('gives the same steps, in the same order, whether or not the paths (via) are read', async () => {
    // Without `via` the store reads only the shortest length (a pruning breadth-first expansion), with
    // it the first shortest path by relation ids: the steps and depths must agree.
    type Node = { id: string; lineage: Step[] };
    const read = async (direction: string, fields: string) => {
      const { data, errors } = await gql(`{ certifications(first: 40) { edges { node { id
        lineage(direction: ${direction}, maxDepth: 6) { ${fields} } } } } }`);
      expect(errors).toBeUndefined();
      return (data as { certifications: { edges: Array<{ node: Node }> } }).certifications.edges.map((e) => e.node);
    };
    const steps = (nodes: Node[]) => nodes.map((n) => [n.id, n.lineage.map((s) => [s.entity.id, s.depth])]);
    let total = 0;
    for (const direction of ['ANCESTORS', 'DESCENDANTS']) {
      const bare = await read(direction, 'depth entity { id }');
      const withVia = await read(direction, 'depth entity { id } via { from { id } to { id } }');
      expect(steps(bare)).toEqual(steps(withVia));
      total += bare.flatMap((n) => n.lineage).length;
      // Every path is as long as its depth and leads from the start to the step's entity.
      for (const n of withVia) {
        for (const s of n.lineage) {
          expect(s.via.length).toBe(s.depth);
          const [first, last] = [s.via[0], s.via.at(-1)];
          const ends = direction === 'ANCESTORS' ? [first?.from.id, last?.to.id] : [first?.to.id, last?.from.id];
          expect(ends).toEqual([n.id, s.entity.id]);
        }
      }
    }
    expect(total).toBeGreaterThan(20);
  });
});

/**
 * Lookahead: root lookups and lists read the relation fields selected under them in their own
 * statement. The answers must be exactly those of the per-level loaders, which the `nodes(ids:)`
 * query still uses (it does not look ahead), on the seeded content.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { apiClient } from '../helpers/api.ts';
import { testGraph } from '../helpers/graph.ts';

const graph = testGraph();
const { gql } = apiClient(graph);

afterAll(() => graph.close());

const CERT = `fragment Cert on Certification {
  id name
  accreditedBy { id name establishedBy { id established { id } } accredits { id } }
  issuers: publishedBy { id publishes { id ... on Standard { basedOn { id } } } }
  regulatedBy { id } auditedBy { id }
  basedOn { id ... on Standard { basedOn { id } derivedBy { id } publishedBy { id } } ...Parent }
  derivedBy { id }
  partOf { id parts { id } accreditedBy { id } }
  parts { id partOf { id } }
  jurisdiction { id certifications { id } }
  jurisdictions { id }
  relatedTo { id relatedTo { id } }
}
fragment Parent on Certification { partOf { id } }`;

/** Eight follows, three levels deep: within the bounds of one statement. */
const SMALL = `fragment Small on Certification {
  id name
  accreditedBy { id name establishedBy { id } }
  basedOn { id ... on Standard { basedOn { id } } }
  partOf { id } jurisdiction { id } issuers: publishedBy { id } parts { id name }
}`;

describe('lookahead', () => {
  it('answers nested relation fields exactly as the per-level loaders do, with fewer statements', async () => {
    const ahead = await gql(`{ certifications(first: 10) { nodes { ...Cert } } } ${CERT}`);
    expect(ahead.errors).toBeUndefined();
    const nodes: Array<Record<string, unknown>> = ahead.data?.certifications.nodes ?? [];
    expect(nodes).toHaveLength(10);
    const loaded = await gql(`query($ids: [ID!]!) { nodes(ids: $ids) { ...Cert } } ${CERT}`, {
      ids: nodes.map((n) => n.id),
    });
    expect(loaded.errors).toBeUndefined();
    expect(ahead.data?.certifications.nodes).toEqual(loaded.data?.nodes);
    // Past the bounds (eight follows, three levels), the rest loads level by level.
    expect(ahead.extensions?.cypherStatements).toBeGreaterThan(1);
    expect(ahead.extensions?.cypherStatements).toBeLessThan(loaded.extensions?.cypherStatements);
    // The comparison covers real relations, not empty lists.
    for (const field of ['accreditedBy', 'basedOn', 'jurisdictions', 'relatedTo']) {
      expect(nodes.some((n) => (n[field] as unknown[]).length > 0)).toBe(true);
    }
  });

  it('reads a lookup by id or name and what it selects within the bounds in one statement', async () => {
    const list = await gql('{ certifications(first: 12) { nodes { id } } }');
    const ids: string[] = (list.data?.certifications.nodes ?? []).map((n: { id: string }) => n.id);
    expect(ids).toHaveLength(12);
    for (const id of ids) {
      const byId = await gql(`query($id: ID!) { certification(id: $id) { ...Small } } ${SMALL}`, { id });
      const loaded = await gql(`query($id: ID!) { node(id: $id) { ...Small } } ${SMALL}`, { id });
      expect(byId.errors).toBeUndefined();
      expect(byId.data?.certification).toEqual(loaded.data?.node);
      expect(byId.extensions?.cypherStatements).toBe(1);
    }
    const byName = await gql(`{ certification(name: "CS Gold Mark") { ...Small } } ${SMALL}`);
    expect(byName.errors).toBeUndefined();
    expect(byName.extensions?.cypherStatements).toBe(1);
    expect(byName.data?.certification.id).toBe('certification:cs-gold-mark');
    expect(byName.data?.certification.accreditedBy.map((a: { id: string }) => a.id)).toContain('authority:jasa');
    expect(byName.data?.certification.partOf.id).toBe('certification:cs-mark');
  });

  it('reads lineage with the lookup, per direction and depth, as the lineage loader does', async () => {
    const STEPS = `fragment Steps on Standard {
      up: lineage(maxDepth: 5) { depth direction entity { id name } via { id type } }
      both: lineage(direction: BOTH, maxDepth: $depth) { depth direction entity { id } }
    }`;
    const vars = { id: 'standard:iso-iec-27017', depth: 3 };
    const ahead = await gql(`query($id: ID!, $depth: Int) { standard(id: $id) { ...Steps } } ${STEPS}`, vars);
    const loaded = await gql(`query($id: ID!, $depth: Int) { node(id: $id) { ...Steps } } ${STEPS}`, vars);
    expect(ahead.errors).toBeUndefined();
    expect(ahead.data?.standard).toEqual(loaded.data?.node);
    expect(ahead.extensions?.cypherStatements).toBe(1);
    const both: Array<{ direction: string }> = ahead.data?.standard.both ?? [];
    expect(new Set(both.map((s) => s.direction))).toEqual(new Set(['ANCESTORS', 'DESCENDANTS']));
    // An invalid depth is still refused by the field, with its own message.
    const bad = await gql(`query($id: ID!, $depth: Int) { standard(id: $id) { ...Steps } } ${STEPS}`, {
      ...vars,
      depth: 99,
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('leaves fields with other arguments, and levels past the third, to the loaders', async () => {
    const res = await gql(`{ certification(name: "CS Gold Mark") {
      accreditedBy { id accredits { id jurisdiction { id certifications { id } } } }
      relations(first: 3) { totalCount }
    } }`);
    expect(res.errors).toBeUndefined();
    const fourth = res.data?.certification.accreditedBy[0].accredits[0].jurisdiction.certifications;
    expect(fourth.length).toBeGreaterThan(0);
    // The lookup follows three levels; the fourth level and `relations` load separately.
    expect(res.extensions?.cypherStatements).toBe(3);
  });
});

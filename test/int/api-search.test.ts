import { afterAll, describe, expect, it } from 'vitest';
import { apiClient } from '../helpers/api.ts';
import { testGraph } from '../helpers/graph.ts';

const graph = testGraph();
const { gql } = apiClient(graph);

afterAll(() => graph.close());

interface Hit {
  score: number;
  exact: boolean;
  entity: { id: string; kind: string };
}

async function search(query: string, extra = ''): Promise<Hit[]> {
  const { data, errors } = await gql(
    `query($q: String!) { search(query: $q${extra}) { score exact entity { id kind } } }`,
    { q: query },
  );
  expect(errors).toBeUndefined();
  return data?.search;
}

const rankedByScore = (hits: Hit[]) => hits.every((h, i) => i === 0 || (hits[i - 1] as Hit).score >= h.score);

describe('search', () => {
  it('finds the Cloud Security Mark in Japanese (クラウド セキュリティ)', async () => {
    const hits = await search('クラウド セキュリティ');
    expect(hits.slice(0, 3).map((h) => h.entity.id)).toContain('certification:cs-mark');
    expect(hits.map((h) => h.entity.id)).toContain('certification:cs-gold-mark');
    expect(rankedByScore(hits)).toBe(true);
  });

  it('finds in English and ranks the exact name first', async () => {
    const hits = await search('Japan Information Security Audit Association');
    expect(hits[0]).toMatchObject({ exact: true, entity: { id: 'authority:jasa' } });
    expect(hits.slice(1).every((h) => !h.exact)).toBe(true);
    expect(rankedByScore(hits)).toBe(true);
    const partial = await search('security audit');
    expect(partial.slice(0, 3).map((h) => h.entity.id)).toContain('authority:jasa');
  });

  it('finds in Chinese and by acronym', async () => {
    expect((await search('日本安全审计协会'))[0]?.entity.id).toBe('authority:jasa');
    expect((await search('JASA'))[0]).toMatchObject({ exact: true, entity: { id: 'authority:jasa' } });
  });

  it('takes Lucene syntax literally', async () => {
    const hits = await search('ISO/IEC 27017');
    expect(hits[0]).toMatchObject({ exact: true, entity: { id: 'standard:iso-iec-27017' } });
    for (const q of ['(( AND [', 'cloud~ "security', 'title:* OR \\', '-+!^{}']) await search(q);
  });

  it('filters by kind and bounds the result size', async () => {
    const hits = await search('cloud', ', kinds: [AUTHORITY, SERVICE], first: 3');
    expect(hits.length).toBeLessThanOrEqual(3);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(['AUTHORITY', 'SERVICE']).toContain(h.entity.kind);
    const bad = await gql('{ search(query: "cloud", first: 51) { score } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const empty = await gql('{ search(query: "   ") { score } }');
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

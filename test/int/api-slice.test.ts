import { afterAll, describe, expect, it } from 'vitest';
import { apiClient } from '../helpers/api.ts';
import { testGraph } from '../helpers/graph.ts';

const graph = testGraph();
const { app, gql } = apiClient(graph);

afterAll(() => graph.close());

describe('API over the seeded content', () => {
  it('lists certifications read from Neo4j, in one statement', async () => {
    const { status, data, errors, extensions } = await gql(
      '{ certifications(first: 100) { totalCount nodes { id name } } }',
    );
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    const ids = data?.certifications.nodes.map((c: { id: string }) => c.id);
    expect(ids).toContain('certification:cs-gold-mark');
    expect(data?.certifications.totalCount).toBeGreaterThanOrEqual(ids.length);
    expect(extensions?.cypherStatements).toBe(1);
  });

  it('answers /health and /ready', async () => {
    expect((await app.fetch('http://localhost/health')).status).toBe(200);
    expect((await app.fetch('http://localhost/ready')).status).toBe(200);
  });
});

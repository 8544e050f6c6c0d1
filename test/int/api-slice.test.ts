import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/yoga.ts';
import { testGraph } from '../helpers/graph.ts';

const graph = testGraph();
const app = createApp({ graph, config: { env: 'development', graphiql: false, introspection: true } });

afterAll(() => graph.close());

async function gql(query: string, variables?: Record<string, unknown>) {
  const res = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[]; extensions?: any } };
}

describe('API over the seeded content', () => {
  it('lists certifications read from Neo4j', async () => {
    const { status, body } = await gql('{ certifications { id name } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const ids = body.data.certifications.map((c: { id: string }) => c.id);
    expect(ids).toContain('certification:cs-gold-mark');
    expect(body.extensions.cypherStatements).toBe(1);
  });

  it('answers /health and /ready', async () => {
    expect((await app.fetch('http://localhost/health')).status).toBe(200);
    expect((await app.fetch('http://localhost/ready')).status).toBe(200);
  });
});

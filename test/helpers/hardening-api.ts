/**
 * The API in-process for hardening tests (test/int/hardening-api-*.test.ts): createApp over the shared test Neo4j, with a counter of
 * the Cypher statements the graph ran (to prove a request was refused before any ran), and a
 * fingerprint of the whole graph (to prove a request changed nothing).
 */
import { createHash } from 'node:crypto';
import type { Graph } from '../../src/graph/driver.ts';
import { createApp } from '../../src/server/yoga.ts';

export interface GqlResult {
  status: number;
  text: string;
  body: {
    data?: unknown;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
}

export interface CountingApp {
  app: ReturnType<typeof createApp>;
  /** Cypher statements run through the graph since the last reset. */
  statements(): number;
  reset(): void;
  post(body: string, headers?: Record<string, string>): Promise<GqlResult>;
  gql(query: string, variables?: Record<string, unknown>): Promise<GqlResult>;
}

export function countingApp(graph: Graph, env: 'production' | 'development' = 'production'): CountingApp {
  let count = 0;
  const counted: Graph = {
    ...graph,
    read: (cypher, params, counter) => {
      count += 1;
      return graph.read(cypher, params, counter);
    },
  };
  const dev = env === 'development';
  const app = createApp({ graph: counted, config: { env, graphiql: dev, introspection: dev } });
  const post = async (body: string, headers: Record<string, string> = {}): Promise<GqlResult> => {
    const res = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    const text = await res.text();
    let parsed: GqlResult['body'] = {};
    try {
      parsed = JSON.parse(text) as GqlResult['body'];
    } catch {
      parsed = {};
    }
    return { status: res.status, text, body: parsed };
  };
  return {
    app,
    statements: () => count,
    reset: () => {
      count = 0;
    },
    post,
    gql: (query, variables) => post(JSON.stringify({ query, variables })),
  };
}

/** sha256 over every node's labels and properties and every relationship, in a stable order. */
export async function graphFingerprint(
  graph: Graph,
): Promise<{ nodes: number; relationships: number; sha256: string }> {
  const nodes = await graph.read(
    '/* fingerprintNodes */ MATCH (n) WITH n ORDER BY elementId(n) RETURN count(n) AS n, collect([labels(n), properties(n)]) AS all',
  );
  const rels = await graph.read(
    '/* fingerprintRelationships */ MATCH (s)-[r]->(e) WITH s, r, e ORDER BY elementId(r) RETURN count(r) AS n, collect([elementId(s), type(r), elementId(e), properties(r)]) AS all',
  );
  const sha256 = createHash('sha256')
    .update(JSON.stringify(nodes[0]?.all))
    .update(JSON.stringify(rels[0]?.all))
    .digest('hex');
  return { nodes: Number(nodes[0]?.n ?? 0), relationships: Number(rels[0]?.n ?? 0), sha256 };
}

/** Any sign of internals in a response body: Cypher, driver or database names, stack frames. */
export const LEAK =
  /\bMATCH\b|\bRETURN\b|\bUNWIND\b|neo4j|bolt:|Neo\.(Client|Transient|Database)Error|ServiceUnavailable|GraphError|\bat [^\s]+ \(|\.ts:\d+|node:internal/i;

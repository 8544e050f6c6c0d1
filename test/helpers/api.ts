/**
 * The API in-process for integration tests: createApp over a graph (development settings unless
 * given), and gql(), which posts one operation and returns the status with the parsed GraphQL answer.
 */
import type { Config } from '../../src/config.ts';
import type { Graph } from '../../src/graph/driver.ts';
import { createApp } from '../../src/server/yoga.ts';

export interface GqlError {
  message: string;
  path?: ReadonlyArray<string | number>;
  // biome-ignore lint/suspicious/noExplicitAny: tests read extensions freely
  extensions?: Record<string, any>;
}

export interface GqlResponse {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: API answers are walked freely
  data?: any;
  errors?: GqlError[];
  // biome-ignore lint/suspicious/noExplicitAny: tests read extensions freely
  extensions?: Record<string, any>;
}

export type Gql = (query: string, variables?: Record<string, unknown>) => Promise<GqlResponse>;

export function apiClient(
  graph: Graph,
  config: Pick<Config, 'env' | 'graphiql' | 'introspection'> = {
    env: 'development',
    graphiql: false,
    introspection: true,
  },
): { app: ReturnType<typeof createApp>; gql: Gql } {
  const app = createApp({ graph, config });
  const gql: Gql = async (query, variables) => {
    const res = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    let body: Omit<GqlResponse, 'status'> = {};
    try {
      body = JSON.parse(text) as Omit<GqlResponse, 'status'>;
    } catch {
      body = { errors: [{ message: `not JSON (${res.status}): ${text.slice(0, 200)}` }] };
    }
    return { status: res.status, ...body };
  };
  return { app, gql };
}

/** The ids of a list of objects ([] for anything else). */
export function ids(list: unknown): string[] {
  return Array.isArray(list) ? list.map((x) => (x as { id: string }).id) : [];
}

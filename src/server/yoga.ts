/**
 * The yoga instance, separate from any listener so tests can call `yoga.fetch` in-process.
 * Routes: /graphql (API, GraphiQL in development), /health (process up), /ready (Neo4j reachable).
 */
import { createYoga, type Plugin, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from '../config.ts';
import type { Graph } from '../graph/driver.ts';
import { type Context, createContext } from '../schema/context.ts';
import { buildSchema } from '../schema/index.ts';

export interface AppOptions {
  graph: Graph;
  config: Pick<Config, 'env' | 'graphiql' | 'introspection'>;
}

/** Adds `extensions.cypherStatements` (count of Cypher statements the request ran) in development. */
function useStatementCount(): Plugin<Context> {
  return {
    onExecute() {
      return {
        onExecuteDone({ args, result, setResult }) {
          if (!('data' in result) || typeof (result as { data?: unknown }).data === 'undefined') return;
          const ctx = args.contextValue as Context;
          const r = result as { extensions?: Record<string, unknown> };
          setResult({ ...result, extensions: { ...r.extensions, cypherStatements: ctx.counter.count } } as never);
        },
      };
    },
  };
}

export function createApp({ graph, config }: AppOptions): YogaServerInstance<Record<string, unknown>, Context> {
  const dev = config.env !== 'production';
  return createYoga<Record<string, unknown>, Context>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    graphiql: config.graphiql ? { title: 'compliance-graph' } : false,
    landingPage: false,
    maskedErrors: true,
    context: () => createContext(graph),
    plugins: [
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          try {
            await graph.verify(2_000);
            return true;
          } catch {
            return false;
          }
        },
      }),
      ...(dev ? [useStatementCount()] : []),
    ],
  });
}

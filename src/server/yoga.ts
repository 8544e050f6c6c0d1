/**
 * The yoga instance, separate from any listener so tests can call `yoga.fetch` in-process.
 * Routes: /graphql (API, GraphiQL when config.graphiql), /health (process up), /ready (Neo4j reachable).
 * Request limits (src/schema/limits.ts): body size, query length, tokens, depth, aliases, directives
 * (graphql-armor), complexity and breadth (Pothos complexity, from page sizes); no batching;
 * introspection and field suggestions only when config.introspection. Errors are masked except
 * GraphQLErrors the API throws on purpose (NOT_FOUND, BAD_USER_INPUT, limits).
 */

import { useGraphQlJit } from '@envelop/graphql-jit';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { PothosError, PothosValidationError } from '@pothos/core';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  NoSchemaIntrospectionCustomRule,
  type OperationDefinitionNode,
} from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from '../config.ts';
import type { Graph } from '../graph/driver.ts';
import { memoByOwner } from '../memo.ts';
import { type Context, createContext } from '../schema/context.ts';
import { buildSchema } from '../schema/index.ts';
import { LIMITS } from '../schema/limits.ts';
import { entityPropsOf } from '../schema/logic/projection.ts';
import { useExplorer } from './explorer.ts';

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

const tooLarge = (fetchAPI: { Response: typeof Response }) =>
  new fetchAPI.Response(
    JSON.stringify({
      errors: [{ message: 'The request body is too large.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    }),
    { status: 413, headers: { 'content-type': 'application/json' } },
  );

/** True when the stream holds more than `max` bytes; reads at most max + one chunk, then cancels. */
async function exceeds(body: ReadableStream<Uint8Array>, max: number): Promise<boolean> {
  const reader = body.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return false;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => {});
      return true;
    }
  }
}

/**
 * Refuses bodies over maxBodyBytes (413) — by Content-Length when given, else by counting a chunked
 * body before it is parsed — and query texts over maxQueryLength. Messages do not state the limits.
 */
function useSizeLimits(): Plugin {
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (Number(declared) > LIMITS.maxBodyBytes) endResponse(tooLarge(fetchAPI));
        return;
      }
      if (
        request.body &&
        request.method !== 'GET' &&
        (await exceeds(request.clone().body as ReadableStream<Uint8Array>, LIMITS.maxBodyBytes))
      ) {
        endResponse(tooLarge(fetchAPI));
      }
    },
    onParams({ params }) {
      if (typeof params.query === 'string' && params.query.length > LIMITS.maxQueryLength) {
        throw new GraphQLError('The query is too large.', {
          extensions: { code: 'QUERY_TOO_LARGE', http: { status: 413 } },
        });
      }
    },
  };
}

/** graphql-armor's refusals, restated without their limits and with a code. */
const LIMIT_ERRORS: Array<[RegExp, string, string]> = [
  [/token limit|query is too large/i, 'QUERY_TOO_LARGE', 'The query is too large.'],
  [/depth limit/i, 'QUERY_TOO_DEEP', 'The query is nested too deeply.'],
  [/aliases limit/i, 'TOO_MANY_ALIASES', 'The query uses too many aliases.'],
  [/directives limit/i, 'TOO_MANY_DIRECTIVES', 'The query uses too many directives.'],
];

function restate(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  for (const [re, code, message] of LIMIT_ERRORS) {
    if (re.test(error.message)) return new GraphQLError(message, { extensions: { code } });
  }
  return error;
}

/**
 * graphql-armor validation options: report one coded error through the validation context instead of
 * throwing an uncoded one, without stating the limit.
 */
function refuse(code: string, message: string) {
  return {
    exposeLimits: false,
    propagateOnRejection: false,
    onReject: [
      (ctx: unknown) =>
        (ctx as { reportError?: (e: GraphQLError) => void } | null)?.reportError?.(
          new GraphQLError(message, { extensions: { code } }),
        ),
    ],
  };
}

function useLimitMessages(): Plugin {
  return {
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result instanceof Error) replaceParseResult(restate(result) as Error);
      };
    },
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length > 0) setResult(result.map((e) => restate(e) as GraphQLError));
      };
    },
  };
}

/** The executed operation and the fragments, as a document of its own. */
function selectedOperation(document: DocumentNode, operationName: string | null | undefined): DocumentNode {
  const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const op = operationName ? ops.find((o) => o.name?.value === operationName) : ops[0];
  return {
    kind: Kind.DOCUMENT,
    definitions: [...(op ? [op] : []), ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)],
  };
}

/** Complexity estimates per parsed document, by operation and variables (page sizes may be variables). */
const COMPLEXITY_MEMO = memoByOwner<DocumentNode, { complexity: number; breadth: number }>();

/** Refuses operations over maxComplexity or maxBreadth before anything runs. */
function useComplexityLimit(schema: GraphQLSchema): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const r = COMPLEXITY_MEMO(args.document, `${args.operationName ?? ''}|${JSON.stringify(variables)}`, () =>
        complexityFromQuery(selectedOperation(args.document, args.operationName), {
          schema,
          ctx: args.contextValue as object,
          variables,
        }),
      );
      if (r.complexity > LIMITS.maxComplexity || r.breadth > LIMITS.maxBreadth) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError('The query is too complex: ask for smaller pages or fewer fields.', {
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            }),
          ],
        });
      }
    },
  };
}

/** Narrows the request's entity reads to the properties its document selects (see projection.ts). */
function useEntityProjection(): Plugin<Context> {
  return {
    onExecute({ args }) {
      (args.contextValue as Context).graph.entityProps = entityPropsOf(args.schema, args.document);
    },
  };
}

/**
 * GET /ready: 200 when Neo4j answers within 2 s, else 503. Matches the path exactly (yoga's own
 * readiness plugin also tests a URLPattern on every other request, ~35 µs each).
 */
function useReadiness(graph: Graph): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/ready') return;
      return graph.verify(2_000).then(
        () => endResponse(new fetchAPI.Response(null, { status: 200 })),
        () => endResponse(new fetchAPI.Response(null, { status: 503 })),
      );
    },
  };
}

function useIntrospectionControl(allowed: boolean): Plugin {
  return {
    onValidate({ addValidationRule }) {
      if (!allowed) addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

/**
 * Pothos argument validation (cursors, global id types) becomes BAD_USER_INPUT; other GraphQLErrors
 * thrown on purpose pass; anything else (Pothos internals included) becomes a bare
 * INTERNAL_SERVER_ERROR: no message, Cypher or stack reaches the client (yoga's logger reports the
 * original on the server).
 */
function maskError(error: unknown, message: string): Error {
  const located = error instanceof GraphQLError ? error : null;
  let original: unknown = error;
  while (original instanceof GraphQLError && original.originalError) original = original.originalError;
  const where = { nodes: located?.nodes, path: located?.path };
  if (original instanceof PothosValidationError) {
    return new GraphQLError(original.message, { ...where, extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (original instanceof GraphQLError && !(original instanceof PothosError)) return error as GraphQLError;
  return new GraphQLError(message, { ...where, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

export function createApp({ graph, config }: AppOptions): YogaServerInstance<Record<string, unknown>, Context> {
  const dev = config.env !== 'production';
  const schema = buildSchema();
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    graphiql: config.graphiql ? { title: 'compliance-graph' } : false,
    landingPage: false,
    batching: false,
    // useSizeLimits enforces the body limit; yoga's own would pipe every body through a stream.
    maxRequestBodySize: false,
    maskedErrors: { maskError },
    context: () => createContext(graph),
    plugins: [
      useExplorer(),
      useSizeLimits(),
      useLimitMessages(),
      EnvelopArmorPlugin({
        maxTokens: { n: LIMITS.maxTokens, exposeLimits: false, errorMessage: 'The query is too large.' },
        maxDepth: {
          n: LIMITS.maxDepth,
          ignoreIntrospection: true,
          ...refuse('QUERY_TOO_DEEP', 'The query is nested too deeply.'),
        },
        maxAliases: { n: LIMITS.maxAliases, ...refuse('TOO_MANY_ALIASES', 'The query uses too many aliases.') },
        maxDirectives: {
          n: LIMITS.maxDirectives,
          ...refuse('TOO_MANY_DIRECTIVES', 'The query uses too many directives.'),
        },
        // Cost is limited by the Pothos complexity estimate, which knows page sizes.
        costLimit: { enabled: false },
        blockFieldSuggestion: { enabled: !config.introspection },
      }),
      useIntrospectionControl(config.introspection),
      useComplexityLimit(schema),
      useEntityProjection(),
      useGraphQlJit(),
      useReadiness(graph),
      ...(dev ? [useStatementCount()] : []),
    ],
  });
}

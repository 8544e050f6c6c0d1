import { afterAll, describe, expect, it } from 'vitest';
import { type Graph, GraphError } from '../../src/graph/driver.ts';
import { createContext } from '../../src/schema/context.ts';
import { LIMITS } from '../../src/schema/limits.ts';
import { apiClient } from '../helpers/api.ts';
import { testGraph, uniquePrefix } from '../helpers/graph.ts';

const graph = testGraph();
const dev = apiClient(graph);
const prod = apiClient(graph, { env: 'production', graphiql: false, introspection: false });

afterAll(() => graph.close());

const post = (body: string, headers: Record<string, string> = {}) =>
  dev.app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('read-only access', () => {
  it('gives resolvers a handle that can only read, in read transactions', async () => {
    const ctx = createContext(graph);
    // `read`, and the entity properties the request's reads project: no write method.
    expect(Object.keys(ctx.graph).sort()).toEqual(['entityProps', 'read']);
    expect(typeof ctx.graph.entityProps === 'object').toBe(true);
    const id = uniquePrefix('api-write');
    await expect(ctx.graph.read('/* sneakyApiWrite */ CREATE (:ApiWriteTest {id: $id})', { id })).rejects.toThrow(
      GraphError,
    );
    const rows = await graph.read('/* countApiWrite */ MATCH (n:ApiWriteTest {id: $id}) RETURN count(n) AS c', { id });
    expect(rows[0]?.c).toBe(0);
  });

  it('has no mutations', async () => {
    const { errors } = await dev.gql('mutation { x }');
    expect(errors?.length).toBeGreaterThan(0);
  });
});

describe('request limits', () => {
  it('refuses queries deeper than the depth limit', async () => {
    const deep = `{ certification(id: "certification:cs-gold-mark") { ${'partOf { '.repeat(LIMITS.maxDepth)} id ${'} '.repeat(LIMITS.maxDepth)} } }`;
    const { errors } = await dev.gql(deep);
    expect(errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('refuses too many aliases, tokens or directives', async () => {
    const aliases = `{ ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: stats { labels { count } }`).join(' ')} }`;
    expect((await dev.gql(aliases)).errors?.[0]?.message).toMatch(/alias/i);
    const tokens = `{ stats { ${'labels { count } '.repeat(LIMITS.maxTokens / 4)} } }`;
    expect((await dev.gql(tokens)).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_LARGE');
    const directives = `{ stats ${'@include(if: true) '.repeat(LIMITS.maxDirectives + 1)} { labels { count } } }`;
    expect((await dev.gql(directives)).errors?.[0]?.message).toMatch(/directive/i);
  });

  it('refuses queries over the complexity budget before running anything, page sizes from variables included', async () => {
    const query = `query($n: Int) { certifications(first: $n) { nodes { accreditedBy { accredits { accreditedBy { id } } } } } }`;
    const { errors, data } = await dev.gql(query, { n: 100 });
    expect(data?.certifications).toBeUndefined();
    expect(errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const small = await dev.gql(query, { n: 1 });
    expect(small.errors).toBeUndefined();
  });

  it('refuses oversized bodies and query texts', async () => {
    const big = await post(
      JSON.stringify({ query: `{ stats { labels { count } } } #${'x'.repeat(LIMITS.maxBodyBytes)}` }),
    );
    expect(big.status).toBe(413);
    const long = await dev.gql(`{ stats { labels { count } } } #${'x'.repeat(LIMITS.maxQueryLength)}`);
    expect(long.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_LARGE');
  });

  it('does not accept batched requests', async () => {
    const res = await post(JSON.stringify([{ query: '{ stats { labels { count } } }' }, { query: '{ __typename }' }]));
    expect(res.status).toBeGreaterThanOrEqual(400);
    const body = (await res.json()) as { errors?: unknown[] };
    expect(body.errors?.length).toBeGreaterThan(0);
  });
});

describe('errors', () => {
  it('masks unexpected errors: no message, Cypher or stack trace reaches the client', async () => {
    const failing = {
      uri: 'bolt://nowhere',
      read: async () => {
        throw new GraphError('Invalid input: MATCH (n:Secret) RETURN n', 'Neo.ClientError.Statement.SyntaxError');
      },
      verify: async () => {},
    } as unknown as Graph;
    const { gql } = apiClient(failing);
    const res = await gql('{ certifications { totalCount } }');
    const text = JSON.stringify(res);
    expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(res.errors?.[0]?.message).toBe('Unexpected error.');
    expect(text).not.toMatch(/MATCH|Secret|Neo\.ClientError|stack|\.ts:/);
  });

  it('types NOT_FOUND and BAD_USER_INPUT', async () => {
    const notFound = await dev.gql('{ graph(focus: ["standard:no-such-standard"]) { truncated } }');
    expect(notFound.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bad = await dev.gql('{ lineage: standard(id: "standard:iso-iec-27017") { lineage(maxDepth: 0) { depth } } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('development and production', () => {
  it('introspection and statement counts in development only', async () => {
    const query = '{ __schema { queryType { name } } }';
    expect((await dev.gql(query)).data?.__schema.queryType.name).toBe('Query');
    const off = await prod.gql(query);
    expect(off.errors?.[0]?.message).toMatch(/introspection/i);
    const plain = await prod.gql('{ __typename stats { labels { count } } }');
    expect(plain.errors).toBeUndefined();
    expect(plain.extensions?.cypherStatements).toBeUndefined();
  });

  it('hides field suggestions when introspection is off', async () => {
    const dev1 = await dev.gql('{ certificatoins { totalCount } }');
    expect(dev1.errors?.[0]?.message).toMatch(/Did you mean/);
    const prod1 = await prod.gql('{ certificatoins { totalCount } }');
    expect(prod1.errors?.[0]?.message).not.toMatch(/Did you mean|certifications/);
  });

  it('serves GraphiQL only when configured', async () => {
    const html = { headers: { accept: 'text/html' } };
    const withUi = apiClient(graph, { env: 'development', graphiql: true, introspection: true });
    expect((await (await withUi.app.fetch('http://localhost/graphql', html)).text()).toLowerCase()).toContain(
      'graphiql',
    );
    const res = await prod.app.fetch('http://localhost/graphql', html);
    expect((await res.text()).toLowerCase()).not.toContain('graphiql');
  });
});

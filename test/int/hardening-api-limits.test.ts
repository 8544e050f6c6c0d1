/**
 * Hardening of the public API (createApp in-process, over the shared test Neo4j): abusive requests
 * are refused before any Cypher runs, with a GraphQL error code and without telling the client the
 * limit; page sizes are capped; the API cannot write; unexpected errors are masked.
 * Rows the API does not meet yet are listed in KNOWN_GAPS and run with `it.fails`: they pass while
 * the gap exists and fail the day it is closed, so the entry must then be removed.
 */
import { rmSync } from 'node:fs';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.ts';
import { LIMITS } from '../../src/schema/limits.ts';
import { listen } from '../../src/server/http.ts';
import { generateCorpus, retractRoot, seedCorpus } from '../helpers/corpus.ts';
import { testGraph, uniquePrefix } from '../helpers/graph.ts';
import { countingApp, type GqlResult, graphFingerprint, LEAK } from '../helpers/hardening-api.ts';

const graph = testGraph();
const api = countingApp(graph);

afterAll(() => graph.close());

/** Known gaps in the API's limits (issue 8), as found; each entry names the failing test. */
const KNOWN_GAPS = new Set<string>([]);
const row = (name: string, fn: () => Promise<void>) => (KNOWN_GAPS.has(name) ? it.fails : it)(name, fn);

/** Per-request limits: none of these values may appear in an error's message or extensions. */
const REQUEST_LIMITS = [
  LIMITS.maxBodyBytes,
  LIMITS.maxQueryLength,
  LIMITS.maxTokens,
  LIMITS.maxDepth,
  LIMITS.maxAliases,
  LIMITS.maxDirectives,
  LIMITS.maxComplexity,
  LIMITS.maxBreadth,
];
const CERT = 'certification(id: "certification:cs-gold-mark")';
const q = (query: string) => JSON.stringify({ query });
const big = (bytes: number) =>
  JSON.stringify({ query: '{ stats { __typename } }', variables: { pad: 'x'.repeat(bytes) } });

/** Posts a body over a real loopback HTTP connection, chunked (no Content-Length header). */
async function postChunked(body: string): Promise<GqlResult> {
  const server = await listen(api.app as never, 0, '127.0.0.1');
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  try {
    return await new Promise<GqlResult>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json' } },
        (res) => {
          let text = '';
          res.on('data', (d: Buffer) => {
            text += d.toString();
          });
          res.on('end', () => {
            let parsed: GqlResult['body'] = {};
            try {
              parsed = JSON.parse(text) as GqlResult['body'];
            } catch {}
            resolve({ status: res.statusCode ?? 0, text, body: parsed });
          });
        },
      );
      req.on('error', reject);
      for (let i = 0; i < body.length; i += 64 * 1024) req.write(body.slice(i, i + 64 * 1024));
      req.end();
    });
  } finally {
    await server.close();
  }
}

interface Attack {
  name: string;
  send: () => Promise<GqlResult>;
}

const ATTACKS: Attack[] = [
  {
    name: 'depth over the limit',
    send: () => api.post(q(`{ ${CERT} { ${'partOf { '.repeat(20)} id ${'} '.repeat(20)} } }`)),
  },
  {
    name: 'fragment cycles',
    send: () =>
      api.post(
        q(
          `{ ${CERT} { ...A } } fragment A on Certification { partOf { ...B } } fragment B on Certification { partOf { ...A } }`,
        ),
      ),
  },
  {
    name: '1,000 aliases',
    send: () => api.post(q(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`)),
  },
  {
    name: '16 aliases (past the alias limit, short text)',
    send: () =>
      api.post(
        q(`{ ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: stats { __typename }`).join(' ')} }`),
      ),
  },
  {
    name: '500 duplicate fields',
    send: () => api.post(q(`{ ${CERT} { ${'name '.repeat(500)} } }`)),
  },
  {
    name: 'over the token limit',
    send: () => api.post(q(`{ ${CERT} { ${'id '.repeat(LIMITS.maxTokens + 100)} } }`)),
  },
  {
    name: 'too many directives',
    send: () => api.post(q(`{ stats ${'@skip(if: false) '.repeat(LIMITS.maxDirectives + 5)} { __typename } }`)),
  },
  {
    name: 'a 2 MB body',
    send: () => {
      const body = big(2 * 1024 * 1024);
      return api.post(body, { 'content-length': String(Buffer.byteLength(body)) });
    },
  },
  {
    name: 'a 2 MB body sent chunked (no Content-Length) over HTTP',
    send: () => postChunked(big(2 * 1024 * 1024)),
  },
  {
    name: 'batched requests',
    send: () =>
      api.post(JSON.stringify([{ query: '{ stats { __typename } }' }, { query: '{ stats { __typename } }' }])),
  },
];

describe('abusive requests', () => {
  for (const attack of ATTACKS) {
    row(`${attack.name}: refused before any Cypher runs, with an error code`, async () => {
      api.reset();
      const r = await attack.send();
      expect(api.statements()).toBe(0);
      expect(r.body.data ?? null).toBeNull();
      expect(r.body.errors?.length).toBeGreaterThan(0);
      expect(typeof r.body.errors?.[0]?.extensions?.code, r.text.slice(0, 300)).toBe('string');
      expect(r.text).not.toMatch(LEAK);
    });
    row(`${attack.name}: the message does not reveal the limits`, async () => {
      const r = await attack.send();
      expect(r.body.errors?.length).toBeGreaterThan(0);
      const told = JSON.stringify(r.body.errors?.map((e) => [e.message, e.extensions]));
      for (const limit of REQUEST_LIMITS) expect(told).not.toMatch(new RegExp(`\\b${limit}\\b`));
    });
  }
});

describe('page sizes and multiplied cost', () => {
  const tag = uniquePrefix('pages');
  let dir: string | null = null;

  beforeAll(async () => {
    // Enough certifications that a page of 100000 would be longer than the page cap.
    const r = await api.gql('{ certifications { totalCount } }');
    const have = (r.body.data as { certifications: { totalCount: number } }).certifications.totalCount;
    if (have <= LIMITS.maxPageSize) {
      dir = generateCorpus(tag, LIMITS.maxPageSize + 1 - have);
      await seedCorpus(graph, dir, 50);
    }
  }, 180_000);

  afterAll(async () => {
    if (!dir) return;
    await retractRoot(graph, dir);
    rmSync(dir, { recursive: true, force: true });
  }, 180_000);

  it('first: 100000 is capped at the page size', async () => {
    const r = await api.gql(
      '{ certifications(first: 100000) { totalCount pageInfo { hasNextPage } edges { node { id } } } }',
    );
    const c = (
      r.body.data as {
        certifications: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: unknown[] };
      }
    ).certifications;
    expect(c.totalCount).toBeGreaterThan(LIMITS.maxPageSize);
    expect(c.edges).toHaveLength(LIMITS.maxPageSize);
    expect(c.pageInfo.hasNextPage).toBe(true);
  });

  it.each([
    ['search', '{ search(query: "ISO", first: 100000) { __typename } }'],
    ['graph', '{ graph(focus: ["standard:iso-iec-27001"], limit: 100000) { __typename } }'],
    ['path', '{ path(from: "authority:jasa", to: "standard:iso-iec-27002", limit: 100000) { __typename } }'],
  ])('%s with a huge size is refused with BAD_USER_INPUT before any Cypher runs', async (_name, query) => {
    api.reset();
    const r = await api.gql(query);
    expect(api.statements()).toBe(0);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('nested lists multiplying cost are refused before any Cypher runs', async () => {
    api.reset();
    const r = await api.gql(
      `query($n: Int) { certifications(first: $n) { edges { node { relations(first: $n) { edges { node { from { relations(first: $n) { totalCount } } } } } } } } }`,
      { n: 100000 },
    );
    expect(api.statements()).toBe(0);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('writes', () => {
  it('a mutation, a subscription or a write over GET is refused and the graph is unchanged', async () => {
    const before = await graphFingerprint(graph);
    api.reset();
    const m = await api.gql('mutation { createCertification(id: "certification:evil") { id } }');
    const s = await api.gql('subscription { stats { __typename } }');
    const get = await api.app.fetch(`http://localhost/graphql?query=${encodeURIComponent('mutation { x }')}`, {
      method: 'GET',
    });
    expect(m.body.errors?.length).toBeGreaterThan(0);
    expect(s.body.errors?.length).toBeGreaterThan(0);
    expect(get.status).toBe(405);
    expect(api.statements()).toBe(0);
    expect(await graphFingerprint(graph)).toEqual(before);
  });
});

describe('unexpected errors are masked', () => {
  const cases: Array<[string, (base: Graph) => Graph]> = [
    [
      'a database error (a real Neo4j syntax error that quotes the Cypher)',
      (base) => ({ ...base, read: (_c, p, n) => base.read('/* brokenStatement */ MATCH (n:Secret RETURN n', p, n) }),
    ],
    [
      'a resolver error (a TypeError with a stack)',
      (base) => ({
        ...base,
        read: async () => {
          throw new TypeError(
            "Cannot read properties of undefined (reading 'x') at resolve (/work/src/schema/x.ts:1:1)",
          );
        },
      }),
    ],
  ];
  for (const env of ['production', 'development'] as const) {
    it.each(cases)(`${env}: %s becomes "Unexpected error." with no Cypher or stack`, async (_name, make) => {
      const broken = countingApp(make(graph), env);
      const r = await broken.gql(`{ ${CERT} { id name } }`);
      expect(r.body.errors?.[0]?.message).toBe('Unexpected error.');
      expect(r.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(r.text).not.toMatch(LEAK);
      expect(r.text).not.toMatch(/Secret|brokenStatement|TypeError|stack|reading 'x'/);
    });
  }
});

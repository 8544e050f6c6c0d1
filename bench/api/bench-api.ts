/**
 * API benchmark: one synthetic corpus seeded through the real CLI, then the fixed query set
 * (bench/api/queries.ts) against three servers on the same data and the same Neo4j — ours, the bare
 * node:http handler with hand-written Cypher, and @neo4j/graphql. Per query and server: p50/p99
 * latency at 1 connection and req/s at 10 connections (autocannon, loopback only), medians of
 * alternating repeats; Cypher statements per request; and whether the three answers are equal.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { resetGraph } from '../../src/graph/meta-store.ts';
import { lookupKeys } from '../../src/ingest/normalize.ts';
import { generateCorpus } from '../corpus/generate.ts';
import { waitForQuiet } from '../lib/machine.ts';
import { runTs } from '../lib/proc.ts';
import { median } from '../lib/stats.ts';
import type { BenchNeo4j } from '../neo4j.ts';
import { type ApiQuery, querySet } from './queries.ts';
import { type RunningServer, type ServerName, startServer } from './servers.ts';

export interface ApiMeasure {
  /** autocannon's percentiles: whole milliseconds. */
  p50: number[];
  p99: number[];
  /**
   * Mean latency at 1 connection, ms, from its throughput (1000 ÷ req/s, a closed loop): the
   * sub-millisecond resolution the percentiles lack (client time included, alike for every server).
   */
  mean: number[];
  rps: number[];
  /** Connection errors, timeouts and non-2xx responses. */
  errors: number;
  /** 2xx responses whose body differed from the checked answer (GraphQL errors included). */
  mismatches: number;
}

export interface ApiQueryResult {
  name: string;
  label: string;
  relationLevels: number;
  /** null when that server was not part of the run. */
  sameAnswers: { bare: boolean; peer: boolean | null };
  statements: Record<ServerName, number>;
  servers: Record<ServerName, ApiMeasure>;
  median: Record<ServerName, { p50: number; p99: number; mean: number; rps: number }>;
  ratios: {
    /** null when either p50 is 0 ms (autocannon's whole milliseconds: no ratio to take). */
    p50VsBare: number | null;
    p50VsPeer: number | null;
    meanVsBare: number;
    meanVsPeer: number;
    rpsVsBare: number;
    rpsVsPeer: number;
  };
}

export interface ApiResult {
  articles: number;
  durationS: number;
  repeats: number;
  /** Our statements for the nested list at two page sizes: equal when independent of list size. */
  nestedStatementsByPageSize: Record<string, number>;
  queries: ApiQueryResult[];
}

const SERVERS: ServerName[] = ['ours', 'bare', 'peer'];

interface Reply {
  data?: unknown;
  errors?: unknown;
  extensions?: Record<string, unknown>;
  text: string;
}

async function post(url: string, body: unknown): Promise<Reply> {
  const r = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await r.text();
  return { ...(JSON.parse(text) as Omit<Reply, 'text'>), text };
}

/** The first requests after a start plan and compile; a cold timeout is retried, twice at most. */
async function postWarm(url: string, body: unknown): Promise<Reply> {
  let last: Reply | null = null;
  for (let i = 0; i < 3; i++) {
    last = await post(url, body);
    if (!last.errors) return last;
  }
  return last as Reply;
}

const bodyFor = (q: ApiQuery, s: ServerName) => (s === 'peer' ? q.peer : q.ours);

async function statementsOf(server: RunningServer, q: ApiQuery): Promise<number> {
  if (server.name !== 'peer') {
    const r = await post(server.url, bodyFor(q, server.name));
    return Number(r.extensions?.cypherStatements ?? Number.NaN);
  }
  const count = async () =>
    ((await (await fetch(`${server.url}/statements`)).json()) as { statements: number }).statements;
  const before = await count();
  await post(server.url, q.peer);
  return (await count()) - before;
}

/** A measurement window: `durationS` seconds, or exactly `amount` requests when given (smoke runs). */
export interface Window {
  durationS: number;
  amount?: number | undefined;
}

/** With `expect`, a response whose body differs from it counts as a mismatch (answers stay checked under load). */
function cannon(
  url: string,
  body: unknown,
  connections: number,
  w: Window,
  expect?: string,
): Promise<autocannon.Result> {
  return autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    connections,
    ...(expect ? { expectBody: expect } : {}),
    // autocannon needs at least one request per connection.
    ...(w.amount ? { amount: Math.max(w.amount, connections) } : { duration: w.durationS }),
  });
}

export async function apiBench(o: {
  neo: BenchNeo4j;
  articles: number;
  repeats: number;
  durationS: number;
  amount?: number | undefined;
  seed: number;
  workDir: string;
  log: (m: string) => void;
}): Promise<ApiResult> {
  const dir = path.join(o.workDir, 'api');
  mkdirSync(dir, { recursive: true });
  const m = generateCorpus(dir, { articles: o.articles, seed: o.seed });
  await resetGraph(o.neo.graph);
  o.log(`api: seeding ${m.articles} articles through the CLI…`);
  const seeded = await runTs('seed/cli.ts', ['--content', m.contentDir, '--lexicon', m.lexiconDir], { env: o.neo.env });
  if (seeded.code !== 0) throw new Error(`seed failed: ${seeded.stderr.slice(-2000)}`);
  const deep = m.probe.deepCertification;
  const probe = {
    certificationName: deep.acronym,
    certificationKey: lookupKeys(deep.acronym)[0] as string,
    certificationId: deep.id,
    searchText: m.probe.searchQuery,
    pageSize: 50,
  };
  const queries = querySet(probe);
  const servers: RunningServer[] = [];
  try {
    // Started together; each is stopped in `finally` even if another failed to start.
    const started = await Promise.allSettled(SERVERS.map((name) => startServer(name, o.neo.env)));
    for (const s of started) if (s.status === 'fulfilled') servers.push(s.value);
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    const by = Object.fromEntries(servers.map((s) => [s.name, s])) as Record<ServerName, RunningServer>;
    const nested = querySet({ ...probe, pageSize: 10 }).find((q) => q.name === 'nested') as ApiQuery;
    const nestedBig = querySet({ ...probe, pageSize: 100 }).find((q) => q.name === 'nested') as ApiQuery;
    const nestedStatementsByPageSize = {
      '10': await statementsOf(by.ours, nested),
      '100': await statementsOf(by.ours, nestedBig),
    };
    // As after any large write, the database may still be flushing: measure on a quiet machine.
    if (o.amount === undefined) {
      // Not in smoke runs (fixed request counts, no timing): there the wait would only slow CI.
      const busy = await waitForQuiet();
      o.log(`api: machine ${(busy * 100).toFixed(0)} % busy before measuring`);
    }
    const results = await measureQueries(servers, queries, o);
    return {
      articles: m.articles,
      durationS: o.durationS,
      repeats: o.repeats,
      nestedStatementsByPageSize,
      queries: results,
    };
  } finally {
    for (const s of servers) await s.stop();
  }
}

/** Checks answers and statements, warms up, then measures every query on every server. */
export async function measureQueries(
  servers: RunningServer[],
  queries: ApiQuery[],
  o: Window & { repeats: number; log: (m: string) => void },
): Promise<ApiQueryResult[]> {
  const results: ApiQueryResult[] = [];
  /** The checked response of each query and server: every response under load must equal it. */
  const bodies = new Map<string, string>();
  for (const q of queries) {
    const answers = {} as Record<ServerName, string>;
    const statements = {} as Record<ServerName, number>;
    for (const s of servers) {
      const r = await postWarm(s.url, bodyFor(q, s.name));
      if (r.errors) throw new Error(`${s.name} ${q.name}: ${JSON.stringify(r.errors).slice(0, 500)}`);
      answers[s.name] = JSON.stringify(q.normalize(r.data, s.name));
      bodies.set(`${q.name}/${s.name}`, r.text);
      statements[s.name] = await statementsOf(s, q);
      // Warm-up: plans cached, JIT warm, pools filled.
      await cannon(s.url, bodyFor(q, s.name), 4, {
        durationS: Math.max(1, Math.min(2, o.durationS / 2)),
        amount: o.amount,
      });
    }
    results.push({
      name: q.name,
      label: q.label,
      relationLevels: q.relationLevels,
      sameAnswers: {
        bare: answers.bare === answers.ours,
        peer: answers.peer === undefined ? null : answers.peer === answers.ours,
      },
      statements,
      servers: {
        ours: { p50: [], p99: [], mean: [], rps: [], errors: 0, mismatches: 0 },
        bare: { p50: [], p99: [], mean: [], rps: [], errors: 0, mismatches: 0 },
        peer: { p50: [], p99: [], mean: [], rps: [], errors: 0, mismatches: 0 },
      },
      median: {} as ApiQueryResult['median'],
      ratios: { p50VsBare: 0, p50VsPeer: 0, meanVsBare: 0, meanVsPeer: 0, rpsVsBare: 0, rpsVsPeer: 0 },
    });
  }
  for (let r = 0; r < o.repeats; r++) {
    const k = r % servers.length;
    const order = [...servers.slice(k), ...servers.slice(0, k)];
    for (const [i, q] of queries.entries()) {
      const res = results[i] as ApiQueryResult;
      for (const s of order) {
        const expect = bodies.get(`${q.name}/${s.name}`);
        const one = await cannon(s.url, bodyFor(q, s.name), 1, o, expect);
        const ten = await cannon(s.url, bodyFor(q, s.name), 10, o, expect);
        const m2 = res.servers[s.name];
        // No completed request in the window: no latency to report (NaN), not 0.
        const done = one.requests.total > 0;
        m2.p50.push(done ? one.latency.p50 : Number.NaN);
        m2.p99.push(done ? one.latency.p99 : Number.NaN);
        m2.mean.push(done && one.requests.average > 0 ? 1000 / one.requests.average : Number.NaN);
        m2.rps.push(ten.requests.average);
        m2.errors += one.errors + one.non2xx + ten.errors + ten.non2xx;
        m2.mismatches += one.mismatches + ten.mismatches;
        o.log(
          `api: repeat ${r + 1} ${q.name} ${s.name}: p50 ${one.latency.p50} ms, p99 ${one.latency.p99} ms, ${ten.requests.average} req/s`,
        );
      }
    }
  }
  for (const res of results) {
    for (const s of servers.map((x) => x.name)) {
      const x = res.servers[s];
      res.median[s] = { p50: median(x.p50), p99: median(x.p99), mean: median(x.mean), rps: median(x.rps) };
    }
    const none = { p50: Number.NaN, p99: Number.NaN, mean: Number.NaN, rps: Number.NaN };
    const [ours, bare, peer] = (['ours', 'bare', 'peer'] as const).map((s) => res.median[s] ?? none) as [
      typeof none,
      typeof none,
      typeof none,
    ];
    res.ratios = {
      p50VsBare: ours.p50 > 0 && bare.p50 > 0 ? ours.p50 / bare.p50 : null,
      p50VsPeer: ours.p50 > 0 && peer.p50 > 0 ? ours.p50 / peer.p50 : null,
      meanVsBare: ours.mean / bare.mean,
      meanVsPeer: ours.mean / peer.mean,
      rpsVsBare: ours.rps / bare.rps,
      rpsVsPeer: ours.rps / peer.rps,
    };
  }
  return results;
}

/**
 * Load and soak (`npm run test:load`): the real entry point (`src/main.ts`, NODE_ENV=production) as a
 * child process on 127.0.0.1 against the shared test Neo4j, driven by autocannon with CONNECTIONS
 * concurrent clients on the benchmark's query mix (bench/api/queries.ts) for ROUNDS rounds of SECONDS
 * each, after a warm-up. Asserts: no error (transport, non-2xx or GraphQL `errors`), p99 latency under
 * P99_BOUND_MS in every round, and the server's RSS stable across rounds (no leak). Prints a Markdown
 * summary and writes it to test-output/load-results.md (docs/hardening-results.md quotes it).
 * LOAD_SECONDS, LOAD_ROUNDS and LOAD_CONNECTIONS override the defaults for a quick local try.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { querySet } from '../../bench/api/queries.ts';
import { ROOT } from '../helpers/extract.ts';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const ROUNDS = Number(process.env.LOAD_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const WARMUP_SECONDS = 30;
/**
 * The stated bound: 99% of requests answer within 5 s. With 50 clients on 2 cores shared by the
 * server, Neo4j and the load generator, this mix is served at roughly 40–60 requests/s, so a client
 * waits about 1 s in the queue at the median; 5 s leaves room for Neo4j's GC pauses.
 */
const P99_BOUND_MS = 5_000;
/** RSS may grow by at most this much from the end of round 1 to the end of the last round. */
const RSS_GROWTH_BOUND = 0.15;

const MIX = querySet({
  certificationName: 'CS Gold Mark',
  certificationKey: '',
  certificationId: 'certification:cs-gold-mark',
  searchText: 'ISO 27001',
  pageSize: 50,
});

let server: ChildProcess;
let port = 0;
const log: string[] = [];

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

function startServer(): Promise<void> {
  const conn = inject('neo4j');
  server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEO4J_URI: conn.uri,
      NEO4J_USER: conn.user,
      NEO4J_PASSWORD: conn.password,
      PORT: '0',
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not ready in 300 s:\n${stderr}`)), 300_000);
    server.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
      const m = /GraphQL API: http:\/\/[^:]+:(\d+)\/graphql/.exec(stderr);
      if (m && port === 0) {
        port = Number(m[1]);
        clearTimeout(timer);
        resolve();
      }
    });
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before it was ready:\n${stderr}`));
    });
  });
}

interface Round {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  transportErrors: number;
  non2xx: number;
  graphqlErrors: number;
  rssAfterMb: number;
  rssPeakMb: number;
}

async function round(name: string, seconds: number): Promise<Round> {
  let graphqlErrors = 0;
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(server.pid as number));
  }, 1000);
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: MIX.map((q) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(q.ours),
      onResponse: (_status: number, body: string) => {
        const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown[] };
        if (parsed.errors?.length || !parsed.data) graphqlErrors += 1;
      },
    })),
  });
  clearInterval(sampler);
  await new Promise((r) => setTimeout(r, 2_000));
  const r: Round = {
    name,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    transportErrors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
    rssAfterMb: rssMb(server.pid as number),
    rssPeakMb: peak,
  };
  log.push(
    `| ${r.name} | ${r.requests} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.max} | ${r.transportErrors} | ${r.non2xx} | ${r.graphqlErrors} | ${r.rssAfterMb.toFixed(0)} | ${r.rssPeakMb.toFixed(0)} |`,
  );
  return r;
}

beforeAll(startServer, 300_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  const report = [
    `Load: ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s after a ${WARMUP_SECONDS} s warm-up, query mix: ${MIX.map((q) => q.name).join(', ')}.`,
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; server, Neo4j and autocannon share it.`,
    `Bounds: p99 < ${P99_BOUND_MS} ms in every round; RSS after the last round ≤ ${(1 + RSS_GROWTH_BOUND).toFixed(2)} × after round 1.`,
    '',
    '| round | requests | req/s | p50 ms | p99 ms | max ms | transport errors | non-2xx | GraphQL errors | RSS after MB | RSS peak MB |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...log,
  ].join('\n');
  process.stdout.write(`\n${report}\n`);
  const out = path.join(ROOT, 'test-output');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'load-results.md'), `${report}\n`);
});

describe(`${CONNECTIONS} concurrent clients on the benchmark query mix`, () => {
  const rounds: Round[] = [];

  it('every query of the mix answers without errors before the load starts', async () => {
    for (const q of MIX) {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(q.ours),
      });
      const body = (await res.json()) as { data?: unknown; errors?: unknown };
      expect(body.errors, q.name).toBeUndefined();
      expect(q.normalize(body.data, 'ours'), q.name).toBeTruthy();
    }
  });

  it('warms up', async () => {
    const w = await round('warm-up', WARMUP_SECONDS);
    expect(w.requests).toBeGreaterThan(0);
  });

  for (let i = 1; i <= ROUNDS; i++) {
    it(`round ${i}: no errors, p99 under ${P99_BOUND_MS} ms`, async () => {
      const r = await round(`round ${i}`, SECONDS);
      rounds.push(r);
      expect(r.requests).toBeGreaterThan(0);
      expect(r.transportErrors).toBe(0);
      expect(r.non2xx).toBe(0);
      expect(r.graphqlErrors).toBe(0);
      expect(r.p99).toBeLessThan(P99_BOUND_MS);
    });
  }

  it('RSS is stable across rounds (no leak)', () => {
    expect(rounds).toHaveLength(ROUNDS);
    const first = rounds[0] as Round;
    const last = rounds[rounds.length - 1] as Round;
    expect(last.rssAfterMb).toBeLessThanOrEqual(first.rssAfterMb * (1 + RSS_GROWTH_BOUND));
  });
});

/**
 * Hardening: the seed killed with SIGKILL mid-run, then rerun, leaves the same graph as a clean run,
 * with nothing duplicated; what the killed run left is whole batches only.
 * The seed runs as the real CLI in a child process (node + tsx loader, so the pid killed is the
 * process that writes) against the shared test Neo4j, on a generated corpus under its own root.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type Checksum,
  generateCorpus,
  graphChecksum,
  incompleteArticles,
  openTransactions,
  retractRoot,
  storedArticles,
} from '../helpers/corpus.ts';
import { ROOT } from '../helpers/extract.ts';
import { testGraph, uniquePrefix } from '../helpers/graph.ts';

const ARTICLES = 150;
const BATCH = 5;
const graph = testGraph();
const tag = uniquePrefix('kill');
let dir: string;

function startSeed(): { child: ChildProcess; exited: Promise<{ code: number | null; signal: string | null }> } {
  const conn = inject('neo4j');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'seed/cli.ts', '--content', dir, '--batch', String(BATCH)],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NEO4J_URI: conn.uri,
        NEO4J_USER: conn.user,
        NEO4J_PASSWORD: conn.password,
        ...(conn.database ? { NEO4J_DATABASE: conn.database } : {}),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      if (code !== 0 && signal === null) process.stderr.write(`seed child failed:\n${stderr}\n`);
      resolve({ code, signal });
    }),
  );
  return { child, exited };
}

beforeAll(() => {
  dir = generateCorpus(tag, ARTICLES);
});

afterAll(async () => {
  await retractRoot(graph, dir);
  expect(await storedArticles(graph, dir)).toBe(0);
  rmSync(dir, { recursive: true, force: true });
  await graph.close();
});

describe('seed killed with SIGKILL mid-run', () => {
  let afterRerun: Checksum;

  it('leaves only whole batches behind when killed between commits or inside a transaction', async () => {
    const { child, exited } = startSeed();
    // Kill once the seed is well under way, while one of its write transactions is open.
    let inTransaction = false;
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if ((await storedArticles(graph, dir)) >= ARTICLES / 4 && (await openTransactions(graph)) > 0) {
        inTransaction = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    const { signal } = await exited;
    expect(signal, 'the seed finished before it could be killed: grow the corpus').toBe('SIGKILL');
    expect(inTransaction).toBe(true);
    const left = await storedArticles(graph, dir);
    expect(left).toBeGreaterThanOrEqual(ARTICLES / 4);
    expect(left).toBeLessThan(ARTICLES);
    // Batches are single transactions: a kill cannot leave part of one.
    expect(left % BATCH).toBe(0);
    expect(await incompleteArticles(graph, dir)).toEqual([]);
  });

  it('a rerun completes the graph, with nothing duplicated', async () => {
    const { exited } = startSeed();
    expect(await exited).toEqual({ code: 0, signal: null });
    afterRerun = await graphChecksum(graph, dir);
    expect(afterRerun.articles).toBe(ARTICLES);
    expect(afterRerun.duplicates).toBe(0);
    expect(await incompleteArticles(graph, dir)).toEqual([]);
  });

  it('the graph after kill + rerun equals the graph of a clean run', async () => {
    await retractRoot(graph, dir);
    expect(await storedArticles(graph, dir)).toBe(0);
    const { exited } = startSeed();
    expect(await exited).toEqual({ code: 0, signal: null });
    const clean = await graphChecksum(graph, dir);
    expect(clean.articles).toBe(ARTICLES);
    expect(clean.evidence).toBeGreaterThan(ARTICLES);
    expect(afterRerun).toEqual(clean);
  });
});

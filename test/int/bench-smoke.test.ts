/**
 * Smoke run of the whole benchmark (`npm run bench:smoke`): tiny corpus, a few requests per
 * measurement, its own embedded Neo4j (NEO4J_URI is removed for the child, so the shared test
 * database is never touched). Checks that every part runs and what the results say about behaviour —
 * same answers from the three servers, statements per request within the relation levels — never
 * how fast anything was.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchResults } from '../../bench/run.ts';
import { ROOT_DIR } from '../../src/config.ts';

const out = mkdtempSync(path.join(os.tmpdir(), 'cg-bench-smoke-test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function runSmoke(): Promise<{ code: number | null; stderr: string }> {
  const env = { ...process.env };
  delete env.NEO4J_URI;
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--smoke', '--out', out], {
    cwd: ROOT_DIR,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + String(d)).slice(-8000);
  });
  // Bounded: the run is killed (and fails) if it has not finished within 8 minutes.
  const timer = setTimeout(() => child.kill('SIGTERM'), 480_000);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    }),
  );
}

describe('benchmark smoke run', () => {
  it('seeds, serves and measures end to end on its own Neo4j', { timeout: 540_000 }, async () => {
    const run = await runSmoke();
    expect(run.code, run.stderr).toBe(0);
    const r = JSON.parse(readFileSync(path.join(out, 'smoke.json'), 'utf8')) as BenchResults;
    expect(r.smoke).toBe(true);

    const seed = r.seed?.[0];
    expect(seed?.articles).toBe(20);
    expect(seed?.facts).toBeGreaterThan(100);
    for (const k of ['cli', 'bareE2e', 'oursWrite', 'bareWrite'] as const) expect(seed?.runs[k]).toHaveLength(1);
    expect(seed?.runs.cli[0]?.maxRssKb).toBeGreaterThan(10_000);

    const api = r.api;
    expect(api?.queries.map((q) => q.name)).toEqual(['lookup', 'nested', 'lineage', 'graph', 'search']);
    for (const q of api?.queries ?? []) {
      expect(q.sameAnswers, q.name).toEqual({ bare: true, peer: true });
      expect(q.statements.ours, q.name).toBeLessThanOrEqual(q.relationLevels);
      expect(q.statements.bare, q.name).toBe(1);
      expect(q.statements.peer, q.name).toBeGreaterThanOrEqual(1);
      for (const m of [q.servers.ours, q.servers.bare, q.servers.peer]) {
        expect(m.errors, q.name).toBe(0);
        // Every response under load equalled the checked answer.
        expect(m.mismatches, q.name).toBe(0);
      }
    }
    expect(new Set(Object.values(api?.nestedStatementsByPageSize ?? {})).size).toBe(1);

    expect(r.scale?.queries.map((q) => q.name)).toEqual(['lookup', 'lineage', 'graph']);
    for (const q of r.scale?.queries ?? []) expect(q.sameAnswers.bare, q.name).toBe(true);
  });
});

/**
 * Fuzzing of parseArticle and ingestFile with fast-check (properties in test/helpers/fuzz-ingest.ts).
 * The fuzzer runs in a child process with a fixed seed; a watchdog kills it if it does not finish,
 * so a parser that hangs fails this test instead of hanging the run. FUZZ_SEED / FUZZ_RUNS override
 * the seed and the run count locally (CI uses the defaults).
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/extract.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
/** A bound that no healthy run comes near (a few seconds of CPU), only a hang. */
const WATCHDOG_MS = 120_000;

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  killed: boolean;
}

function runFuzzer(): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/helpers/fuzz-ingest.ts', String(SEED), String(RUNS), String(Math.ceil(RUNS / 3))],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-20_000);
    });
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, WATCHDOG_MS);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, killed });
    });
  });
}

describe(`fuzzing the ingest layer (fast-check, seed ${SEED}, ${RUNS} runs)`, () => {
  it('parseArticle and ingestFile return an article or a typed rejection, never throw otherwise, never hang', async () => {
    const out = await runFuzzer();
    expect(out.killed, `fuzzer did not finish within ${WATCHDOG_MS} ms: a parser hangs\n${out.stdout}`).toBe(false);
    expect(out.code, `fuzzer failed (seed ${SEED}):\n${out.stderr}`).toBe(0);
    const phases = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { phase: string; runs: number; articles: number; rejected: number });
    expect(phases.map((p) => p.phase)).toEqual(['parseArticle', 'ingestFile']);
    for (const p of phases) {
      expect(p.articles + p.rejected).toBe(p.runs);
      // Both outcomes are exercised: the generators are neither all-valid nor all-garbage.
      expect(p.articles, p.phase).toBeGreaterThan(0);
      expect(p.rejected, p.phase).toBeGreaterThan(0);
    }
  }, 180_000);
});

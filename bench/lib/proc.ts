/**
 * Runs a TypeScript entry point of the project in a child Node process (with tsx, as `npm run` does)
 * and times it from spawn to exit. Contract: resolves with the exit code; never throws for a non-zero
 * exit (the caller decides); the child is killed after `timeoutMs`.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT_DIR } from '../../src/config.ts';

export interface ProcResult {
  code: number | null;
  wallMs: number;
  stderr: string;
  stdout: string;
}

export function runTs(
  script: string,
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; preload?: string[]; timeoutMs?: number } = {},
): Promise<ProcResult> {
  const imports = ['tsx', ...(opts.preload ?? [])].flatMap((m) => ['--import', m]);
  const started = performance.now();
  const child = spawn(process.execPath, [...imports, path.join(ROOT_DIR, script), ...args], {
    cwd: ROOT_DIR,
    env: opts.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + String(d)).slice(-20_000);
  });
  child.stdout.on('data', (d) => {
    stdout = (stdout + String(d)).slice(-2_000_000);
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 3_600_000);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, wallMs: performance.now() - started, stderr, stdout });
    });
  });
}

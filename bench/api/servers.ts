/**
 * Starts the three servers of the API benchmark as child processes on free ports and stops them by
 * their own pid. Contract: startServer resolves once the child printed `READY <port>`, rejects if it
 * exits first or takes longer than 120 s.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT_DIR } from '../../src/config.ts';

export type ServerName = 'ours' | 'bare' | 'peer';

export const SERVER_SCRIPTS: Record<ServerName, string> = {
  ours: 'bench/api/serve-ours.ts',
  bare: 'bench/api/serve-bare.ts',
  peer: 'bench/api/serve-peer.ts',
};

export interface RunningServer {
  name: ServerName;
  url: string;
  port: number;
  stop(): Promise<void>;
}

export function startServer(name: ServerName, env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT_DIR, SERVER_SCRIPTS[name])], {
    cwd: ROOT_DIR,
    env: { ...env, PORT: '0', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr = (stderr + String(d)).slice(-4000);
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${name} server not ready within 120 s: ${stderr}`));
    }, 120_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /^READY (\d+)/.exec(line);
      if (!m) return;
      clearTimeout(timer);
      const port = Number(m[1]);
      resolve({ name, port, url: `http://127.0.0.1:${port}`, stop });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} server exited (${code}) before it was ready: ${stderr}`));
    });
  });
}

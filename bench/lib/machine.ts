/** What the benchmark ran on: recorded with every result. */
import { spawnSync } from 'node:child_process';
import os from 'node:os';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  java: string;
  loadAverageAtStart: number[];
}

export function machineInfo(): MachineInfo {
  // `java -version` prints on stderr.
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const java = (r.stderr || r.stdout || '').split('\n')[0]?.trim() || 'unknown';
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    java,
    loadAverageAtStart: os.loadavg().map((x) => Number(x.toFixed(2))),
  };
}

/** Busy share of all cores over `ms`, from os.cpus() times (0 = idle, 1 = every core busy). */
async function busyShare(ms: number): Promise<number> {
  const total = () =>
    os.cpus().reduce(
      (a, c) => {
        const t = c.times;
        return {
          busy: a.busy + t.user + t.nice + t.sys + t.irq,
          all: a.all + t.user + t.nice + t.sys + t.irq + t.idle,
        };
      },
      { busy: 0, all: 0 },
    );
  const a = total();
  await new Promise((r) => setTimeout(r, ms));
  const b = total();
  return b.all > a.all ? (b.busy - a.busy) / (b.all - a.all) : 0;
}

/**
 * Waits until the machine is quiet (under `threshold` of all cores busy over a 2 s window) — e.g. a
 * database flushing what was just written — or `maxMs` passed. Resolves with the last busy share.
 */
export async function waitForQuiet(threshold = 0.15, maxMs = 90_000): Promise<number> {
  const until = Date.now() + maxMs;
  let busy = await busyShare(2_000);
  while (busy > threshold && Date.now() < until) busy = await busyShare(2_000);
  return busy;
}

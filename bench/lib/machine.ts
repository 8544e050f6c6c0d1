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

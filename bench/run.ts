/**
 * `npm run bench -- [options]`: seed, API and scale benchmarks on a Neo4j of their own.
 *   --only LIST        seed,api,scale (default: all three)
 *   --sizes LIST       seed corpus sizes in articles (default 100,1000); --large adds 10000
 *   --lexicon-for N    size every seed corpus's lexicon as for N articles (fixed-size lexicon)
 *   --repeats N        alternating repeats per measurement, medians reported (default 3)
 *   --warmup N         discarded seed rounds over a 1,000-article corpus first (default 1; smoke 0)
 *   --no-settle        skip the discarded same-loader run over that corpus before every measured seed run
 *   --seed-runs LIST   cli,bareE2e,oursWrite,bareWrite (default: all four)
 *   --batch N          articles per write transaction, both loaders (default 50)
 *   --api-size N       articles in the API benchmark's corpus (default 1000)
 *   --duration S       autocannon seconds per measurement (default 10)
 *   --scale-nodes N    nodes of the scale graph (default 20000; --large: 100000)
 *   --smoke            tiny sizes and durations, for CI: checks that everything runs, times nothing
 *   --out DIR          where results go (default bench/results; smoke: a temporary directory)
 *   --allow-reset      allow erasing a non-empty database at NEO4J_URI
 * Results: <out>/latest.json and <out>/latest.md (the tables BENCHMARKS.md quotes).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT_DIR } from '../src/config.ts';
import { type ApiResult, apiBench } from './api/bench-api.ts';
import { type MachineInfo, machineInfo } from './lib/machine.ts';
import { openBenchNeo4j } from './neo4j.ts';
import { apiReport, scaleReport, seedReport } from './report.ts';
import { type ScaleResult, scaleBench } from './scale/bench-scale.ts';
import { type SeedSizeResult, seedBench } from './seed/bench-seed.ts';

const log = (m: string) => process.stderr.write(`${m}\n`);
const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  smoke: boolean;
  machine: MachineInfo;
  options: Record<string, unknown>;
  seed?: SeedSizeResult[];
  api?: ApiResult;
  scale?: ScaleResult;
}

async function main(): Promise<void> {
  const { values: v } = parseArgs({
    options: {
      only: { type: 'string', default: 'seed,api,scale' },
      sizes: { type: 'string', default: '100,1000' },
      'lexicon-for': { type: 'string' },
      large: { type: 'boolean', default: false },
      repeats: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '1' },
      'no-settle': { type: 'boolean', default: false },
      batch: { type: 'string', default: '50' },
      'api-size': { type: 'string', default: '1000' },
      duration: { type: 'string', default: '10' },
      'scale-nodes': { type: 'string' },
      'seed-runs': { type: 'string', default: 'cli,bareE2e,oursWrite,bareWrite' },
      seed: { type: 'string', default: '42' },
      smoke: { type: 'boolean', default: false },
      out: { type: 'string' },
      'allow-reset': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (v.help) {
    log('usage: npm run bench -- [--only seed,api,scale] [--sizes 100,1000] [--large] [--repeats N] [--smoke] …');
    return;
  }
  const smoke = v.smoke === true;
  const only = new Set(list(v.only as string));
  const sizes = smoke ? [20] : [...list(v.sizes as string).map(Number), ...(v.large ? [10_000] : [])];
  const repeats = smoke ? 1 : Math.max(1, Number(v.repeats));
  const options = {
    only: [...only],
    sizes,
    lexiconFor: v['lexicon-for'] ? Number(v['lexicon-for']) : undefined,
    repeats,
    warmup: smoke ? 0 : Math.max(0, Number(v.warmup)),
    settle: !smoke && v['no-settle'] !== true,
    batch: Number(v.batch),
    seed: Number(v.seed),
    apiSize: smoke ? 40 : Number(v['api-size']),
    durationS: smoke ? 1 : Number(v.duration),
    scaleNodes: smoke ? 600 : Number(v['scale-nodes'] ?? (v.large ? 100_000 : 20_000)),
    /** Smoke runs send a fixed number of requests per measurement instead of a time window. */
    amount: smoke ? 5 : undefined,
  };
  const startedAt = new Date().toISOString();
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'cg-bench-'));
  const neo = await openBenchNeo4j({
    heapMb: smoke ? 512 : 1536,
    pageCacheMb: smoke ? 128 : 1024,
    allowNonEmpty: v['allow-reset'] === true,
    log,
  });
  const results: BenchResults = { startedAt, finishedAt: '', smoke, machine: machineInfo(), options };
  // Interrupted: stop the benchmark's Neo4j and remove its files before exiting.
  const abort = () => {
    void neo.stop().finally(() => {
      rmSync(workDir, { recursive: true, force: true });
      process.exit(130);
    });
  };
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  try {
    if (only.has('seed')) {
      results.seed = await seedBench({
        neo,
        sizes,
        lexiconFor: options.lexiconFor,
        repeats,
        warmup: options.warmup,
        settle: options.settle,
        batch: options.batch,
        seed: options.seed,
        workDir,
        steps: list(v['seed-runs'] as string) as Array<'cli' | 'bareE2e' | 'oursWrite' | 'bareWrite'>,
        log,
      });
    }
    if (only.has('api')) {
      results.api = await apiBench({
        neo,
        articles: options.apiSize,
        repeats,
        durationS: options.durationS,
        amount: options.amount,
        seed: options.seed,
        workDir,
        log,
      });
    }
    if (only.has('scale')) {
      results.scale = await scaleBench({
        neo,
        nodes: options.scaleNodes,
        repeats,
        durationS: options.durationS,
        amount: options.amount,
        log,
      });
    }
  } finally {
    await neo.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
  results.finishedAt = new Date().toISOString();
  // A smoke run keeps the recorded results untouched unless told where to write.
  const out = path.resolve(v.out ?? (smoke ? path.join(os.tmpdir(), 'cg-bench-smoke') : 'bench/results'));
  mkdirSync(out, { recursive: true });
  const md = [
    results.seed ? seedReport(results.seed) : '',
    results.api ? apiReport(results.api) : '',
    results.scale ? scaleReport(results.scale) : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  const json = path.join(out, smoke ? 'smoke.json' : 'latest.json');
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  // Recorded results live in the repository: keep them in the project's format (biome check).
  spawnSync(path.join(ROOT_DIR, 'node_modules/.bin/biome'), ['format', '--write', json], { stdio: 'ignore' });
  writeFileSync(path.join(out, smoke ? 'smoke.md' : 'latest.md'), `${md}\n`);
  process.stdout.write(`${md}\n`);
}

main().catch((err) => {
  log(`bench: ${(err as Error).stack ?? String(err)}`);
  process.exit(1);
});

/**
 * Seed benchmark. For each corpus size: generate the corpus, extract its records once (timing the
 * ingest alone), then run alternating repeats, each on an emptied database, of:
 *   cli        the real seed CLI (`seed/cli.ts --content … --lexicon … --batch N`), end to end;
 *   bare-e2e   the bare loader: the same streamed ingest, written by bench/seed/bare-store.ts;
 *   ours-write writeSources over the cached records (write time only, per batch);
 *   bare-write the bare loader over the cached records (write time only, per batch).
 * Before the first size, `warmup` rounds of the same runs over a 1,000-article corpus are made and
 * discarded: the first runs on a fresh Neo4j pay for JIT compilation and query planning (a 3,000-article
 * write took 40.9 s cold and 17.5 s on the next repeat; after a 200-article warm-up, three 10,000-article
 * writes still took 70.8 / 58.7 / 48.3 s, their early batches slowest), which would fall on whichever
 * side ran first and on the loader with more distinct statements. With `settle`, every measured run is
 * preceded by the same run over that corpus, so that no run starts from the store another loader's
 * run left behind: ours' first batches after a bare run are up to 3× slower than after its own.
 * Reports medians over the repeats, ratios ours ÷ bare (throughput), peak RSS and late/early batch times.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { resetGraph } from '../../src/graph/meta-store.ts';
import { generateCorpus, type Manifest } from '../corpus/generate.ts';
import { runTs } from '../lib/proc.ts';
import { lateEarlyRatio, median } from '../lib/stats.ts';
import type { BenchNeo4j } from '../neo4j.ts';
import { type CacheStats, writeRecordCache } from './records.ts';
import type { WriterResult } from './writer.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PROBE = pathToFileURL(path.join(ROOT, 'bench/seed/rss-probe.mjs')).href;

export interface RunSample {
  wallMs: number;
  writeMs: number | null;
  maxRssKb: number;
  lateEarly: number | null;
}

export interface SeedSizeResult {
  articles: number;
  facts: number;
  offerings: number;
  lexiconEntries: number;
  corpusMb: number;
  ingestOnlyArticlesPerS: number;
  runs: Record<'cli' | 'bareE2e' | 'oursWrite' | 'bareWrite', RunSample[]>;
  median: {
    cliArticlesPerS: number;
    cliFactsPerS: number;
    bareE2eArticlesPerS: number;
    e2eRatio: number;
    oursWriteFactsPerS: number;
    bareWriteFactsPerS: number;
    writeRatio: number;
    cliRssMb: number;
    bareRssMb: number;
    oursLateEarly: number;
    bareLateEarly: number;
  };
}

export interface SeedBenchOptions {
  neo: BenchNeo4j;
  sizes: number[];
  /** Size every corpus's lexicon as for this many articles (a fixed-size lexicon); default: its own size. */
  lexiconFor?: number | undefined;
  repeats: number;
  batch: number;
  seed: number;
  workDir: string;
  /** Discarded rounds over a WARMUP_ARTICLES corpus before the first size (default 0). */
  warmup?: number;
  /**
   * Before every measured run, the same run over the WARMUP_ARTICLES corpus, discarded (default
   * false): each run then starts from what its own loader left, never from the other's (finding 10).
   */
  settle?: boolean;
  /** Which runs to make (default all four); a long size may skip some. */
  steps?: Array<keyof SeedSizeResult['runs']>;
  log: (m: string) => void;
}

async function cli(o: SeedBenchOptions, m: Manifest, dir: string): Promise<RunSample> {
  const rssFile = path.join(dir, 'cli-rss.txt');
  const report = path.join(dir, 'cli-report.json');
  const args = ['--content', m.contentDir, '--lexicon', m.lexiconDir, '--batch', String(o.batch), '--report', report];
  const r = await runTs('seed/cli.ts', args, { env: { ...o.neo.env, CG_BENCH_RSS_FILE: rssFile }, preload: [PROBE] });
  if (r.code !== 0) throw new Error(`seed CLI exited ${r.code}:\n${r.stderr.slice(-3000)}`);
  const rep = JSON.parse(readFileSync(report, 'utf8')) as { articlesWritten: number };
  if (rep.articlesWritten !== m.articles) throw new Error(`seed CLI wrote ${rep.articlesWritten} of ${m.articles}`);
  return { wallMs: r.wallMs, writeMs: null, maxRssKb: Number(readFileSync(rssFile, 'utf8')), lateEarly: null };
}

async function writer(
  o: SeedBenchOptions,
  m: Manifest,
  dir: string,
  kind: 'ours' | 'bare',
  records: string | null,
): Promise<RunSample & { result: WriterResult }> {
  const out = path.join(dir, `writer-${kind}.json`);
  const src = records ? ['--records', records] : ['--content', m.contentDir, '--lexicon', m.lexiconDir];
  const r = await runTs('bench/seed/writer.ts', ['--writer', kind, ...src, '--batch', String(o.batch), '--out', out], {
    env: o.neo.env,
  });
  if (r.code !== 0) throw new Error(`writer ${kind} exited ${r.code}:\n${r.stderr.slice(-3000)}`);
  const result = JSON.parse(readFileSync(out, 'utf8')) as WriterResult;
  if (result.articles !== m.articles) throw new Error(`writer ${kind} wrote ${result.articles} of ${m.articles}`);
  return {
    wallMs: r.wallMs,
    writeMs: result.writeMs,
    maxRssKb: result.maxRssKb,
    lateEarly: lateEarlyRatio(result.batchMs),
    result,
  };
}

const WARMUP_ARTICLES = 1000;

type Step = [keyof SeedSizeResult['runs'], () => Promise<RunSample>];

/** Generates a corpus in `<workDir>/seed-<size>`, caches its records, and returns the runs over it. */
async function prepare(o: SeedBenchOptions, size: number, label = `seed-${size}`) {
  const dir = path.join(o.workDir, label);
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const m = generateCorpus(dir, { articles: size, seed: o.seed, lexiconFor: o.lexiconFor });
  o.log(`seed ${size}: corpus of ${m.articles} articles (${(m.bytes / 1e6).toFixed(1)} MB), extracting records…`);
  const records = path.join(dir, 'records.jsonl');
  const cache: CacheStats = await writeRecordCache(
    { rootDir: ROOT, contentDir: m.contentDir, lexiconDir: m.lexiconDir },
    records,
  );
  const steps: Step[] = [
    ['cli', () => cli(o, m, dir)],
    ['bareE2e', () => writer(o, m, dir, 'bare', null)],
    ['oursWrite', () => writer(o, m, dir, 'ours', records)],
    ['bareWrite', () => writer(o, m, dir, 'bare', records)],
  ];
  return { m, cache, chosen: steps.filter(([name]) => !o.steps || o.steps.includes(name)) };
}

export async function seedBench(o: SeedBenchOptions): Promise<SeedSizeResult[]> {
  const results: SeedSizeResult[] = [];
  const warm = (o.warmup ?? 0) > 0 || o.settle ? await prepare(o, WARMUP_ARTICLES, 'warm-up') : null;
  const settle = new Map(o.settle ? (warm?.chosen ?? []) : []);
  if (warm && (o.warmup ?? 0) > 0) {
    const { chosen } = warm;
    for (let r = 0; r < (o.warmup ?? 0); r++) {
      for (const [name, run] of chosen) {
        await resetGraph(o.neo.graph);
        const sample = await run();
        o.log(`seed warm-up ${r + 1} ${name} ${(sample.wallMs / 1000).toFixed(1)} s (discarded)`);
      }
    }
  }
  for (const size of o.sizes) {
    const { m, cache, chosen } = await prepare(o, size);
    const runs: SeedSizeResult['runs'] = { cli: [], bareE2e: [], oursWrite: [], bareWrite: [] };
    for (let r = 0; r < o.repeats; r++) {
      // Alternate the order so that drift (caches, other load) does not favour one side.
      for (const [name, run] of r % 2 === 0 ? chosen : [...chosen].reverse()) {
        const own = settle.get(name);
        if (own) {
          await resetGraph(o.neo.graph);
          await own();
        }
        await resetGraph(o.neo.graph);
        const sample = await run();
        runs[name].push(sample);
        o.log(`seed ${size}: repeat ${r + 1} ${name} ${(sample.wallMs / 1000).toFixed(1)} s`);
      }
    }
    await resetGraph(o.neo.graph);
    const articles = m.articles;
    const facts = cache.facts;
    const perS = (n: number, ms: number) => n / (ms / 1000);
    const med = (xs: RunSample[], f: (s: RunSample) => number) => median(xs.map(f));
    const cliWall = med(runs.cli, (s) => s.wallMs);
    const bareWall = med(runs.bareE2e, (s) => s.wallMs);
    const oursWrite = med(runs.oursWrite, (s) => s.writeMs ?? Number.NaN);
    const bareWrite = med(runs.bareWrite, (s) => s.writeMs ?? Number.NaN);
    results.push({
      articles,
      facts,
      offerings: m.offerings,
      lexiconEntries: m.lexiconEntries,
      corpusMb: m.bytes / 1e6,
      ingestOnlyArticlesPerS: perS(articles, cache.ingestMs),
      runs,
      median: {
        cliArticlesPerS: perS(articles, cliWall),
        cliFactsPerS: perS(facts, cliWall),
        bareE2eArticlesPerS: perS(articles, bareWall),
        e2eRatio: bareWall / cliWall,
        oursWriteFactsPerS: perS(facts, oursWrite),
        bareWriteFactsPerS: perS(facts, bareWrite),
        writeRatio: bareWrite / oursWrite,
        cliRssMb: med(runs.cli, (s) => s.maxRssKb) / 1024,
        bareRssMb: med(runs.bareE2e, (s) => s.maxRssKb) / 1024,
        oursLateEarly: med(runs.oursWrite, (s) => s.lateEarly ?? Number.NaN),
        bareLateEarly: med(runs.bareWrite, (s) => s.lateEarly ?? Number.NaN),
      },
    });
  }
  return results;
}

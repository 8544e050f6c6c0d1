/**
 * One timed load, run as its own process (so its peak RSS is its own):
 *   tsx bench/seed/writer.ts --writer ours|bare (--records FILE | --content DIR --lexicon DIR) --batch N --out FILE
 * `ours` writes with writeSources (src/graph/seed-store.ts), `bare` with bench/seed/bare-store.ts.
 * From --records, only writing is timed; from --content the ingest runs in the same loop, as in the
 * seed. Connects to NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD); the database is expected to be empty.
 * Writes a JSON result: every batch's write time, the totals and the peak RSS.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ROOT_DIR } from '../../src/config.ts';
import { applyConstraints } from '../../src/graph/constraints.ts';
import { createGraph } from '../../src/graph/driver.ts';
import { type SourceFacts, writeSources } from '../../src/graph/seed-store.ts';
import { bareWriteSources } from './bare-store.ts';
import { articleSources, factCount, lexiconSources, readRecordCache } from './records.ts';

export interface WriterResult {
  writer: 'ours' | 'bare';
  source: 'records' | 'content';
  articles: number;
  facts: number;
  batchSize: number;
  lexiconMs: number;
  /** Write time of each article batch, in order. */
  batchMs: number[];
  writeMs: number;
  wallMs: number;
  maxRssKb: number;
}

async function main() {
  const started = performance.now();
  const { values: v } = parseArgs({
    options: {
      writer: { type: 'string' },
      records: { type: 'string' },
      content: { type: 'string' },
      lexicon: { type: 'string' },
      batch: { type: 'string', default: '50' },
      out: { type: 'string' },
    },
  });
  const writer = v.writer === 'bare' ? 'bare' : v.writer === 'ours' ? 'ours' : null;
  const uri = process.env.NEO4J_URI;
  if (!writer || !v.out || !uri || !(v.records || (v.content && v.lexicon))) {
    process.stderr.write('usage: writer.ts --writer ours|bare (--records F | --content D --lexicon D) --out F\n');
    process.exit(2);
  }
  const batchSize = Number(v.batch);
  const graph = createGraph({
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
  });
  const write = (b: SourceFacts[]) => (writer === 'ours' ? writeSources(graph, b, []) : bareWriteSources(graph, b));
  try {
    await applyConstraints(graph, ROOT_DIR);
    let lexicon: SourceFacts[];
    let articles: AsyncIterable<SourceFacts> | Iterable<SourceFacts>;
    if (v.records) ({ lexicon, articles } = await readRecordCache(v.records));
    else {
      const paths = { rootDir: ROOT_DIR, contentDir: v.content as string, lexiconDir: v.lexicon as string };
      lexicon = lexiconSources(paths);
      articles = articleSources(paths);
    }
    const t0 = performance.now();
    await write(lexicon);
    const lexiconMs = performance.now() - t0;
    const result: WriterResult = {
      writer,
      source: v.records ? 'records' : 'content',
      articles: 0,
      facts: 0,
      batchSize,
      lexiconMs,
      batchMs: [],
      writeMs: 0,
      wallMs: 0,
      maxRssKb: 0,
    };
    let batch: SourceFacts[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const t = performance.now();
      await write(batch);
      const ms = performance.now() - t;
      result.batchMs.push(ms);
      result.writeMs += ms;
      batch = [];
    };
    for await (const s of articles) {
      result.articles += 1;
      result.facts += factCount(s);
      batch.push(s);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    result.wallMs = performance.now() - started;
    result.maxRssKb = process.resourceUsage().maxRSS;
    writeFileSync(v.out as string, JSON.stringify(result));
  } finally {
    await graph.close();
  }
}

main().catch((err) => {
  process.stderr.write(`writer: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});

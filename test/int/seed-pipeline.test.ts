/**
 * The seed extracts the next batch while the previous one is written: batches must still be written
 * one at a time, in order, and a failed write must stop the seed before any later batch is written.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../seed/run.ts';
import { type Graph, GraphError } from '../../src/graph/driver.ts';
import { ROOT } from '../helpers/extract.ts';
import { testGraph, uniquePrefix } from '../helpers/graph.ts';

const graph = testGraph();
const tag = uniquePrefix('pipeline');
const ARTICLES = 7;
let dir: string;

/** The real graph, recording each write transaction's sources and how many ran at once. */
function watched(failOnBatch = 0) {
  const batches: string[][] = [];
  let active = 0;
  let maxActive = 0;
  const g: Graph = {
    ...graph,
    async writeTransaction(work) {
      active += 1;
      maxActive = Math.max(maxActive, active);
      try {
        return await graph.writeTransaction((tx) =>
          work({
            async run(cypher, params) {
              if (cypher.startsWith('/* mergeSources */')) {
                const ids = ((params?.rows ?? []) as Array<{ id: string }>).map((r) => r.id);
                if (ids.some((id) => id.includes(tag))) {
                  batches.push(ids);
                  // Slow writes give the extraction time to run ahead, if it could.
                  await new Promise((resolve) => setTimeout(resolve, 50));
                  if (batches.length === failOnBatch) throw new GraphError('connection lost', 'ServiceUnavailable');
                }
              }
              return tx.run(cypher, params);
            },
          }),
        );
      } finally {
        active -= 1;
      }
    },
  };
  return { g, batches, maxActive: () => maxActive };
}

const run = (g: Graph) =>
  seed(g, {
    rootDir: ROOT,
    contentDirs: [dir],
    lexiconDirs: ['content/lexicon'],
    batchSize: 2,
    unavailableRetryMs: 0,
  });

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cg-pipeline-'));
  mkdirSync(path.join(dir, 'en-us'));
  for (let i = 0; i < ARTICLES; i++) {
    writeFileSync(
      path.join(dir, 'en-us', `offering-${tag}-${i}.md`),
      `# Scheme ${tag} ${i}\n\nThe scheme is based on ISO/IEC 27001.\n`,
    );
  }
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  await run(graph);
  rmSync(dir, { recursive: true, force: true });
  await graph.close();
});

describe('seed pipeline', () => {
  it('stops at a failed batch: no later batch is written, and the failure is the error', async () => {
    const w = watched(2);
    await expect(run(w.g)).rejects.toThrow(/connection lost/);
    expect(w.batches).toHaveLength(2);
    const stored = await graph.read(
      '/* countPipelineArticles */ MATCH (a:Article) WHERE a.id CONTAINS $tag RETURN count(a) AS n',
      { tag },
    );
    // Only the first batch committed; the failed one rolled back whole.
    expect(stored[0]?.n).toBe(2);
  });

  it('writes every batch one at a time, in article order', async () => {
    const w = watched();
    const report = await run(w.g);
    // The first batch is stored since the test above: the rest is written, in batches of two.
    expect(report.articlesWritten).toBe(ARTICLES - 2);
    expect(w.maxActive()).toBe(1);
    const written = w.batches.flat();
    expect(written).toEqual([...written].sort());
    expect(w.batches.map((b) => b.length)).toEqual([2, 2, 1]);
  });
});

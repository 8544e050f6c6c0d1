/** Markdown tables of benchmark results (what BENCHMARKS.md quotes). */

import type { ApiResult } from './api/bench-api.ts';
import { round, table } from './lib/stats.ts';
import type { ScaleResult } from './scale/bench-scale.ts';
import type { SeedSizeResult } from './seed/bench-seed.ts';

const f1 = (n: number) => round(n, 1);
const f2 = (n: number) => round(n, 2);
/** A ratio that may be missing (a p50 of 0 ms): shown as –. */
const r2 = (n: number | null) => (n === null ? '–' : round(n, 2));

export function seedReport(results: SeedSizeResult[]): string {
  const main = table(
    [
      'articles',
      'facts',
      'CLI articles/s',
      'CLI facts/s',
      'bare e2e articles/s',
      'e2e ratio',
      'write-only facts/s ours',
      'write-only facts/s bare',
      'write ratio',
      'CLI peak RSS MB',
      'bare peak RSS MB',
      'late/early ours',
      'late/early bare',
    ],
    results.map((r) => [
      r.articles,
      r.facts,
      f1(r.median.cliArticlesPerS),
      f1(r.median.cliFactsPerS),
      f1(r.median.bareE2eArticlesPerS),
      f2(r.median.e2eRatio),
      f1(r.median.oursWriteFactsPerS),
      f1(r.median.bareWriteFactsPerS),
      f2(r.median.writeRatio),
      f1(r.median.cliRssMb),
      f1(r.median.bareRssMb),
      f2(r.median.oursLateEarly),
      f2(r.median.bareLateEarly),
    ]),
  );
  const corpus = table(
    ['articles', 'offerings', 'lexicon entries', 'corpus MB', 'ingest only, articles/s', 'repeats'],
    results.map((r) => [
      r.articles,
      r.offerings,
      r.lexiconEntries,
      f1(r.corpusMb),
      f1(r.ingestOnlyArticlesPerS),
      Math.max(...Object.values(r.runs).map((runs) => runs.length)),
    ]),
  );
  return `### Seed\n\n${main}\n\n${corpus}`;
}

export function apiReport(r: ApiResult): string {
  const rows = r.queries.map((q) => [
    q.label,
    `${f2(q.median.ours.p50)} / ${f2(q.median.ours.p99)}`,
    `${f2(q.median.bare.p50)} / ${f2(q.median.bare.p99)}`,
    `${f2(q.median.peer.p50)} / ${f2(q.median.peer.p99)}`,
    r2(q.ratios.p50VsBare),
    r2(q.ratios.p50VsPeer),
    `${f2(q.median.ours.mean)} / ${f2(q.median.bare.mean)} / ${f2(q.median.peer.mean)}`,
    `${f2(q.ratios.meanVsBare)} / ${f2(q.ratios.meanVsPeer)}`,
    `${f1(q.median.ours.rps)} / ${f1(q.median.bare.rps)} / ${f1(q.median.peer.rps)}`,
    f2(q.ratios.rpsVsBare),
    `${q.statements.ours} / ${q.statements.bare} / ${q.statements.peer}`,
    q.relationLevels,
    q.sameAnswers.bare && q.sameAnswers.peer !== false
      ? 'yes'
      : `bare ${q.sameAnswers.bare}, peer ${q.sameAnswers.peer}`,
  ]);
  const head = [
    'query',
    'ours p50 / p99 ms',
    'bare p50 / p99 ms',
    '@neo4j/graphql p50 / p99 ms',
    'p50 ours ÷ bare',
    'p50 ours ÷ @neo4j/graphql',
    'mean ms at 1 conn. ours / bare / @neo4j/graphql',
    'mean ours ÷ bare / ÷ @neo4j/graphql',
    'req/s at 10 conn. ours / bare / @neo4j/graphql',
    'req/s ours ÷ bare',
    'statements ours / bare / @neo4j/graphql',
    'relation levels',
    'same answers',
  ];
  const count = (m: { errors: number; mismatches: number }) => `${m.errors}/${m.mismatches}`;
  const errors = r.queries.map(
    (q) =>
      `${q.name} ${count(q.servers.ours)} ours, ${count(q.servers.bare)} bare, ${count(q.servers.peer)} @neo4j/graphql`,
  );
  const sizes = Object.entries(r.nestedStatementsByPageSize)
    .map(([k, v]) => `${v} at ${k} items`)
    .join(', ');
  return `### API (${r.articles} articles, ${r.repeats} repeats × ${r.durationS} s per measurement)\n\n${table(head, rows)}\n\nOur statements for the nested list: ${sizes}. Failed / differing responses during the runs (errors and non-2xx / 2xx bodies that differ from the checked answer): ${errors.join('; ')}.`;
}

export function scaleReport(r: ScaleResult): string {
  const rows = r.queries.map((q) => [
    q.label,
    `${f2(q.median.ours.p50)} / ${f2(q.median.ours.p99)}`,
    `${f2(q.median.bare.p50)} / ${f2(q.median.bare.p99)}`,
    r2(q.ratios.p50VsBare),
    `${f2(q.median.ours.mean)} / ${f2(q.median.bare.mean)}`,
    f2(q.ratios.meanVsBare),
    `${f1(q.median.ours.rps)} / ${f1(q.median.bare.rps)}`,
    f2(q.ratios.rpsVsBare),
    `${q.statements.ours} / ${q.statements.bare}`,
    q.sameAnswers.bare ? 'yes' : 'no',
    `${q.servers.ours.errors}/${q.servers.ours.mismatches} · ${q.servers.bare.errors}/${q.servers.bare.mismatches}`,
  ]);
  const head = [
    'query',
    'ours p50 / p99 ms',
    'raw Cypher p50 / p99 ms',
    'p50 ours ÷ raw',
    'mean ms at 1 conn. ours / raw',
    'mean ours ÷ raw',
    'req/s ours / raw',
    'req/s ours ÷ raw',
    'statements ours / raw',
    'same answers',
    'errors/differing ours · raw',
  ];
  return `### Scale (${r.nodes} nodes, ${r.relationships} relationships, written in ${f1(r.writeS)} s; ${r.repeats} repeats × ${r.durationS} s)\n\n${table(head, rows)}`;
}

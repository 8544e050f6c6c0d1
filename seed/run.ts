/**
 * The seed: content → ingest → graph. Used by the CLI (seed/cli.ts) and by `npm start`.
 * Contracts: idempotent (unchanged sources are skipped by hash); a changed source replaces its old
 * facts in the same transaction that writes the new ones; sources gone from the given roots are
 * retracted; a batch that fails is retried article by article so one bad article cannot block the
 * others, and nothing partial is ever committed; when Neo4j cannot be reached (down, connection
 * dropped) a statement is retried for up to `unavailableRetryMs` (default 120 s) and no article is
 * reported as rejected for it: the seed finishes once Neo4j is back, or fails as a whole.
 * Batches are written in order, one at a time; the next batch is extracted while the previous one is
 * being written (at most two batches in memory).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { applyConstraints } from '../src/graph/constraints.ts';
import { type Graph, isUnavailable } from '../src/graph/driver.ts';
import { GRAPH_FORMAT, GRAPH_FORMAT_META, getMeta, hasSources, resetGraph, setMeta } from '../src/graph/meta-store.ts';
import {
  getSourceHashes,
  retractSources,
  type SourceFacts,
  type WriteCounts,
  writeSources,
} from '../src/graph/seed-store.ts';
import { DocumentBuilder } from '../src/ingest/document.ts';
import { articleId } from '../src/ingest/ids.ts';
import { type Lexicon, loadLexicon } from '../src/ingest/lexicon.ts';
import { lexiconFacts } from '../src/ingest/lexicon-facts.ts';
import { ingestContent, scanContent } from '../src/ingest/pipeline.ts';
import type { GraphDocument, Rejection, Warning } from '../src/ingest/types.ts';

/** Lexicon sources are scoped by the set of lexicon directories they were loaded from. */
export function lexiconRootOf(opts: Pick<SeedOptions, 'lexiconDirs' | 'rootDir'>): string {
  return `lexicon:${opts.lexiconDirs
    .map((d) => path.resolve(opts.rootDir, d))
    .sort()
    .join(path.delimiter)}`;
}
/**
 * The Meta record holding the content hash of the last seed of these content and lexicon
 * directories: one per set of directories, so seeding another set does not mark this one changed.
 */
export function contentHashMetaId(opts: Pick<SeedOptions, 'contentDirs' | 'lexiconDirs' | 'rootDir'>): string {
  const dirs = `${[...contentRoots(opts.contentDirs, opts.rootDir)].sort().join(path.delimiter)}|${lexiconRootOf(opts)}`;
  return `contentHash:${createHash('sha256').update(dirs).digest('hex').slice(0, 16)}`;
}

export interface SeedOptions {
  rootDir: string;
  contentDirs: string[];
  lexiconDirs: string[];
  batchSize?: number;
  reset?: boolean;
  /** How long one statement is retried while Neo4j cannot be reached (default 120 000 ms). */
  unavailableRetryMs?: number;
  onProgress?: (p: SeedProgress) => void;
}

export interface SeedProgress {
  done: number;
  total: number;
  file: string;
}

export interface SeedReport {
  articlesRead: number;
  articlesWritten: number;
  articlesUnchanged: number;
  articlesRetracted: number;
  fragments: number;
  rejected: Rejection[];
  warnings: Warning[];
  candidates: string[];
  counts: WriteCounts;
  contentHash: string;
  durationMs: number;
}

export function contentRoots(dirs: string[], rootDir: string): string[] {
  return dirs.map((d) => path.resolve(rootDir, d));
}

/** Ingests without touching Neo4j; returns the merged graph document and the report. */
export function dryRun(opts: SeedOptions): { document: GraphDocument; report: SeedReport } {
  const started = Date.now();
  const lexicon = loadLexicon(opts.lexiconDirs, opts.rootDir);
  const scan = scanContent(contentRoots(opts.contentDirs, opts.rootDir), lexicon.hash);
  const builder = new DocumentBuilder();
  for (const f of lexiconFacts(lexicon)) builder.add(f);
  const report = emptyReport(scan.contentHash);
  const candidates = new Set<string>();
  let done = 0;
  for (const item of ingestContent(scan, lexicon)) {
    done += 1;
    if (item.kind === 'fragment') report.fragments += 1;
    else if (item.kind === 'rejected') {
      report.rejected.push(item.rejection);
      builder.reject(item.rejection);
    } else {
      report.articlesRead += 1;
      builder.add(item.facts);
      collect(report, candidates, item.facts);
    }
    opts.onProgress?.({ done, total: scan.files.length, file: item.kind === 'rejected' ? item.rejection.file : '' });
  }
  report.durationMs = Date.now() - started;
  return { document: builder.build(), report };
}

function emptyReport(contentHash: string): SeedReport {
  return {
    articlesRead: 0,
    articlesWritten: 0,
    articlesUnchanged: 0,
    articlesRetracted: 0,
    fragments: 0,
    rejected: [],
    warnings: [],
    candidates: [],
    counts: { nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0 },
    contentHash,
    durationMs: 0,
  };
}

/** Adds an article's candidates (new ones, first-seen order; `seen` holds the report's) and warnings. */
function collect(report: SeedReport, seen: Set<string>, facts: { candidates: string[]; warnings: Warning[] }) {
  for (const c of facts.candidates) {
    if (seen.has(c)) continue;
    seen.add(c);
    report.candidates.push(c);
  }
  report.warnings.push(...facts.warnings);
}

function add(into: WriteCounts, c: WriteCounts) {
  into.nodesCreated += c.nodesCreated;
  into.relationshipsCreated += c.relationshipsCreated;
  into.nodesDeleted += c.nodesDeleted;
  into.relationshipsDeleted += c.relationshipsDeleted;
}

async function writeLexicon(
  graph: Graph,
  lexicon: Lexicon,
  lexiconRoot: string,
  existing: Map<string, string>,
  report: SeedReport,
) {
  const sources: SourceFacts[] = lexiconFacts(lexicon).map((f) => ({ ...f, root: lexiconRoot, curated: true }));
  const changed = sources.filter((s) => existing.get(s.article.id) !== s.article.hash);
  const current = new Set(sources.map((s) => s.article.id));
  const removed = [...existing.keys()].filter((id) => id.startsWith('lexicon:') && !current.has(id));
  if (changed.length > 0) {
    // All lexicon files in one transaction: their facts refer to each other's entities.
    const replace = sources.map((s) => s.article.id).filter((id) => existing.has(id));
    add(report.counts, await writeSources(graph, sources, replace));
  }
  if (removed.length > 0) add(report.counts, await retractSources(graph, removed));
}

/** `graph` whose statements are retried, with backoff, while Neo4j cannot be reached. */
function retryingWhileUnavailable(graph: Graph, budgetMs: number): Graph {
  const retry = async <T>(work: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        return await work();
      } catch (err) {
        if (!isUnavailable(err) || Date.now() - started >= budgetMs) throw err;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** attempt, 2_000)));
    }
  };
  return {
    ...graph,
    read: (cypher, params, counter) => retry(() => graph.read(cypher, params, counter)),
    write: (cypher, params) => retry(() => graph.write(cypher, params)),
    writeTransaction: (work) => retry(() => graph.writeTransaction(work)),
  };
}

export async function seed(target: Graph, opts: SeedOptions): Promise<SeedReport> {
  const started = Date.now();
  const graph = retryingWhileUnavailable(target, opts.unavailableRetryMs ?? 120_000);
  const batchSize = opts.batchSize ?? 50;
  const lexicon = loadLexicon(opts.lexiconDirs, opts.rootDir);
  const roots = contentRoots(opts.contentDirs, opts.rootDir);
  const scan = scanContent(roots, lexicon.hash);
  const report = emptyReport(scan.contentHash);
  // A graph stored in another format is rewritten whole: unchanged articles would be skipped.
  const format = await getMeta(graph, GRAPH_FORMAT_META);
  if (opts.reset || (format !== GRAPH_FORMAT && (await hasSources(graph)))) await resetGraph(graph);
  await applyConstraints(graph, opts.rootDir);
  const lexiconRoot = lexiconRootOf(opts);
  const existing = await getSourceHashes(graph, [...new Set([...scan.files.map((f) => f.root), ...roots])]);
  const existingLexicon = await getSourceHashes(graph, [lexiconRoot]);
  await writeLexicon(graph, lexicon, lexiconRoot, existingLexicon, report);

  const seen = new Set<string>();
  const candidates = new Set<string>();
  let batch: SourceFacts[] = [];
  const write = async (full: SourceFacts[]) => {
    const replace = full.map((b) => b.article.id).filter((id) => existing.has(id));
    try {
      add(report.counts, await writeSources(graph, full, replace));
      report.articlesWritten += full.length;
    } catch (err) {
      if (full.length === 1 || isUnavailable(err)) throw err;
      for (const one of full) {
        try {
          add(report.counts, await writeSources(graph, [one], existing.has(one.article.id) ? [one.article.id] : []));
          report.articlesWritten += 1;
        } catch (inner) {
          if (isUnavailable(inner)) throw inner;
          report.rejected.push({ file: one.article.path, reason: `could not be written: ${(inner as Error).message}` });
        }
      }
    }
  };
  // At most one batch is being written while the next is extracted: batches are written one after
  // the other, in order. A write's failure surfaces where it is awaited (settle); until then it is
  // marked handled so it is never reported as an unhandled rejection.
  let writing: Promise<void> | null = null;
  const settle = async () => {
    const inFlight = writing;
    writing = null;
    await inFlight;
  };
  const flush = async () => {
    await settle();
    if (batch.length === 0) return;
    const full = batch;
    batch = [];
    writing = write(full);
    writing.catch(() => {});
  };
  let done = 0;
  try {
    for (const item of ingestContent(scan, lexicon)) {
      // Extraction is synchronous: between articles, the batch being written sends its next statement.
      if (writing) await new Promise((resolve) => setImmediate(resolve));
      done += 1;
      if (item.kind === 'fragment') report.fragments += 1;
      else if (item.kind === 'rejected') {
        report.rejected.push(item.rejection);
        // A previously good article that is now bad keeps its stored facts until it is fixed or removed.
        if (item.rel) seen.add(articleId(item.rel));
      } else {
        report.articlesRead += 1;
        const id = item.facts.article.id;
        if (seen.has(id)) {
          report.rejected.push({
            file: path.join(item.root, item.facts.article.path),
            reason: 'another content directory has an article at the same path',
          });
          continue;
        }
        seen.add(id);
        collect(report, candidates, item.facts);
        if (existing.get(id) === item.facts.article.hash) report.articlesUnchanged += 1;
        else batch.push({ ...item.facts, root: item.root, curated: false });
        if (batch.length >= batchSize) await flush();
      }
      opts.onProgress?.({
        done,
        total: scan.files.length,
        file: item.kind === 'article' ? item.facts.article.path : '',
      });
    }
    await flush();
    await settle();
  } catch (err) {
    // Whatever failed, the batch in flight finishes (commits or rolls back) before the seed returns.
    await settle().catch(() => {});
    throw err;
  }
  const gone = [...existing.keys()].filter((id) => id.startsWith('article:') && !seen.has(id));
  if (gone.length > 0) {
    add(report.counts, await retractSources(graph, gone));
    report.articlesRetracted = gone.length;
  }
  await setMeta(graph, contentHashMetaId(opts), scan.contentHash);
  await setMeta(graph, GRAPH_FORMAT_META, GRAPH_FORMAT);
  report.durationMs = Date.now() - started;
  return report;
}

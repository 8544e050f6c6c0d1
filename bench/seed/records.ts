/**
 * The extracted records both loaders write: the lexicon's sources first, then every article's
 * ArticleFacts, produced by the project's own ingest code (the same calls seed/run.ts makes).
 * Contract: streamed — one article is extracted (or read back from a cache file) at a time.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { lexiconRootOf } from '../../seed/run.ts';
import type { SourceFacts } from '../../src/graph/seed-store.ts';
import { loadLexicon } from '../../src/ingest/lexicon.ts';
import { lexiconFacts } from '../../src/ingest/lexicon-facts.ts';
import { ingestContent, scanContent } from '../../src/ingest/pipeline.ts';

export interface CorpusPaths {
  rootDir: string;
  contentDir: string;
  lexiconDir: string;
}

/** Rows one source makes the writer merge: entity nodes plus relationships. */
export const factCount = (s: SourceFacts) =>
  s.nodes.filter((n) => n.labels[0] !== 'Article').length + s.relationships.length;

/** The lexicon sources (written first, in one transaction, as the seed does). */
export function lexiconSources(p: CorpusPaths): SourceFacts[] {
  const lexicon = loadLexicon([p.lexiconDir], p.rootDir);
  const root = lexiconRootOf({ lexiconDirs: [p.lexiconDir], rootDir: p.rootDir });
  return lexiconFacts(lexicon).map((f) => ({ ...f, root, curated: true }));
}

/** Article sources, extracted one by one. */
export function* articleSources(p: CorpusPaths): Generator<SourceFacts> {
  const lexicon = loadLexicon([p.lexiconDir], p.rootDir);
  const scan = scanContent([p.contentDir], lexicon.hash);
  for (const item of ingestContent(scan, lexicon)) {
    if (item.kind === 'rejected') throw new Error(`rejected: ${item.rejection.file}: ${item.rejection.reason}`);
    if (item.kind === 'article') yield { ...item.facts, root: item.root, curated: false };
  }
}

export interface CacheStats {
  articles: number;
  facts: number;
  lexiconFacts: number;
  ingestMs: number;
}

/** Extracts every article once into a JSON-lines file (line 1: the lexicon sources). */
export async function writeRecordCache(p: CorpusPaths, file: string): Promise<CacheStats> {
  const started = performance.now();
  const out = createWriteStream(file);
  let failed: Error | null = null;
  out.on('error', (err) => {
    failed = err;
  });
  const put = async (line: string) => {
    if (failed) throw failed;
    if (!out.write(`${line}\n`)) await new Promise<void>((resolve) => out.once('drain', resolve));
  };
  const lex = lexiconSources(p);
  await put(JSON.stringify(lex));
  const stats: CacheStats = {
    articles: 0,
    facts: 0,
    lexiconFacts: lex.reduce((a, s) => a + factCount(s), 0),
    ingestMs: 0,
  };
  for (const s of articleSources(p)) {
    stats.articles += 1;
    stats.facts += factCount(s);
    await put(JSON.stringify(s));
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  stats.ingestMs = performance.now() - started;
  return stats;
}

/** Reads a cache written by writeRecordCache: the lexicon sources, then an async stream of articles. */
export async function readRecordCache(
  file: string,
): Promise<{ lexicon: SourceFacts[]; articles: AsyncGenerator<SourceFacts> }> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY })[
    Symbol.asyncIterator
  ]();
  const first = await lines.next();
  if (first.done) throw new Error(`${file} is empty`);
  const lexicon = JSON.parse(first.value) as SourceFacts[];
  async function* articles(): AsyncGenerator<SourceFacts> {
    for (let r = await lines.next(); !r.done; r = await lines.next())
      if (r.value) yield JSON.parse(r.value) as SourceFacts;
  }
  return { lexicon, articles: articles() };
}

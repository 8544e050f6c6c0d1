/**
 * Generated content for hardening tests: many small but realistic offering articles under a fresh
 * temporary directory, and a checksum of what one content root put in the graph.
 * Contracts: generateCorpus is deterministic for a given tag and count; every article names a scheme
 * of its own (`certification:<tag>-<n>`) plus lexicon entities shared with the real content, so
 * writes touch both new and shared nodes; graphChecksum covers only facts whose evidence or claims
 * come from articles under `root`, so other tests' data never changes it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seed } from '../../seed/run.ts';
import type { Graph } from '../../src/graph/driver.ts';
import { ROOT } from './extract.ts';

const BASES = ['ISO/IEC 27001', 'ISO/IEC 27017', 'ISO/IEC 27018', 'ISO/IEC 27701', 'FIPS 140-3'];
const SERVICES = ['Microsoft Intune', 'Microsoft Azure', 'Dynamics 365', 'Office 365'];

export function corpusArticle(tag: string, n: number): string {
  const title = `Scheme ${tag} ${n}`;
  const base = BASES[n % BASES.length];
  const other = BASES[(n + 2) % BASES.length];
  const service = SERVICES[n % SERVICES.length];
  return `---
title: ${title}
ms.contentlocale: en-US
ms.date: 01/15/2026
---
# <a name="scheme-${tag}-${n}"></a>${title}

## <a name="scheme-${tag}-${n}-overview"></a>Overview

The scheme is based on ${base}. It also draws on ${other}. It is operated by the Japan Information Security Audit Association (JASA). Certificates are valid for three years.

## <a name="microsoft-in-scope-cloud-services"></a>Microsoft in-scope cloud services

- ${service}
`;
}

/** Writes `count` articles as `<dir>/en-us/offering-<tag>-<n>.md` into a new temporary directory. */
export function generateCorpus(tag: string, count: number): string {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), `cg-corpus-${tag}-`)));
  mkdirSync(path.join(dir, 'en-us'), { recursive: true });
  for (let n = 0; n < count; n++) {
    writeFileSync(path.join(dir, 'en-us', `offering-${tag}-${String(n).padStart(4, '0')}.md`), corpusArticle(tag, n));
  }
  return dir;
}

export interface Checksum {
  sha256: string;
  articles: number;
  nodes: number;
  relationships: number;
  evidence: number;
  /** Relationships, evidence strings or claims stored more than once. */
  duplicates: number;
}

/**
 * A checksum of the graph as seen from one content root: its articles (id, hash, node ids), the
 * entities they touch with the claims from that root, and every relationship carrying evidence from
 * that root with exactly that evidence. Order-independent; duplicates are counted, not hidden.
 */
export async function graphChecksum(graph: Graph, root: string): Promise<Checksum> {
  const articles = await graph.read(
    `/* checksumArticles */
MATCH (a:Article) WHERE a.root = $root
RETURN a.id AS id, a.hash AS hash, a.title AS title, a.nodeIds AS nodeIds ORDER BY id`,
    { root },
  );
  const ids = articles.map((a) => String(a.id));
  const prefixes = ids.map((id) => `${id}\u001f`);
  const nodes = await graph.read(
    `/* checksumNodes */
MATCH (a:Article) WHERE a.root = $root
UNWIND coalesce(a.nodeIds, []) AS nid
MATCH (n:Entity {id: nid})
WITH DISTINCT n
RETURN n.id AS id, labels(n) AS labels,
       [c IN n.claims WHERE any(p IN $prefixes WHERE c STARTS WITH p)] AS claims
ORDER BY id`,
    { root, prefixes },
  );
  const rels = await graph.read(
    `/* checksumRelationships */
MATCH (s:Entity)-[r]->(e:Entity)
WHERE any(x IN r.evidence WHERE any(p IN $prefixes WHERE x STARTS WITH p))
RETURN s.id AS start, type(r) AS type, e.id AS end,
       [x IN r.evidence WHERE any(p IN $prefixes WHERE x STARTS WITH p)] AS evidence,
       [x IN coalesce(r.claims, []) WHERE any(p IN $prefixes WHERE x STARTS WITH p)] AS claims
ORDER BY start, type, end`,
    { prefixes },
  );
  const links = await graph.read(
    `/* checksumArticleLinks */
MATCH (a:Article)-[r]->(e:Entity) WHERE a.root = $root
RETURN a.id AS start, type(r) AS type, e.id AS end ORDER BY start, type, end`,
    { root },
  );
  let duplicates = 0;
  const seen = new Set<string>();
  for (const r of [...rels, ...links]) {
    const key = `${r.start}|${r.type}|${r.end}`;
    if (seen.has(key)) duplicates += 1;
    seen.add(key);
  }
  const sorted = (v: unknown) => [...((v as string[] | null) ?? [])].sort();
  for (const list of [...rels.flatMap((r) => [r.evidence, r.claims]), ...nodes.map((n) => n.claims)]) {
    const values = (list as string[] | null) ?? [];
    duplicates += values.length - new Set(values).size;
  }
  const canonical = JSON.stringify({
    articles,
    nodes: nodes.map((n) => ({ ...n, labels: sorted(n.labels), claims: sorted(n.claims) })),
    rels: rels.map((r) => ({ ...r, evidence: sorted(r.evidence), claims: sorted(r.claims) })),
    links,
  });
  return {
    sha256: createHash('sha256').update(canonical).digest('hex'),
    articles: articles.length,
    nodes: nodes.length,
    relationships: rels.length + links.length,
    evidence: rels.reduce((sum, r) => sum + ((r.evidence as string[] | null)?.length ?? 0), 0),
    duplicates,
  };
}

/** Seeds `dir` (generated content) with the project's lexicon; returns the report. */
export function seedCorpus(graph: Graph, dir: string, batchSize = 5) {
  return seed(graph, { rootDir: ROOT, contentDirs: [dir], lexiconDirs: ['content/lexicon'], batchSize });
}

/** Retracts everything seeded from `dir`: seeds the same root with its files moved away. */
export async function retractRoot(graph: Graph, dir: string): Promise<void> {
  const away = `${dir}.away`;
  renameSync(dir, away);
  mkdirSync(dir);
  try {
    await seedCorpus(graph, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    renameSync(away, dir);
  }
}

export async function storedArticles(graph: Graph, root: string): Promise<number> {
  const rows = await graph.read('/* countRootArticles */ MATCH (a:Article) WHERE a.root = $root RETURN count(a) AS n', {
    root,
  });
  return Number(rows[0]?.n ?? 0);
}

/** Generated articles under `root` that lack any fact every generated article has (half-written). */
export async function incompleteArticles(graph: Graph, root: string): Promise<string[]> {
  const rows = await graph.read(
    `/* incompleteRootArticles */
MATCH (a:Article) WHERE a.root = $root
OPTIONAL MATCH (a)-[:DESCRIBES]->(c:Certification)
WITH a, c, a.id + '\u001f' AS p
OPTIONAL MATCH (c)-[r]->(:Entity) WHERE any(x IN r.evidence WHERE x STARTS WITH p)
WITH a, c, collect(DISTINCT type(r)) AS types
WHERE c IS NULL OR NOT all(t IN ['BASED_ON', 'COVERS'] WHERE t IN types)
RETURN a.id AS id`,
    { root },
  );
  return rows.map((r) => String(r.id));
}

/** Transactions open in Neo4j other than the one asking (files run serially: another process's). */
export async function openTransactions(graph: Graph): Promise<number> {
  const rows = await graph.read(
    `/* countOpenTransactions */ SHOW TRANSACTIONS YIELD currentQuery
WHERE NOT currentQuery STARTS WITH '/* countOpenTransactions */'
RETURN count(*) AS n`,
  );
  return Number(rows[0]?.n ?? 0);
}

/**
 * Writes the facts of articles (and lexicon files) into Neo4j.
 * Contracts:
 * - writeSources is all-or-nothing for the whole batch (one transaction), idempotent for unchanged
 *   sources (same hash → nothing written), and replaces a changed source's facts;
 * - retractSources removes every claim and evidence of the given sources and deletes entities and
 *   relationships nothing supports any more;
 * - every statement is batched with UNWIND; no statement per fact;
 * - a source's claims and evidence are appended without de-duplication, so a source that is already
 *   stored must be named in `replace` (it is retracted first, in the same transaction). Two seeds of
 *   the same content must not run at the same time.
 * - an entity is stored under the label its id names (`<kind>:<slug>`): a batch with any other pair
 *   is refused before anything is written (reads take the kind from the id).
 */
import { kindOfId } from '../ingest/ids.ts';
import {
  type ArticleFacts,
  ENTITY_KINDS,
  type EntityKind,
  RELATION_TYPES,
  type RelationType,
} from '../ingest/types.ts';
import {
  type ClaimDelta,
  claimDelta,
  encodeEvidence,
  nodeClaims,
  REFRESH_ENTITY,
  REFRESH_ENTITY_DELTA,
  REFRESH_RELATIONSHIP,
  relationshipClaims,
  SEP,
} from './claims.ts';
import type { Graph, WriteTx } from './driver.ts';
import { KEEP_PLAN, MERGE_ENTITY, MERGE_RELATIONSHIP } from './seed-statements.ts';

export interface SourceFacts extends ArticleFacts {
  /** The content root this source was read from (for retract-on-remove within that root). */
  root: string;
  curated: boolean;
}

export interface WriteCounts {
  nodesCreated: number;
  relationshipsCreated: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
}

interface EntityRow {
  id: string;
  source: string;
  claims: string[];
}

/**
 * One row per entity, its claims in row order and the number of distinct sources naming it: Neo4j
 * rewrites a whole list property on every append, so a hub named by most articles of a batch is
 * rewritten once per batch instead of once per article.
 */
function oneRowPerEntity(rows: EntityRow[]): Array<{ id: string; claims: string[]; sources: number }> {
  const byId = new Map<string, { claims: string[]; sources: Set<string> }>();
  for (const r of rows) {
    const e = byId.get(r.id) ?? { claims: [], sources: new Set<string>() };
    e.claims.push(...r.claims);
    e.sources.add(r.source);
    byId.set(r.id, e);
  }
  return [...byId].map(([id, e]) => ({ id, claims: e.claims, sources: e.sources.size }));
}

/** Hash of every stored source under the given roots, by source id. */
export async function getSourceHashes(graph: Graph, roots: string[]): Promise<Map<string, string>> {
  const rows = await graph.read(
    '/* getSourceHashes */ MATCH (a:Article) WHERE a.root IN $roots RETURN a.id AS id, a.hash AS hash',
    { roots },
  );
  return new Map(rows.map((r) => [String(r.id), String(r.hash)]));
}

async function retractInTx(tx: WriteTx, sourceIds: string[], counts: WriteCounts): Promise<void> {
  for (const src of sourceIds) {
    const prefix = `${src}${SEP}`;
    const found = await tx.run(
      `/* findSourceRelationships */
MATCH (a:Article {id: $src})
UNWIND coalesce(a.nodeIds, []) AS nid
MATCH (:Entity {id: nid})-[r]-(:Entity)
WHERE any(e IN r.evidence WHERE e STARTS WITH $prefix)
RETURN collect(DISTINCT elementId(r)) AS ids`,
      { src, prefix },
    );
    const ids = (found[0]?.ids as string[] | undefined) ?? [];
    const rel = await tx.run(
      `/* retractSourceRelationships */
UNWIND $ids AS rid
MATCH ()-[r]->()
WHERE elementId(r) = rid
SET r.evidence = [e IN r.evidence WHERE NOT e STARTS WITH $prefix],
    r.claims = [c IN r.claims WHERE NOT c STARTS WITH $prefix]
WITH r WHERE size(r.evidence) = 0
DELETE r
RETURN count(*) AS deleted`,
      { ids, prefix },
    );
    await tx.run(
      `/* refreshSourceRelationships */
UNWIND $ids AS rid
MATCH ()-[r]->()
WHERE elementId(r) = rid
${REFRESH_RELATIONSHIP}`,
      { ids, sep: SEP },
    );
    counts.relationshipsDeleted += Number(rel[0]?.deleted ?? 0);
    await tx.run(
      `/* retractSourceEntities */
MATCH (a:Article {id: $src})
UNWIND coalesce(a.nodeIds, []) AS nid
MATCH (n:Entity {id: nid})
WITH n, size(n.claims) AS before
SET n.claims = [c IN n.claims WHERE NOT c STARTS WITH $prefix], n.support = n.support - 1
WITH n, before WHERE n.support > 0 AND size(n.claims) <> before
WITH n
${REFRESH_ENTITY}`,
      { src, prefix, sep: SEP },
    );
    const nodes = await tx.run(
      `/* deleteUnsupportedEntities */
MATCH (a:Article {id: $src})
UNWIND coalesce(a.nodeIds, []) AS nid
MATCH (n:Entity {id: nid})
WHERE n.support <= 0
CALL (n) {
  UNWIND coalesce(n.lookupKeys, []) AS key
  MATCH (k:LookupKey {key: key})
  RETURN collect(k) AS keys
}
DETACH DELETE n
WITH count(*) AS deleted, collect(keys) AS keyLists
CALL (keyLists) {
  UNWIND keyLists AS keys
  UNWIND keys AS k
  WITH DISTINCT k WHERE NOT EXISTS { (k)-[:KEY_OF]->() }
  DELETE k
}
RETURN deleted`,
      { src },
    );
    counts.nodesDeleted += Number(nodes[0]?.deleted ?? 0);
    await tx.run('/* deleteSource */ MATCH (a:Article {id: $src}) DETACH DELETE a', { src });
  }
}

/** Removes the given sources' facts; entities and relationships left without support disappear. */
export async function retractSources(graph: Graph, sourceIds: string[]): Promise<WriteCounts> {
  const counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0 };
  if (sourceIds.length === 0) return counts;
  await graph.writeTransaction((tx) => retractInTx(tx, sourceIds, counts));
  return counts;
}

/**
 * Writes a batch of sources in one transaction: each source's previous facts (if any) are retracted
 * first, then its nodes, relationships and evidence are merged.
 */
export async function writeSources(graph: Graph, batch: SourceFacts[], replace: string[]): Promise<WriteCounts> {
  const counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0 };
  if (batch.length === 0) return counts;
  const entityRows = new Map<EntityKind, EntityRow[]>();
  // Entities the batch brings claims for; the others it only refers to (see the refresh below).
  const refresh = new Set<string>();
  const relRows = new Map<RelationType, Array<{ start: string; end: string; evidence: string[]; claims: string[] }>>();
  const sourceRows = batch.map((f) => {
    const src = f.article.id;
    const entityIds: string[] = [];
    for (const node of f.nodes) {
      const kind = node.labels[0];
      if (!kind || kind === 'Article') continue;
      if (kindOfId(node.id) !== kind) throw new Error(`${src}: entity "${node.id}" cannot be stored as a ${kind}`);
      entityIds.push(node.id);
      const list = entityRows.get(kind) ?? [];
      const claims = nodeClaims(src, node, f.curated);
      list.push({ id: node.id, source: src, claims });
      entityRows.set(kind, list);
      if (claims.length > 0) refresh.add(node.id);
    }
    for (const rel of f.relationships) {
      const list = relRows.get(rel.type) ?? [];
      list.push({
        start: rel.start,
        end: rel.end,
        evidence: rel.evidence.map((e) => encodeEvidence(src, e)),
        claims: relationshipClaims(src, rel),
      });
      relRows.set(rel.type, list);
    }
    return {
      id: src,
      props: {
        path: f.article.path,
        locale: f.article.locale,
        title: f.article.title,
        hash: f.article.hash,
        root: f.root,
        curated: f.curated,
        nodeIds: [...new Set(entityIds)].sort(),
      },
    };
  });
  // An entity whose batch claims can be applied as a delta (ClaimDelta) is refreshed by it when it
  // was refreshed before; otherwise (new, never refreshed, or a lexicon claim) over all its claims.
  // An entity the batch only refers to is refreshed only when it was never refreshed. Which entities
  // were never refreshed (no `nameRank`) the merge statements report, so each entity is sent to at
  // most one refresh statement.
  const mergeRows = new Map([...entityRows].map(([kind, rows]) => [kind, oneRowPerEntity(rows)]));
  const deltas = new Map<string, ClaimDelta>();
  const always: string[] = [];
  for (const rows of mergeRows.values()) {
    for (const row of rows) {
      if (!refresh.has(row.id)) continue;
      const delta = claimDelta(row.id, row.claims);
      if (delta) deltas.set(row.id, delta);
      else always.push(row.id);
    }
  }
  await graph.writeTransaction(async (tx) => {
    await retractInTx(tx, replace, counts);
    await tx.run(
      `/* mergeSources */ ${KEEP_PLAN} UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.props`,
      {
        rows: sourceRows,
      },
    );
    const unranked = new Set<string>();
    for (const kind of ENTITY_KINDS) {
      const rows = mergeRows.get(kind);
      if (!rows?.length) continue;
      const res = await tx.run(MERGE_ENTITY[kind], { rows });
      counts.nodesCreated += Number(res[0]?.created ?? 0);
      for (const id of (res[0]?.unranked ?? []) as string[]) unranked.add(id);
    }
    for (const type of RELATION_TYPES) {
      const rows = relRows.get(type);
      if (!rows?.length) continue;
      const res = await tx.run(MERGE_RELATIONSHIP[type], { rows, sep: SEP });
      counts.relationshipsCreated += Number(res[0]?.created ?? 0);
    }
    const deltaRows = [...deltas.values()].filter((d) => !unranked.has(d.id));
    if (deltaRows.length > 0) {
      await tx.run(
        `/* refreshEntitiesByDelta */ ${KEEP_PLAN} UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
WITH n, row WHERE n.nameRank IS NOT NULL
${REFRESH_ENTITY_DELTA}`,
        { rows: deltaRows },
      );
    }
    const fullIds = [...new Set([...always, ...unranked])];
    if (fullIds.length > 0) {
      await tx.run(
        `/* refreshEntities */ ${KEEP_PLAN} UNWIND $ids AS id
MATCH (n:Entity {id: id})
${REFRESH_ENTITY}`,
        { ids: fullIds, sep: SEP },
      );
    }
  });
  return counts;
}

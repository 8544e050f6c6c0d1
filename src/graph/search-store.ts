/**
 * Full-text search over entity names and aliases (index `entity_search`, cjk analyzer: Japanese and
 * Chinese bigrams, full-width forms). The user's text never reaches Lucene unescaped.
 */
import type { StatementCounter } from './driver.ts';
import type { ReadGraph } from './entity-store.ts';
import { ENTITY_MAP, type EntityLabel, type EntityRecord, toEntityRecord } from './records.ts';

const LUCENE_SPECIAL = /[\\+\-!():^[\]"{}~*?|&/]/g;
const LUCENE_KEYWORD = /^(AND|OR|NOT|TO)$/;

/**
 * A Lucene query matching any of the words of `text`, every special character escaped and the
 * operators AND/OR/NOT/TO taken as words. Empty when the text has no word.
 */
export function buildLuceneQuery(text: string): string {
  return text
    .normalize('NFKC')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .map((w) => (LUCENE_KEYWORD.test(w) ? w.toLowerCase() : w.replace(LUCENE_SPECIAL, (c) => `\\${c}`)))
    .join(' ');
}

export interface SearchQuery {
  /** An escaped Lucene query (buildLuceneQuery); may be empty when `keys` are given. */
  lucene: string;
  /** Lookup keys of the whole text: entities having one are exact matches. */
  keys: readonly string[];
  kinds: readonly EntityLabel[] | null;
  limit: number;
}

export interface SearchRow {
  entity: EntityRecord;
  /** Lucene score; 0 for an exact match the full-text query did not find. */
  score: number;
  exact: boolean;
}

/** Exact lookup-key matches first, then by full-text score, then by name; at most `limit`. */
export async function searchEntities(
  graph: ReadGraph,
  q: SearchQuery,
  counter?: StatementCounter,
): Promise<SearchRow[]> {
  if (!q.lucene && q.keys.length === 0) return [];
  const rows = await graph.read(
    `/* searchEntities */ CALL () {
  WITH 1 AS one WHERE $lucene <> ''
  CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: toInteger($candidates)}) YIELD node, score
  RETURN node, score
  UNION ALL
  UNWIND $keys AS key
  MATCH (:LookupKey {key: key})-[:KEY_OF]->(node:Entity)
  RETURN node, 0.0 AS score
}
WITH node, max(score) AS score
WHERE $kinds IS NULL OR any(l IN labels(node) WHERE l IN $kinds)
WITH node, score, any(k IN $keys WHERE k IN node.lookupKeys) AS exact
RETURN ${ENTITY_MAP('node', graph.entityProps)} AS n, score, exact
ORDER BY exact DESC, score DESC, toLower(node.name), node.id
LIMIT toInteger($limit)`,
    {
      lucene: q.lucene,
      keys: [...q.keys],
      kinds: q.kinds ? [...q.kinds] : null,
      limit: q.limit,
      candidates: Math.max(100, q.limit * 5),
    },
    counter,
  );
  return rows.map((r) => ({ entity: toEntityRecord(r.n), score: Number(r.score), exact: r.exact === true }));
}

/**
 * "The limit": each query of the set answered by one hand-written Cypher statement that returns the
 * response shape directly, over the same driver wrapper the API uses. Benchmark code only.
 * Semantics follow the API's (same ordering, limits and truncation), so the answers are the same.
 */
import type { Graph } from '../../src/graph/driver.ts';
import { ENTITY_RELATION_TYPES } from '../../src/graph/records.ts';
import { buildLuceneQuery } from '../../src/graph/search-store.ts';
import { lookupKeys } from '../../src/ingest/normalize.ts';

const KIND = `toUpper(head([l IN labels(m) WHERE l IN ['Certification','Authority','Standard','Service','Jurisdiction']]))`;
const TYPES = ENTITY_RELATION_TYPES;

const FIND_CERT = `UNWIND $keys AS key MATCH (:LookupKey {key: key})-[:KEY_OF]->(c:Certification)
WITH DISTINCT c ORDER BY $keys[0] IN c.lookupKeys DESC, c.curated DESC, toLower(c.name), c.id LIMIT 1`;

const STATEMENTS: Record<string, string> = {
  lookup: `/* bareLookup */ ${FIND_CERT}
OPTIONAL MATCH (c)-[:APPLIES_IN]->(j:Jurisdiction)
WITH c, j ORDER BY toLower(j.name), j.id
WITH c, head(collect(j {.id, .name})) AS jurisdiction
RETURN {certification: c {.id, .name, .acronym, jurisdiction: jurisdiction}} AS data`,
  nested: `/* bareNested */ MATCH (c:Certification)
WITH c ORDER BY toLower(c.name), c.id LIMIT toInteger($first)
CALL (c) {
  OPTIONAL MATCH (a:Authority)-[:ACCREDITS]->(c)
  WITH a ORDER BY toLower(a.name), a.id
  CALL (a) {
    OPTIONAL MATCH (a)-[:ESTABLISHED_BY]->(e:Authority)
    WITH e ORDER BY toLower(e.name), e.id
    RETURN collect(e {.id, .name}) AS establishedBy
  }
  RETURN collect(a {.id, .name, establishedBy: establishedBy}) AS accreditedBy
}
WITH collect({node: c {.id, .name, accreditedBy: accreditedBy}}) AS edges
RETURN {certifications: {edges: edges}} AS data`,
  lineage: `/* bareLineage */ ${FIND_CERT}
OPTIONAL MATCH p = (c)-[:BASED_ON|PART_OF]->{1,5}(m:Entity)
WITH c, m, min(length(p)) AS depth
ORDER BY depth, toLower(m.name), m.id
WITH c, [x IN collect({depth: depth, entity: m {.id, .name}}) WHERE x.entity IS NOT NULL] AS lineage
RETURN {certification: c {.id, lineage: lineage}} AS data`,
  graph: `/* bareGraph */ MATCH (f:Entity {id: $id})
CALL (f) {
  MATCH (f)-[r]-(m:Entity) WHERE type(r) IN $types AND m <> f
  WITH m, max(coalesce(r.evidenceCount, 0)) AS w
  ORDER BY w DESC, toLower(m.name), m.id LIMIT toInteger($limit)
  RETURN collect(m) AS one
}
WITH f, one[..$limit - 1] AS l1, size(one) > $limit - 1 AS cut1
CALL (f, l1) {
  UNWIND l1 AS x
  MATCH (x)-[r]-(m:Entity) WHERE type(r) IN $types AND m <> f AND NOT m IN l1
  WITH m, max(coalesce(r.evidenceCount, 0)) AS w
  ORDER BY w DESC, toLower(m.name), m.id
  WITH l1, collect(m) AS found
  RETURN found[..$limit - size(l1)] AS two
}
WITH f, l1, cut1, two[..$limit - 1 - size(l1)] AS l2, size(two) > $limit - 1 - size(l1) AS cut2
WITH [{n: f, d: 0}] + [m IN l1 | {n: m, d: 1}] + [m IN l2 | {n: m, d: 2}] AS kept, cut1 OR cut2 AS cut
CALL (kept) {
  WITH [k IN kept | k.n] AS ns
  UNWIND ns AS a
  MATCH (a)-[r]->(b:Entity) WHERE type(r) IN $types AND b IN ns
  WITH a, b, r, coalesce(r.evidenceCount, 0) AS ec
  ORDER BY ec DESC, a.id, type(r), b.id LIMIT toInteger($maxEdges + 1)
  RETURN collect({id: a.id + '|' + type(r) + '|' + b.id, source: a.id, target: b.id, type: type(r)}) AS edges
}
RETURN {graph: {
  nodes: [k IN kept | {id: k.n.id, kind: ${KIND.replaceAll('m)', 'k.n)')}, name: k.n.name, depth: k.d}],
  edges: edges[..$maxEdges],
  truncated: cut OR size(edges) > $maxEdges
}} AS data`,
  search: `/* bareSearch */ CALL () {
  CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: 100}) YIELD node, score
  RETURN node, score
  UNION ALL
  UNWIND $keys AS key MATCH (:LookupKey {key: key})-[:KEY_OF]->(node:Entity)
  RETURN node, 0.0 AS score
}
WITH node, max(score) AS score, any(k IN $keys WHERE k IN node.lookupKeys) AS exact
ORDER BY exact DESC, score DESC, toLower(node.name), node.id LIMIT 10
RETURN {search: collect({score: score, entity: node {.id, .name}})} AS data`,
};

/** Runs the statement for one operation; returns the `data` of the response. */
export async function answer(graph: Graph, operation: string, variables: Record<string, unknown>): Promise<unknown> {
  const statement = STATEMENTS[operation];
  if (!statement) throw new Error(`unknown operation ${operation}`);
  const text = String(variables.name ?? variables.q ?? '');
  const params: Record<string, unknown> = {
    keys: lookupKeys(text),
    first: variables.first ?? 10,
    id: variables.id ?? null,
    types: TYPES,
    limit: 200,
    maxEdges: 1000,
    lucene: buildLuceneQuery(text),
  };
  const rows = await graph.read(statement, params);
  return rows[0]?.data ?? null;
}

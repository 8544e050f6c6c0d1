/**
 * Type definitions for @neo4j/graphql over the project's stored graph (same labels, relationship
 * types and properties): what a developer choosing that library would write to serve the same
 * answers. Traversals it cannot express (variable-length lineage, the neighbourhood, full-text
 * search with ranking) are @cypher fields, the library's documented escape hatch.
 */
export const PEER_TYPEDEFS = /* GraphQL */ `
type Certification @node(labels: ["Certification", "Entity"]) {
  id: ID!
  name: String
  acronym: String
  type: String
  curated: Boolean
  lookupKeys: [String!]
  accreditedBy: [Authority!]! @relationship(type: "ACCREDITS", direction: IN)
  jurisdictions: [Jurisdiction!]! @relationship(type: "APPLIES_IN", direction: OUT)
  "Ancestors within 5 steps (a @cypher quantifier cannot be a parameter, so the depth is fixed)."
  lineage(maxDepth: Int = 5): [LineageStep!]!
    @cypher(
      statement: """
      MATCH p = (this)-[:BASED_ON|PART_OF]->{1,5}(m:Entity)
      WITH m, min(length(p)) AS depth
      ORDER BY depth, toLower(m.name), m.id
      RETURN {depth: depth, id: m.id, name: m.name} AS step
      """
      columnName: "step"
    )
}

type Authority @node(labels: ["Authority", "Entity"]) {
  id: ID!
  name: String
  establishedBy: [Authority!]! @relationship(type: "ESTABLISHED_BY", direction: OUT)
}

type Jurisdiction @node(labels: ["Jurisdiction", "Entity"]) {
  id: ID!
  name: String
}

type LineageStep {
  depth: Int!
  id: ID!
  name: String
}

type GraphNodeView {
  id: ID!
  kind: String!
  name: String
  depth: Int!
}

type GraphEdgeView {
  id: ID!
  source: ID!
  target: ID!
  type: String!
}

type GraphView {
  nodes: [GraphNodeView!]!
  edges: [GraphEdgeView!]!
  truncated: Boolean!
}

type SearchHit {
  score: Float!
  id: ID!
  name: String
}

type Query {
  "Two levels out (fixed in the statement), at most $limit nodes and 5 × $limit edges."
  neighbourhood(id: ID!, depth: Int!, limit: Int!): GraphView
    @cypher(
      statement: """
      MATCH (f:Entity {id: $id})
      CALL (f) {
        MATCH (f)-[r]-(m:Entity) WHERE NOT type(r) IN ['DESCRIBES', 'MENTIONS'] AND m <> f
        WITH m, max(coalesce(r.evidenceCount, 0)) AS w
        ORDER BY w DESC, toLower(m.name), m.id
        RETURN collect(m) AS one
      }
      WITH f, one[..$limit - 1] AS l1, size(one) > $limit - 1 AS cut1
      CALL (f, l1) {
        UNWIND l1 AS x
        MATCH (x)-[r]-(m:Entity) WHERE NOT type(r) IN ['DESCRIBES', 'MENTIONS'] AND m <> f AND NOT m IN l1
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
        MATCH (a)-[r]->(b:Entity) WHERE NOT type(r) IN ['DESCRIBES', 'MENTIONS'] AND b IN ns
        WITH a, b, r, coalesce(r.evidenceCount, 0) AS ec
        ORDER BY ec DESC, a.id, type(r), b.id
        RETURN collect({id: a.id + '|' + type(r) + '|' + b.id, source: a.id, target: b.id, type: type(r)}) AS edges
      }
      RETURN {
        nodes: [k IN kept | {id: k.n.id, kind: toUpper(head([l IN labels(k.n) WHERE l <> 'Entity'])), name: k.n.name, depth: k.d}],
        edges: edges[..$limit * 5],
        truncated: cut OR size(edges) > $limit * 5
      } AS view
      """
      columnName: "view"
    )
  searchEntities(text: String!, first: Int!): [SearchHit!]!
    @cypher(
      statement: """
      CALL db.index.fulltext.queryNodes('entity_search', $text, {limit: 100}) YIELD node, score
      WITH node, score ORDER BY score DESC, toLower(node.name), node.id LIMIT $first
      RETURN {score: score, id: node.id, name: node.name} AS hit
      """
      columnName: "hit"
    )
}
`;

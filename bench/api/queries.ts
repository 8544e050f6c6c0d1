/**
 * The fixed query set of the API benchmark. Each query has: the GraphQL document our API (and the
 * bare handler, which dispatches on the operation name) receives; the equivalent document for
 * @neo4j/graphql (its own dialect over equivalent type definitions, bench/api/peer-typedefs.ts);
 * how many relation levels it asks for; and a normalizer so the three answers can be compared.
 */

export interface ApiQuery {
  name: 'lookup' | 'nested' | 'lineage' | 'graph' | 'search';
  label: string;
  /** Levels of the answer tree that need data (root included): the target bound on statements. */
  relationLevels: number;
  ours: { query: string; variables: Record<string, unknown> };
  peer: { query: string; variables: Record<string, unknown> };
  normalize(data: unknown, server: 'ours' | 'bare' | 'peer'): unknown;
}

export interface QueryProbe {
  certificationName: string;
  certificationKey: string;
  certificationId: string;
  searchText: string;
  /** Page size of the nested list. */
  pageSize: number;
}

type Obj = Record<string, unknown>;
const byId = (a: Obj, b: Obj) => String(a.id).localeCompare(String(b.id));
const arr = (v: unknown) => (Array.isArray(v) ? (v as Obj[]) : []);

export function querySet(p: QueryProbe): ApiQuery[] {
  return [
    {
      name: 'lookup',
      label: 'lookup by name',
      relationLevels: 2,
      ours: {
        query:
          'query lookup($name: String!) { certification(name: $name) { id name acronym jurisdiction { id name } } }',
        variables: { name: p.certificationName },
      },
      peer: {
        query:
          'query lookup($key: String!) { certifications(where: { lookupKeys: { includes: $key } }, limit: 1) { id name acronym jurisdictions(limit: 1, sort: [{ name: ASC }]) { id name } } }',
        variables: { key: p.certificationKey },
      },
      normalize(data, server) {
        const d = data as Obj;
        const c = (server === 'peer' ? arr(d.certifications)[0] : d.certification) as Obj | undefined;
        if (!c) return null;
        const j = server === 'peer' ? arr(c.jurisdictions)[0] : (c.jurisdiction as Obj | null);
        return { id: c.id, name: c.name, acronym: c.acronym, jurisdiction: j?.id ?? null };
      },
    },
    {
      name: 'nested',
      label: `3-level list (${p.pageSize} certifications → accreditedBy → establishedBy)`,
      relationLevels: 3,
      ours: {
        query: `query nested($first: Int!) { certifications(first: $first) { edges { node { id name accreditedBy { id name establishedBy { id name } } } } } }`,
        variables: { first: p.pageSize },
      },
      peer: {
        query: `query nested($first: Int!) { certifications(limit: $first, sort: [{ name: ASC }, { id: ASC }]) { id name accreditedBy { id name establishedBy { id name } } } }`,
        variables: { first: p.pageSize },
      },
      normalize(data, server) {
        const d = data as Obj;
        const list =
          server === 'peer'
            ? arr(d.certifications)
            : arr((d.certifications as Obj | undefined)?.edges).map((e) => e.node as Obj);
        return list
          .map((c) => ({
            id: c.id,
            accreditedBy: arr(c.accreditedBy)
              .map((a) => ({
                id: a.id,
                establishedBy: arr(a.establishedBy)
                  .map((x) => x.id)
                  .sort(),
              }))
              .sort(byId),
          }))
          .sort(byId);
      },
    },
    {
      name: 'lineage',
      label: 'lineage at depth 5',
      relationLevels: 2,
      ours: {
        query:
          'query lineage($name: String!) { certification(name: $name) { id lineage(direction: ANCESTORS, maxDepth: 5) { depth entity { id name } } } }',
        variables: { name: p.certificationName },
      },
      peer: {
        query:
          'query lineage($key: String!) { certifications(where: { lookupKeys: { includes: $key } }, limit: 1) { id lineage(maxDepth: 5) { depth id name } } }',
        variables: { key: p.certificationKey },
      },
      normalize(data, server) {
        const d = data as Obj;
        const c = (server === 'peer' ? arr(d.certifications)[0] : d.certification) as Obj | undefined;
        const steps = arr(c?.lineage).map((s) => `${server === 'peer' ? s.id : (s.entity as Obj).id}@${s.depth}`);
        return steps.sort();
      },
    },
    {
      name: 'graph',
      label: 'graph(depth: 2)',
      relationLevels: 4,
      ours: {
        query:
          'query graph($id: ID!) { graph(focus: [$id], depth: 2) { nodes { id kind name depth } edges { id source target type } truncated } }',
        variables: { id: p.certificationId },
      },
      peer: {
        query:
          'query graph($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 200) { nodes { id kind name depth } edges { id source target type } truncated } }',
        variables: { id: p.certificationId },
      },
      normalize(data, server) {
        const g = (data as Obj)[server === 'peer' ? 'neighbourhood' : 'graph'] as Obj | undefined;
        return {
          nodes: arr(g?.nodes)
            .map((n) => `${n.id}@${n.depth}`)
            .sort(),
          edges: arr(g?.edges)
            .map((e) => String(e.id))
            .sort(),
          truncated: g?.truncated,
        };
      },
    },
    {
      name: 'search',
      label: 'search',
      relationLevels: 1,
      ours: {
        query: 'query search($q: String!) { search(query: $q, first: 10) { score entity { id name } } }',
        variables: { q: p.searchText },
      },
      peer: {
        query: 'query search($q: String!) { searchEntities(text: $q, first: 10) { score id name } }',
        variables: { q: p.searchText },
      },
      normalize(data, server) {
        const hits = arr((data as Obj)[server === 'peer' ? 'searchEntities' : 'search']);
        return hits.map((h) => (server === 'peer' ? h.id : (h.entity as Obj).id)).sort();
      },
    },
  ];
}

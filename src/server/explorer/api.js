/**
 * The explorer's only data source: the GraphQL API at /graphql (same origin). Every function returns
 * plain data or throws an Error whose message is fit to show to a person.
 */

/** POSTs one operation; throws on HTTP errors and on GraphQL errors (the first message). */
export async function gql(query, variables = {}, signal = undefined) {
  let res;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new Error('The API could not be reached.');
  }
  let body;
  try {
    body = await res.json();
  } catch {
    throw new Error(`The API answered ${res.status} without a readable body.`);
  }
  if (body.errors?.length) throw new Error(body.errors[0].message || 'The API reported an error.');
  if (!res.ok) throw new Error(`The API answered ${res.status}.`);
  return body.data;
}

const ENTITY_BRIEF = 'id kind name';

/** Ranked suggestions, with every name and alias so the matching one can be shown. */
export async function search(query, signal) {
  const data = await gql(
    `query ExplorerSearch($q: String!) {
      search(query: $q, first: 8) { score exact entity { ${ENTITY_BRIEF} names { locale name } aliases acronym } }
    }`,
    { q: query },
    signal,
  );
  return data.search;
}

/** The neighbourhood of the focus ids, as GraphView { nodes, edges, truncated }. */
export async function neighbourhood({ focus, depth, kinds, types }) {
  const data = await gql(
    `query ExplorerGraph($focus: [ID!]!, $depth: Int, $kinds: [EntityKind!], $types: [RelationType!]) {
      graph(focus: $focus, depth: $depth, kinds: $kinds, relationTypes: $types, limit: 300) {
        truncated
        nodes { id kind name depth }
        edges { id source target type evidenceCount }
      }
    }`,
    { focus, depth, kinds: kinds.length ? kinds : null, types: types.length ? types : null },
  );
  return data.graph;
}

const REL_BRIEF = `id type evidenceCount from { ${ENTITY_BRIEF} } to { ${ENTITY_BRIEF} }`;

/** Lineage of a standard or certification: { root, steps } (steps empty for other kinds). */
export async function lineage(id, direction, maxDepth) {
  const steps = `lineage(direction: $dir, maxDepth: $max) { depth direction entity { ${ENTITY_BRIEF} } via { ${REL_BRIEF} } }`;
  const data = await gql(
    `query ExplorerLineage($id: ID!, $dir: LineageDirection, $max: Int) {
      node(id: $id) {
        ... on Entity { ${ENTITY_BRIEF} }
        ... on Certification { ${steps} }
        ... on Standard { ${steps} }
      }
    }`,
    { id, dir: direction, max: maxDepth },
  );
  if (!data.node) throw new Error('That entity is not in the graph.');
  return { root: data.node, steps: data.node.lineage ?? [] };
}

const certifierRelations = `certifiedBy: relations(direction: IN, types: [ACCREDITS, PUBLISHES, REGULATES, AUDITS], first: 25) {
  edges { node { ${REL_BRIEF} } }
}`;

/**
 * Who certifies a certification: the authorities that accredit, publish, regulate or audit it or the
 * scheme it is a tier of (PART_OF), and the authorities that established those. Two requests (the
 * API's depth limit): the certification's side, then the authorities' ESTABLISHED_BY relations.
 * Returns { root, relations } with every relation once.
 */
export async function certifiers(id) {
  const data = await gql(
    `query ExplorerCertifiers($id: ID!) {
      node(id: $id) {
        ... on Entity { ${ENTITY_BRIEF} }
        ... on Certification {
          ${certifierRelations}
          tierOf: relations(direction: OUT, types: [PART_OF], first: 5) {
            edges { node { ${REL_BRIEF} to { ... on Certification { ${certifierRelations} } } } }
          }
        }
      }
    }`,
    { id },
  );
  const root = data.node;
  if (!root) throw new Error('That entity is not in the graph.');
  const rels = new Map();
  const add = (conn) => {
    for (const { node } of conn?.edges ?? []) rels.set(node.id, node);
  };
  add(root.certifiedBy);
  add(root.tierOf);
  for (const { node } of root.tierOf?.edges ?? []) add(node.to.certifiedBy);
  const authorities = [...new Set([...rels.values()].filter((r) => r.type !== 'PART_OF').map((r) => r.from.id))];
  if (authorities.length) {
    const more = await gql(
      `query ExplorerEstablishers($ids: [ID!]!) {
        nodes(ids: $ids) {
          ... on Authority { establishedBy: relations(direction: OUT, types: [ESTABLISHED_BY], first: 10) { edges { node { ${REL_BRIEF} } } } }
        }
      }`,
      { ids: authorities },
    );
    for (const n of more.nodes) add(n?.establishedBy);
  }
  return { root, relations: [...rels.values()] };
}

/** Every shortest path between two entities (at most 10). */
export async function paths(from, to, maxDepth = 6) {
  const data = await gql(
    `query ExplorerPath($from: ID!, $to: ID!, $max: Int) {
      path(from: $from, to: $to, maxDepth: $max, limit: 10) {
        length entities { ${ENTITY_BRIEF} } relations { ${REL_BRIEF} }
      }
    }`,
    { from, to, max: maxDepth },
  );
  return data.path;
}

/** Everything the side panel shows for one entity. */
export async function entityDetails(id) {
  const who = (f) => `${f} { ${ENTITY_BRIEF} }`;
  const data = await gql(
    `query ExplorerEntity($id: ID!) {
      node(id: $id) {
        ... on Entity {
          ${ENTITY_BRIEF} acronym curated aliases
          names { locale name }
          facts { key value quote }
          articles { path locale title }
          relations(first: 100) { totalCount edges { node { ${REL_BRIEF} } } }
        }
        ... on Certification {
          type jurisdiction { name }
          ${who('accreditedBy')} ${who('publishedBy')} ${who('regulatedBy')} ${who('auditedBy')}
          partOf { ${ENTITY_BRIEF} }
        }
        ... on Standard { designation title ${who('publishedBy')} }
        ... on Authority { authorityKind ${who('establishedBy')} }
      }
    }`,
    { id },
  );
  if (!data.node) throw new Error('That entity is not in the graph.');
  return data.node;
}

/** One relation with its evidence, by id (`<from>|<type>|<to>`, as drawn). */
export async function relationDetails(id) {
  const data = await gql(
    `query ExplorerRelation($id: ID!) {
      relation(id: $id) {
        ${REL_BRIEF} curated serviceModels
        evidence { locale section quote article { path locale title } }
      }
    }`,
    { id },
  );
  if (!data.relation) throw new Error('That relation is not in the graph.');
  return data.relation;
}

/** Brief entities by id, in order (null for unknown ids). */
export async function brief(ids) {
  const data = await gql(
    `query ExplorerBrief($ids: [ID!]!) { nodes(ids: $ids) { ... on Entity { ${ENTITY_BRIEF} } } }`,
    { ids },
  );
  return data.nodes.map((n) => (n?.id ? n : null));
}

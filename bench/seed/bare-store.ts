/**
 * The bare baseline loader: writes the same extracted records as src/graph/seed-store.ts, with the
 * hand-written `UNWIND … MERGE` a developer would write first — nodes by id, relationships by
 * (start, type, end), evidence appended — and nothing else: no claims, no derived properties, no
 * retraction support. Same driver wrapper, same constraints, one transaction per batch.
 * Benchmark code only: it lives here, not in src/graph, because the project must never use it.
 */
import type { Graph } from '../../src/graph/driver.ts';
import type { SourceFacts } from '../../src/graph/seed-store.ts';
import { ENTITY_KINDS, type PropertyValue, RELATION_TYPES } from '../../src/ingest/types.ts';

const SEP = '\u001f';

/** Neo4j stores no maps: a map becomes a list of `key␟value` strings. */
function storable(props: Record<string, PropertyValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      out[k] = Object.entries(v).map(([a, b]) => `${a}${SEP}${b}`);
    } else out[k] = v;
  }
  return out;
}

const ENTITY_STATEMENT = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [
    kind,
    `/* bareMerge${kind} */ UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n:${kind} SET n += row.props`,
  ]),
);

const RELATION_STATEMENT = Object.fromEntries(
  RELATION_TYPES.map((type) => {
    const start = type === 'DESCRIBES' || type === 'MENTIONS' ? 'Article' : 'Entity';
    return [
      type,
      `/* bareMerge${type.replaceAll('_', '')} */ UNWIND $rows AS row
MATCH (s:${start} {id: row.start})
MATCH (e:Entity {id: row.end})
MERGE (s)-[r:${type}]->(e)
SET r.evidence = coalesce(r.evidence, []) + row.evidence, r += row.props`,
    ];
  }),
);

/** Writes one batch in one transaction. */
export async function bareWriteSources(graph: Graph, batch: SourceFacts[]): Promise<void> {
  const articles: Array<{ id: string; props: Record<string, unknown> }> = [];
  const entities = new Map<string, Array<{ id: string; props: Record<string, unknown> }>>();
  const relations = new Map<
    string,
    Array<{ start: string; end: string; evidence: string[]; props: Record<string, unknown> }>
  >();
  for (const f of batch) {
    const a = f.article;
    articles.push({
      id: a.id,
      props: { path: a.path, locale: a.locale, title: a.title, hash: a.hash, root: f.root, curated: f.curated },
    });
    for (const n of f.nodes) {
      const kind = n.labels[0];
      if (!kind || kind === 'Article') continue;
      const rows = entities.get(kind) ?? [];
      rows.push({ id: n.id, props: storable(n.properties) });
      entities.set(kind, rows);
    }
    for (const r of f.relationships) {
      const rows = relations.get(r.type) ?? [];
      rows.push({
        start: r.start,
        end: r.end,
        evidence: r.evidence.map((e) => [a.id, e.locale, e.section, e.quote].join(SEP)),
        props: storable(r.properties),
      });
      relations.set(r.type, rows);
    }
  }
  await graph.writeTransaction(async (tx) => {
    await tx.run('/* bareMergeArticles */ UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.props', {
      rows: articles,
    });
    for (const kind of ENTITY_KINDS) {
      const rows = entities.get(kind);
      if (rows?.length) await tx.run(ENTITY_STATEMENT[kind] as string, { rows });
    }
    for (const type of RELATION_TYPES) {
      const rows = relations.get(type);
      if (rows?.length) await tx.run(RELATION_STATEMENT[type] as string, { rows });
    }
  });
}

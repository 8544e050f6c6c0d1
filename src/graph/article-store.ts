/**
 * Reads of articles (the sources of facts: content articles and, with `curated: true`, lexicon
 * files) and of their DESCRIBES / MENTIONS links. Batch functions return results in key order.
 */
import type { StatementCounter } from './driver.ts';
import type { ReadGraph } from './entity-store.ts';
import {
  type ArticleRecord,
  type ArticleRelationType,
  ENTITY_MAP,
  type EntityRecord,
  toArticleRecord,
  toEntityRecord,
} from './records.ts';

export async function getArticlesByIds(
  graph: ReadGraph,
  ids: readonly string[],
  counter?: StatementCounter,
): Promise<Array<ArticleRecord | null>> {
  const rows = await graph.read(
    '/* getArticlesByIds */ UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a',
    { ids: [...ids] },
    counter,
  );
  const byId = new Map(rows.map((r) => [String((r.a as { id: unknown }).id), toArticleRecord(r)]));
  return ids.map((id) => byId.get(id) ?? null);
}

export interface ArticleLink {
  relation: ArticleRelationType;
  article: ArticleRecord;
}

/** Per entity id: the articles describing or mentioning it, describing first, then by path. */
export async function getArticleLinksByEntityIds(
  graph: ReadGraph,
  ids: readonly string[],
  counter?: StatementCounter,
): Promise<ArticleLink[][]> {
  const rows = await graph.read(
    `/* getArticleLinksByEntityIds */ UNWIND $ids AS id
MATCH (a:Article)-[r:DESCRIBES|MENTIONS]->(:Entity {id: id})
RETURN id, type(r) AS relation, a
ORDER BY id, relation, a.path`,
    { ids: [...ids] },
    counter,
  );
  const byId = new Map<string, ArticleLink[]>();
  for (const row of rows) {
    const key = String(row.id);
    const list = byId.get(key) ?? [];
    list.push({ relation: String(row.relation) as ArticleRelationType, article: toArticleRecord(row) });
    byId.set(key, list);
  }
  return ids.map((id) => byId.get(id) ?? []);
}

export interface EntityLink {
  relation: ArticleRelationType;
  entity: EntityRecord;
}

/** Per article id: the entities it describes or mentions, by relation then name. */
export async function getEntityLinksByArticleIds(
  graph: ReadGraph,
  ids: readonly string[],
  counter?: StatementCounter,
): Promise<EntityLink[][]> {
  const rows = await graph.read(
    `/* getEntityLinksByArticleIds */ UNWIND $ids AS id
MATCH (:Article {id: id})-[r:DESCRIBES|MENTIONS]->(n:Entity)
RETURN id, type(r) AS relation, ${ENTITY_MAP('n', graph.entityProps)} AS entity
ORDER BY id, relation, toLower(n.name), n.id`,
    { ids: [...ids] },
    counter,
  );
  const byId = new Map<string, EntityLink[]>();
  for (const row of rows) {
    const key = String(row.id);
    const list = byId.get(key) ?? [];
    list.push({ relation: String(row.relation) as ArticleRelationType, entity: toEntityRecord(row.entity) });
    byId.set(key, list);
  }
  return ids.map((id) => byId.get(id) ?? []);
}

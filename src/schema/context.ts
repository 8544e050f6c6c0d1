/**
 * Per-request context: a read-only graph handle, a statement counter, and DataLoaders created
 * fresh for every request (never shared across requests). Every relation a resolver follows goes
 * through a loader here: one statement per relation kind per level, whatever the list size.
 * Entities any read returned are remembered (`known`): the entity loader answers them without a
 * statement.
 */
import DataLoader from 'dataloader';
import {
  type ArticleLink,
  type EntityLink,
  getArticleLinksByEntityIds,
  getArticlesByIds,
  getEntityLinksByArticleIds,
} from '../graph/article-store.ts';
import type { Graph, StatementCounter } from '../graph/driver.ts';
import { getEntitiesByIds, type ReadGraph } from '../graph/entity-store.ts';
import { getLineageByIds, type LineageDirection, type LineageRecord } from '../graph/lineage-store.ts';
import type { ArticleRecord, EntityRecord, EntityRelationType, EvidenceRecord } from '../graph/records.ts';
import {
  type Direction,
  getEvidenceByRelationIds,
  getNeighboursByEntityIds,
  getRelationsByEntityIds,
  type Neighbour,
} from '../graph/relation-store.ts';

export interface Context {
  graph: ReadGraph;
  counter: StatementCounter;
  loaders: Loaders;
  /** Entities read so far in this request, by id: `loaders.entity` answers them from here. */
  known: Map<string, EntityRecord>;
  /**
   * Neighbour lists a lookup or list read ahead (see logic/follows.ts), by neighbourKey(...), then
   * entity id: a field finding its list here answers without a loader.
   */
  readAhead: Map<string, Map<string, EntityRecord[]>>;
  /** Lineage lists read ahead, by lineageKey(...), then entity id: answered without a loader. */
  lineageAhead: Map<string, Map<string, LineageRecord[]>>;
}

/** The key of one lineage loader. */
export const lineageKey = (direction: LineageDirection, maxDepth: number, via: boolean) =>
  `${direction}:${maxDepth}:${via}`;

/** The key of one neighbours loader: direction, distinct sorted types, inheritance. */
export function neighbourKey(direction: Direction, types: readonly EntityRelationType[], inherit: boolean): string {
  const t = types.length === 1 ? types[0] : [...new Set(types)].sort().join(',');
  return `${direction}:${t}:${inherit}`;
}

export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  article: DataLoader<string, ArticleRecord | null>;
  /** Per entity id: articles describing or mentioning it. */
  articleLinks: DataLoader<string, ArticleLink[]>;
  /** Per article id: entities it describes or mentions. */
  entityLinks: DataLoader<string, EntityLink[]>;
  /**
   * Per entity id: the entities its relations of `types` in `direction` lead to; with `inherit`,
   * also through those inherited through PART_OF (tiers of schemes).
   */
  neighbours(
    direction: Direction,
    types: readonly EntityRelationType[],
    inherit?: boolean,
  ): DataLoader<string, EntityRecord[]>;
  /** Per entity id: its relations of `types` in `direction`, with evidence and the other end. */
  relations(direction: Direction, types: readonly EntityRelationType[]): DataLoader<string, Neighbour[]>;
  /** Per relation id: its evidence (for relations read without it); null for an unknown relation. */
  evidence: DataLoader<string, EvidenceRecord[] | null>;
  /** Per entity id: its lineage; steps carry their path only when `via` (see getLineageByIds). */
  lineage(direction: LineageDirection, maxDepth: number, via: boolean): DataLoader<string, LineageRecord[]>;
}

/** A handle that can only read: the API never gets the graph's write methods. */
export function readOnly(graph: Graph): ReadGraph {
  return { read: (cypher, params, counter) => graph.read(cypher, params, counter), entityProps: null };
}

export function createContext(graph: Graph): Context {
  const counter: StatementCounter = { count: 0, names: [] };
  const g = readOnly(graph);
  const known = new Map<string, EntityRecord>();
  const entity = new DataLoader<string, EntityRecord | null>(async (ids) => {
    const missing = ids.filter((id) => !known.has(id));
    const read = missing.length ? await getEntitiesByIds(g, missing, counter) : [];
    const found = new Map(read.map((e, i) => [missing[i] as string, e]));
    return ids.map((id) => known.get(id) ?? found.get(id) ?? null);
  });
  const prime = (records: Iterable<EntityRecord>) => {
    for (const r of records) known.set(r.id, r);
  };
  const neighbourLoaders = new Map<string, DataLoader<string, EntityRecord[]>>();
  const relationLoaders = new Map<string, DataLoader<string, Neighbour[]>>();
  const lineageLoaders = new Map<string, DataLoader<string, LineageRecord[]>>();
  return {
    graph: g,
    counter,
    known,
    readAhead: new Map(),
    lineageAhead: new Map(),
    loaders: {
      entity,
      article: new DataLoader((ids) => getArticlesByIds(g, ids, counter)),
      articleLinks: new DataLoader((ids) => getArticleLinksByEntityIds(g, ids, counter)),
      entityLinks: new DataLoader(async (ids) => {
        const lists = await getEntityLinksByArticleIds(g, ids, counter);
        prime(lists.flat().map((l) => l.entity));
        return lists;
      }),
      neighbours(direction, types, inherit = false) {
        const key = neighbourKey(direction, types, inherit);
        let loader = neighbourLoaders.get(key);
        if (!loader) {
          const sorted = [...new Set(types)].sort();
          loader = new DataLoader(async (ids) => {
            const lists = await getNeighboursByEntityIds(g, ids, direction, sorted, inherit, counter);
            prime(lists.flat());
            return lists;
          });
          neighbourLoaders.set(key, loader);
        }
        return loader;
      },
      relations(direction, types) {
        const sorted = [...new Set(types)].sort();
        const key = `${direction}:${sorted.join(',')}`;
        let loader = relationLoaders.get(key);
        if (!loader) {
          loader = new DataLoader(async (ids) => {
            const lists = await getRelationsByEntityIds(g, ids, direction, sorted, counter);
            prime(lists.flat().map((n) => n.entity));
            return lists;
          });
          relationLoaders.set(key, loader);
        }
        return loader;
      },
      evidence: new DataLoader((ids) => getEvidenceByRelationIds(g, ids, counter)),
      lineage(direction, maxDepth, via) {
        const key = lineageKey(direction, maxDepth, via);
        let loader = lineageLoaders.get(key);
        if (!loader) {
          loader = new DataLoader(async (ids) => {
            const lists = await getLineageByIds(g, ids, direction, maxDepth, via, counter);
            prime(lists.flat().map((s) => s.entity));
            return lists;
          });
          lineageLoaders.set(key, loader);
        }
        return loader;
      },
    },
  };
}

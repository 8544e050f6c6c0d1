/** path(): the shortest paths between two entities, with their relations. */
import { findShortestPaths } from '../../graph/graph-store.ts';
import {
  ENTITY_RELATION_TYPES,
  type EntityRecord,
  type EntityRelationType,
  type RelationRecord,
} from '../../graph/records.ts';
import type { Context } from '../context.ts';
import { intInRange } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import { entityIds, loadExisting } from './ids.ts';

export interface PathView {
  length: number;
  entities: EntityRecord[];
  relations: RelationRecord[];
}

export interface PathArgs {
  from: string;
  to: string;
  maxDepth: number;
  relationTypes: readonly EntityRelationType[] | null;
  limit: number;
}

/** Every shortest path up to `limit`, ordered by their relation ids; [] when none within maxDepth. */
export async function shortestPaths(ctx: Context, args: PathArgs): Promise<PathView[]> {
  const maxDepth = intInRange(args.maxDepth, 'maxDepth', 1, LIMITS.maxPathDepth);
  const limit = intInRange(args.limit, 'limit', 1, LIMITS.maxPathLimit);
  entityIds([args.from], 'from');
  entityIds([args.to], 'to');
  const ends = await loadExisting(ctx, args.from === args.to ? [args.from] : [args.from, args.to]);
  if (args.from === args.to) return [{ length: 0, entities: ends, relations: [] }];
  const types = args.relationTypes?.length ? args.relationTypes : ENTITY_RELATION_TYPES;
  const paths = await findShortestPaths(ctx.graph, args.from, args.to, types, maxDepth, limit, ctx.counter);
  for (const p of paths) for (const e of p.entities) ctx.known.set(e.id, e);
  const key = (p: { relations: RelationRecord[] }) => p.relations.map((r) => r.id).join('\n');
  return paths
    .map((p) => ({ length: p.relations.length, entities: p.entities, relations: p.relations }))
    .sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
}

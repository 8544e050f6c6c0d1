/**
 * graph(): the neighbourhood of focus entities, breadth first, ready for Cytoscape.js. One
 * statement per level plus one for the edges among the kept nodes. Nodes are kept nearest first
 * (then most evidence, then name) up to `limit`; edges (most evidence first) up to
 * `limit` × graphEdgesPerNode; `truncated`
 * tells when anything was left out.
 */
import { getEdgesAmong, getNeighbours } from '../../graph/graph-store.ts';
import {
  ENTITY_RELATION_TYPES,
  type EntityLabel,
  type EntityRecord,
  type EntityRelationType,
  relationId,
} from '../../graph/records.ts';
import type { Context } from '../context.ts';
import { badUserInput, intInRange } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import { entityIds, loadExisting } from './ids.ts';

export interface GraphNodeView {
  id: string;
  kind: EntityLabel;
  name: string;
  depth: number;
}

export interface GraphEdgeView {
  id: string;
  source: string;
  target: string;
  type: EntityRelationType;
  evidenceCount: number;
}

export interface GraphView {
  nodes: GraphNodeView[];
  edges: GraphEdgeView[];
  truncated: boolean;
}

export interface NeighbourhoodArgs {
  focus: readonly string[];
  depth: number;
  kinds: readonly EntityLabel[] | null;
  relationTypes: readonly EntityRelationType[] | null;
  limit: number;
}

export async function neighbourhood(ctx: Context, args: NeighbourhoodArgs): Promise<GraphView> {
  if (args.focus.length === 0) throw badUserInput('"focus" needs at least one id', 'focus');
  if (args.focus.length > LIMITS.maxGraphFocus) {
    throw badUserInput(`"focus" accepts at most ${LIMITS.maxGraphFocus} ids`, 'focus');
  }
  const depth = intInRange(args.depth, 'depth', 0, LIMITS.maxGraphDepth);
  const limit = intInRange(args.limit, 'limit', 1, LIMITS.maxGraphLimit);
  const types = args.relationTypes?.length ? args.relationTypes : ENTITY_RELATION_TYPES;
  const kinds = args.kinds?.length ? args.kinds : null;
  const focus = await loadExisting(ctx, entityIds(args.focus, 'focus'));

  const kept = new Map<string, GraphNodeView>();
  const keep = (e: EntityRecord, d: number) => kept.set(e.id, { id: e.id, kind: e.kind, name: e.name, depth: d });
  let truncated = focus.length > limit;
  for (const e of focus.slice(0, limit)) keep(e, 0);
  let frontier = [...kept.keys()];
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const room = limit - kept.size;
    const found = await getNeighbours(
      ctx.graph,
      { ids: frontier, exclude: [...kept.keys()], types, kinds, limit: room + 1 },
      ctx.counter,
    );
    if (found.length > room) truncated = true;
    const added = found.slice(0, room);
    for (const e of added) keep(e, level);
    frontier = added.map((e) => e.id);
  }

  const maxEdges = limit * LIMITS.graphEdgesPerNode;
  const edges = await getEdgesAmong(ctx.graph, [...kept.keys()], types, maxEdges + 1, ctx.counter);
  if (edges.length > maxEdges) truncated = true;
  return {
    nodes: [...kept.values()],
    edges: edges.slice(0, maxEdges).map((e) => ({ id: relationId(e.source, e.type, e.target), ...e })),
    truncated,
  };
}

/**
 * graph(): the neighbourhood of focus entities, breadth first, ready for Cytoscape.js, in one
 * statement. Nodes are kept nearest first
 * (then most evidence, then name) up to `limit`; edges (most evidence first) up to
 * `limit` × graphEdgesPerNode; `truncated`
 * tells when anything was left out.
 */
import { getNeighbourhood } from '../../graph/graph-store.ts';
import { ENTITY_RELATION_TYPES, type EntityLabel, type EntityRelationType, relationId } from '../../graph/records.ts';
import type { Context } from '../context.ts';
import { badUserInput, intInRange } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import { assertAllFound, entityIds } from './ids.ts';

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
  const ids = entityIds(args.focus, 'focus');
  const maxEdges = limit * LIMITS.graphEdgesPerNode;
  const found = await getNeighbourhood(ctx.graph, { focus: ids, depth, types, kinds, limit, maxEdges }, ctx.counter);
  assertAllFound(ids, found.found);
  const nodes = found.levels.flatMap((level, d) =>
    level.map((e): GraphNodeView => ({ id: e.id, kind: e.kind, name: e.name, depth: d })),
  );
  return {
    nodes,
    edges: found.edges.map((e) => ({ id: relationId(e.source, e.type, e.target), ...e })),
    truncated: found.truncated,
  };
}

/** GraphView (nodes and edges shaped for Cytoscape.js) and the `graph` query. */
import { builder } from './builder.ts';
import { EntityKind } from './entity.ts';
import { LIMITS } from './limits.ts';
import {
  type GraphEdgeView,
  type GraphNodeView,
  neighbourhood,
  type GraphView as View,
} from './logic/neighbourhood.ts';
import { RelationType } from './relation.ts';

export const GraphNode = builder.objectRef<GraphNodeView>('GraphNode').implement({
  description: 'A node: use as Cytoscape `{ data: node }`; `id` works with node(id).',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: EntityKind, resolve: (n) => n.kind }),
    name: t.exposeString('name'),
    depth: t.exposeInt('depth', { description: '0 for a focus node, else steps from the nearest focus.' }),
  }),
});

export const GraphEdge = builder.objectRef<GraphEdgeView>('GraphEdge').implement({
  description: 'A directed edge: use as Cytoscape `{ data: edge }` (source → target). `id` equals Relation.id.',
  fields: (t) => ({
    id: t.exposeID('id'),
    source: t.exposeID('source'),
    target: t.exposeID('target'),
    type: t.field({ type: RelationType, resolve: (e) => e.type }),
    evidenceCount: t.exposeInt('evidenceCount'),
  }),
});

export const GraphView = builder.objectRef<View>('GraphView').implement({
  fields: (t) => ({
    nodes: t.field({ type: [GraphNode], resolve: (g) => g.nodes }),
    edges: t.field({
      type: [GraphEdge],
      description: 'Every kept relationship among `nodes`.',
      resolve: (g) => g.edges,
    }),
    truncated: t.exposeBoolean('truncated', { description: 'True when nodes or edges were left out by the limits.' }),
  }),
});

builder.queryFields((t) => ({
  graph: t.field({
    type: GraphView,
    description: 'The neighbourhood of the focus entities, ready to draw.',
    args: {
      focus: t.arg.idList({ required: true, description: `Entity ids, 1 to ${LIMITS.maxGraphFocus}.` }),
      depth: t.arg.int({
        defaultValue: LIMITS.defaultGraphDepth,
        description: `Steps out, 0 to ${LIMITS.maxGraphDepth}.`,
      }),
      kinds: t.arg({ type: [EntityKind], description: 'Only these kinds besides the focus (default: all).' }),
      relationTypes: t.arg({ type: [RelationType], description: 'Only these relationship types (default: all).' }),
      limit: t.arg.int({ defaultValue: LIMITS.defaultGraphLimit, description: `Nodes, 1 to ${LIMITS.maxGraphLimit}.` }),
    },
    complexity: { field: 50, multiplier: 1 },
    resolve: (_root, args, ctx) =>
      neighbourhood(ctx, {
        focus: args.focus.map(String),
        depth: args.depth ?? LIMITS.defaultGraphDepth,
        kinds: args.kinds ?? null,
        relationTypes: args.relationTypes ?? null,
        limit: args.limit ?? LIMITS.defaultGraphLimit,
      }),
  }),
}));

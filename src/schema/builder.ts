/**
 * The Pothos builder: fields non-null unless stated, Relay with the graph ids as global ids (see
 * global-id.ts), connections with totalCount and non-null edges, per-field complexity costs.
 */
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from './context.ts';
import { badUserInput } from './errors.ts';
import { decodeGlobalId, encodeGlobalId } from './global-id.ts';
import { LIMITS, pageSize } from './limits.ts';

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Connection: { totalCount: number };
}>({
  plugins: [ComplexityPlugin, RelayPlugin],
  defaultFieldNullability: false,
  // Limits are checked at validation time by src/server/yoga.ts; these are the per-field costs.
  complexity: { defaultComplexity: 1, defaultListMultiplier: 5 },
  relay: {
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeGlobalId,
    edgesFieldOptions: { nullable: false, complexity: { field: 0, multiplier: 1 } },
    nodeFieldOptions: { nullable: false },
    nodesOnConnection: { complexity: { field: 0, multiplier: 1 } },
    defaultConnectionFieldOptions: {
      complexity: (args) => ({ field: 1, multiplier: pageSize(args) }),
    },
    nodesQueryOptions: {
      description: `Nodes by global id, in the order given (null for unknown ids); at most ${LIMITS.maxIds}.`,
      complexity: (args) => ({ field: 1, multiplier: Array.isArray(args.ids) ? args.ids.length : 1 }),
      resolve: (_root, { ids }, _ctx, _info, resolveNodes) => {
        if (ids.length > LIMITS.maxIds) throw badUserInput(`"ids" accepts at most ${LIMITS.maxIds} ids`, 'ids');
        return resolveNodes(ids);
      },
    },
    nodeQueryOptions: { description: 'A node by its global id (null when unknown).' },
  },
});

builder.queryType({});

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'Items in the whole list, across all pages.', resolve: (parent) => parent.totalCount }),
);

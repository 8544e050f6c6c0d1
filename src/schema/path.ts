/** Path and the `path` query. */
import { builder } from './builder.ts';
import { Entity } from './entity.ts';
import { LIMITS } from './limits.ts';
import { type PathView, shortestPaths } from './logic/paths.ts';
import { Relation, RelationType } from './relation.ts';

export const Path = builder.objectRef<PathView>('Path').implement({
  description: 'A shortest path: entities[i] and entities[i + 1] are joined by relations[i] (either direction).',
  fields: (t) => ({
    length: t.exposeInt('length', { description: 'Number of relations.' }),
    entities: t.field({ type: [Entity], resolve: (p) => p.entities }),
    relations: t.field({ type: [Relation], resolve: (p) => p.relations }),
  }),
});

builder.queryFields((t) => ({
  path: t.field({
    type: [Path],
    description: 'Every shortest path between two entities over entity relationships, either direction; [] when none.',
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxDepth: t.arg.int({ defaultValue: LIMITS.defaultPathDepth, description: `1 to ${LIMITS.maxPathDepth}.` }),
      relationTypes: t.arg({ type: [RelationType], description: 'Only these types (default: all).' }),
      limit: t.arg.int({ defaultValue: LIMITS.defaultPathLimit, description: `Paths, 1 to ${LIMITS.maxPathLimit}.` }),
    },
    complexity: (args) => ({
      field: 20,
      multiplier: Math.min(args.limit ?? LIMITS.defaultPathLimit, LIMITS.maxPathLimit),
    }),
    resolve: (_root, args, ctx) =>
      shortestPaths(ctx, {
        from: String(args.from),
        to: String(args.to),
        maxDepth: args.maxDepth ?? LIMITS.defaultPathDepth,
        relationTypes: args.relationTypes ?? null,
        limit: args.limit ?? LIMITS.defaultPathLimit,
      }),
  }),
}));

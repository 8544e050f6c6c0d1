/** SearchHit and the `search` query. */
import { builder } from './builder.ts';
import { Entity, EntityKind } from './entity.ts';
import { LIMITS } from './limits.ts';
import { type Hit, search } from './logic/search.ts';

export const SearchHit = builder.objectRef<Hit>('SearchHit').implement({
  fields: (t) => ({
    entity: t.field({ type: Entity, resolve: (h) => h.entity }),
    score: t.exposeFloat('score', { description: 'Relevance; higher first. Exact matches score above all others.' }),
    exact: t.exposeBoolean('exact', {
      description: 'The whole query is one of its names, aliases, acronyms or designations (any case or width).',
    }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHit],
    description:
      'Ranked full-text search over names and aliases in every language, Japanese and Chinese included. Words match in any order; Lucene syntax is taken literally.',
    args: {
      query: t.arg.string({ required: true }),
      kinds: t.arg({ type: [EntityKind], description: 'Only these kinds (default: all).' }),
      first: t.arg.int({ defaultValue: LIMITS.defaultSearchSize, description: `1 to ${LIMITS.maxSearchSize}.` }),
    },
    complexity: (args) => ({
      field: 5,
      multiplier: Math.min(args.first ?? LIMITS.defaultSearchSize, LIMITS.maxSearchSize),
    }),
    resolve: (_root, args, ctx) => search(ctx, args.query, args.kinds ?? null, args.first ?? LIMITS.defaultSearchSize),
  }),
}));

/** Stats and the `stats` query. */
import { countGraph, type GraphCounts } from '../graph/stats-store.ts';
import { builder } from './builder.ts';

const LabelCount = builder.objectRef<{ label: string; count: number }>('LabelCount').implement({
  fields: (t) => ({ label: t.exposeString('label'), count: t.exposeInt('count') }),
});

const RelationshipCount = builder.objectRef<{ type: string; count: number }>('RelationshipCount').implement({
  fields: (t) => ({ type: t.exposeString('type'), count: t.exposeInt('count') }),
});

export const Stats = builder.objectRef<GraphCounts>('Stats').implement({
  description: 'Counts per node label and relationship type.',
  fields: (t) => ({
    labels: t.field({
      type: [LabelCount],
      description: 'Certification, Authority, Standard, Service, Jurisdiction, Entity (all five), Article.',
      resolve: (s) => s.labels,
    }),
    relationships: t.field({ type: [RelationshipCount], resolve: (s) => s.relationships }),
  }),
});

builder.queryFields((t) => ({
  stats: t.field({ type: Stats, resolve: (_root, _args, ctx) => countGraph(ctx.graph, ctx.counter) }),
}));

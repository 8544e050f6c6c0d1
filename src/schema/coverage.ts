/** Coverage: a certification covering a service (a COVERS relation), with its service models. */
import type { EntityRecord, RelationRecord } from '../graph/records.ts';
import { builder } from './builder.ts';
import { Certification } from './certification.ts';
import type { Context } from './context.ts';
import { Evidence } from './relation.ts';
import { Service } from './service.ts';

async function load(ctx: Context, id: string): Promise<EntityRecord> {
  const e = await ctx.loaders.entity.load(id);
  if (!e) throw new Error(`coverage end ${id} not found`);
  return e;
}

export const Coverage = builder.objectRef<RelationRecord>('Coverage').implement({
  description: 'A certification covering a cloud service, for the given service models.',
  fields: (t) => ({
    certification: t.field({ type: Certification, resolve: (r, _args, ctx) => load(ctx, r.from) }),
    service: t.field({ type: Service, resolve: (r, _args, ctx) => load(ctx, r.to) }),
    serviceModels: t.exposeStringList('serviceModels', { description: 'IaaS, PaaS, SaaS; empty when unstated.' }),
    evidence: t.field({ type: [Evidence], resolve: (r) => r.evidence }),
  }),
});

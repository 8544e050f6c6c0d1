import { listEntities } from '../graph/entity-store.ts';
import type { EntityRecord } from '../graph/records.ts';
import { builder } from './builder.ts';

export const Certification = builder.objectRef<EntityRecord>('Certification');

Certification.implement({
  description: 'A certification, attestation, regulation, law, framework or assessment program.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    type: t.string({ nullable: true, resolve: (c) => c.type }),
  }),
});

builder.queryFields((t) => ({
  certifications: t.field({
    type: [Certification],
    description: 'Every certification, ordered by name.',
    resolve: (_root, _args, ctx) => listEntities(ctx.graph, 'Certification', ctx.counter),
  }),
}));

/** Jurisdiction: a country or region where schemes apply. */
import type { EntityRecord } from '../graph/records.ts';
import { builder } from './builder.ts';
import { Certification } from './certification.ts';
import { Entity } from './entity.ts';
import { followField } from './logic/follows.ts';
import { listConnection, loadEntitiesOfKind, lookupEntity } from './logic/lookup.ts';

export const Jurisdiction = builder.objectRef<EntityRecord>('Jurisdiction');

builder.node(Jurisdiction, {
  description: 'A country, region or the global scope.',
  interfaces: [Entity],
  id: { resolve: (j) => j.id },
  isTypeOf: (v) => (v as EntityRecord).kind === 'Jurisdiction',
  loadMany: (ids, ctx) => loadEntitiesOfKind(ctx, ids, 'Jurisdiction'),
  fields: (t) => ({
    certifications: t.field({
      type: [Certification],
      description: 'Certifications that apply here (APPLIES_IN).',
      ...followField('IN', 'APPLIES_IN', 'Certification'),
    }),
  }),
});

builder.queryFields((t) => ({
  jurisdiction: t.field({
    type: Jurisdiction,
    nullable: true,
    description: 'A jurisdiction by id, or by any name ("Japan", "日本", "JP").',
    args: { id: t.arg.id(), name: t.arg.string() },
    resolve: (_root, args, ctx, info) =>
      lookupEntity(ctx, 'Jurisdiction', { id: args.id?.toString(), name: args.name }, info),
  }),
  jurisdictions: t.connection({
    type: Jurisdiction,
    description: 'Jurisdictions by name.',
    resolve: (_root, args, ctx, info) => listConnection(ctx, 'Jurisdiction', { refs: {} }, args, info),
  }),
}));

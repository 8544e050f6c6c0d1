/** Service: a Microsoft cloud service in the scope of certifications. */
import type { EntityRecord } from '../graph/records.ts';
import { builder } from './builder.ts';
import { Coverage } from './coverage.ts';
import { Entity } from './entity.ts';
import { listConnection, loadEntitiesOfKind, lookupEntity } from './logic/lookup.ts';
import { linksOf } from './logic/relations.ts';

export const Service = builder.objectRef<EntityRecord>('Service');

builder.node(Service, {
  description: 'A cloud service (Azure, Office 365, Intune, …).',
  interfaces: [Entity],
  id: { resolve: (s) => s.id },
  isTypeOf: (v) => (v as EntityRecord).kind === 'Service',
  loadMany: (ids, ctx) => loadEntitiesOfKind(ctx, ids, 'Service'),
  fields: (t) => ({
    coveredBy: t.field({
      type: [Coverage],
      description: 'Certifications covering it, with service models.',
      resolve: (s, _args, ctx) => linksOf(ctx, s.id, 'IN', 'COVERS', 'Certification'),
    }),
  }),
});

const ServiceFilter = builder.inputType('ServiceFilter', {
  fields: (t) => ({
    coveredBy: t.string({ description: 'Covered by this certification (id or any name).' }),
  }),
});

builder.queryFields((t) => ({
  service: t.field({
    type: Service,
    nullable: true,
    description: 'A service by id, or by any name or alias.',
    args: { id: t.arg.id(), name: t.arg.string() },
    resolve: (_root, args, ctx, info) =>
      lookupEntity(ctx, 'Service', { id: args.id?.toString(), name: args.name }, info),
  }),
  services: t.connection({
    type: Service,
    description: 'Services by name, filtered.',
    args: { filter: t.arg({ type: ServiceFilter }) },
    resolve: (_root, args, ctx, info) =>
      listConnection(ctx, 'Service', { refs: { coveredBy: args.filter?.coveredBy } }, args, info),
  }),
}));

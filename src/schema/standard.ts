/** Standard: ISO/IEC, NIST, JIS… documents, with their lineage. */
import type { EntityRecord } from '../graph/records.ts';
import { Authority } from './authority.ts';
import { builder } from './builder.ts';
import { Entity } from './entity.ts';
import { lineageField } from './lineage-step.ts';
import { followField } from './logic/follows.ts';
import { listConnection, loadEntitiesOfKind, lookupEntity } from './logic/lookup.ts';

export const Standard = builder.objectRef<EntityRecord>('Standard');

builder.node(Standard, {
  description: 'A standard or control catalogue.',
  interfaces: [Entity],
  id: { resolve: (s) => s.id },
  isTypeOf: (v) => (v as EntityRecord).kind === 'Standard',
  loadMany: (ids, ctx) => loadEntitiesOfKind(ctx, ids, 'Standard'),
  fields: (t) => ({
    designation: t.string({
      nullable: true,
      description: 'The formal designation, without edition year.',
      resolve: (s) => s.designation,
    }),
    title: t.string({ nullable: true, resolve: (s) => s.title }),
    publishedBy: t.field({
      type: [Authority],
      ...followField('IN', 'PUBLISHES', 'Authority'),
    }),
    basedOn: t.field({
      type: [Entity],
      description: 'What it is directly based on (BASED_ON).',
      ...followField('OUT', 'BASED_ON'),
    }),
    derivedBy: t.field({
      type: [Entity],
      description: 'Standards and schemes directly based on it.',
      ...followField('IN', 'BASED_ON'),
    }),
    lineage: lineageField(t),
  }),
});

const StandardFilter = builder.inputType('StandardFilter', {
  description: 'Every given condition must hold. References take an id or any name.',
  fields: (t) => ({
    publishedBy: t.string({ description: 'Published by this authority.' }),
    basedOn: t.string({ description: 'Directly based on this standard.' }),
  }),
});

builder.queryFields((t) => ({
  standard: t.field({
    type: Standard,
    nullable: true,
    description: 'A standard by id, or by any name, alias or designation ("ISO 27017", "ＩＳＯ／ＩＥＣ 27017").',
    args: { id: t.arg.id(), name: t.arg.string() },
    resolve: (_root, args, ctx, info) =>
      lookupEntity(ctx, 'Standard', { id: args.id?.toString(), name: args.name }, info),
  }),
  standards: t.connection({
    type: Standard,
    description: 'Standards by name, filtered.',
    args: { filter: t.arg({ type: StandardFilter }) },
    resolve: (_root, args, ctx, info) => {
      const f = args.filter ?? {};
      const refs = { publishedBy: f.publishedBy, basedOn: f.basedOn };
      return listConnection(ctx, 'Standard', { refs }, args, info);
    },
  }),
}));

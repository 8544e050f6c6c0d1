/** Certification (schemes, attestations, laws, frameworks…): who certifies what, lineage, coverage. */

import type { EntityRecord } from '../graph/records.ts';
import { CERTIFICATION_TYPES, type CertificationType as StoredType } from '../ingest/types.ts';
import { Authority } from './authority.ts';
import { builder } from './builder.ts';
import { Coverage } from './coverage.ts';
import { Entity } from './entity.ts';
import { Jurisdiction } from './jurisdiction.ts';
import { lineageField } from './lineage-step.ts';
import { listConnection, loadEntitiesOfKind, lookupEntity } from './logic/lookup.ts';
import { linksOf, neighboursOf } from './logic/relations.ts';

const enumName = (v: string) => v.toUpperCase().replaceAll('-', '_');

export const CertificationType = builder.enumType('CertificationType', {
  values: Object.fromEntries(CERTIFICATION_TYPES.map((v) => [enumName(v), { value: v }])) as Record<
    string,
    { value: StoredType }
  >,
});

const isStoredType = (v: string | null): v is StoredType =>
  (CERTIFICATION_TYPES as readonly (string | null)[]).includes(v);

export const Certification = builder.objectRef<EntityRecord>('Certification');

builder.node(Certification, {
  description: 'A certification, attestation, regulation, law, framework or assessment program.',
  interfaces: [Entity],
  id: { resolve: (c) => c.id },
  isTypeOf: (v) => (v as EntityRecord).kind === 'Certification',
  loadMany: (ids, ctx) => loadEntitiesOfKind(ctx, ids, 'Certification'),
  fields: (t) => ({
    type: t.field({
      type: CertificationType,
      nullable: true,
      resolve: (c) => (isStoredType(c.type) ? c.type : null),
    }),
    accreditedBy: t.field({
      type: [Authority],
      description: 'Authorities that accredit it or the scheme it is a tier of (ACCREDITS).',
      resolve: (c, _args, ctx) => neighboursOf(ctx, c.id, 'IN', 'ACCREDITS', 'Authority', true),
    }),
    publishedBy: t.field({
      type: [Authority],
      description: 'Authorities that own or publish it or the scheme it is a tier of (PUBLISHES).',
      resolve: (c, _args, ctx) => neighboursOf(ctx, c.id, 'IN', 'PUBLISHES', 'Authority', true),
    }),
    regulatedBy: t.field({
      type: [Authority],
      description: 'Authorities that regulate or enforce it or its scheme (REGULATES).',
      resolve: (c, _args, ctx) => neighboursOf(ctx, c.id, 'IN', 'REGULATES', 'Authority', true),
    }),
    auditedBy: t.field({
      type: [Authority],
      description: 'Bodies that audit against it or its scheme (AUDITS).',
      resolve: (c, _args, ctx) => neighboursOf(ctx, c.id, 'IN', 'AUDITS', 'Authority', true),
    }),
    basedOn: t.field({
      type: [Entity],
      description: 'Standards and schemes it is directly based on (BASED_ON).',
      resolve: (c, _args, ctx) => neighboursOf(ctx, c.id, 'OUT', 'BASED_ON'),
    }),
    derivedBy: t.field({
      type: [Entity],
      description: 'Standards and schemes directly based on it.',
      resolve: (c, _args, ctx) => neighboursOf(ctx, c.id, 'IN', 'BASED_ON'),
    }),
    covers: t.field({
      type: [Coverage],
      description: 'Cloud services it covers, with service models (COVERS).',
      resolve: (c, _args, ctx) => linksOf(ctx, c.id, 'OUT', 'COVERS', 'Service'),
    }),
    partOf: t.field({
      type: Certification,
      nullable: true,
      description: 'The scheme this is a tier or level of (PART_OF).',
      resolve: async (c, _args, ctx) => (await neighboursOf(ctx, c.id, 'OUT', 'PART_OF', 'Certification'))[0] ?? null,
    }),
    parts: t.field({
      type: [Certification],
      description: 'Its tiers or levels.',
      resolve: (c, _args, ctx) => neighboursOf(ctx, c.id, 'IN', 'PART_OF', 'Certification'),
    }),
    jurisdiction: t.field({
      type: Jurisdiction,
      nullable: true,
      description: 'Where it applies (the first of `jurisdictions`).',
      resolve: async (c, _args, ctx) => (await neighboursOf(ctx, c.id, 'OUT', 'APPLIES_IN', 'Jurisdiction'))[0] ?? null,
    }),
    jurisdictions: t.field({
      type: [Jurisdiction],
      description: 'Everywhere it applies (APPLIES_IN).',
      resolve: (c, _args, ctx) => neighboursOf(ctx, c.id, 'OUT', 'APPLIES_IN', 'Jurisdiction'),
    }),
    relatedTo: t.field({
      type: [Certification],
      description: 'Related offerings (RELATED_TO, either direction).',
      resolve: (c, _args, ctx) => neighboursOf(ctx, c.id, 'BOTH', 'RELATED_TO', 'Certification'),
    }),
    lineage: lineageField(t),
  }),
});

const CertificationFilter = builder.inputType('CertificationFilter', {
  description: 'Every given condition must hold. References take an id (authority:jasa) or any name (JASA).',
  fields: (t) => ({
    jurisdiction: t.string({ description: 'Applies in this jurisdiction.' }),
    type: t.field({ type: CertificationType }),
    accreditedBy: t.string({ description: 'Accredited by this authority.' }),
    publishedBy: t.string({ description: 'Published or owned by this authority.' }),
    basedOn: t.string({ description: 'Directly based on this standard or scheme (see lineage for transitive).' }),
    covers: t.string({ description: 'Covers this service.' }),
    partOf: t.string({ description: 'A tier of this scheme.' }),
  }),
});

builder.queryFields((t) => ({
  certification: t.field({
    type: Certification,
    nullable: true,
    description: 'A certification by id, or by any name, alias or acronym in any language.',
    args: { id: t.arg.id(), name: t.arg.string() },
    resolve: (_root, args, ctx) => lookupEntity(ctx, 'Certification', { id: args.id?.toString(), name: args.name }),
  }),
  certifications: t.connection({
    type: Certification,
    description: 'Certifications by name, filtered.',
    args: { filter: t.arg({ type: CertificationFilter }) },
    resolve: (_root, args, ctx) => {
      const f = args.filter ?? {};
      return listConnection(
        ctx,
        'Certification',
        {
          refs: {
            jurisdiction: f.jurisdiction,
            accreditedBy: f.accreditedBy,
            publishedBy: f.publishedBy,
            basedOn: f.basedOn,
            covers: f.covers,
            partOf: f.partOf,
          },
          certificationType: f.type,
        },
        args,
      );
    },
  }),
}));

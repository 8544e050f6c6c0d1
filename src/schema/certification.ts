/** Certification (schemes, attestations, laws, frameworks…): who certifies what, lineage, coverage. */

import type { EntityRecord } from '../graph/records.ts';
import { CERTIFICATION_TYPES, type CertificationType as StoredType } from '../ingest/types.ts';
import { Authority } from './authority.ts';
import { builder } from './builder.ts';
import { Coverage } from './coverage.ts';
import { Entity } from './entity.ts';
import { Jurisdiction } from './jurisdiction.ts';
import { lineageField } from './lineage-step.ts';
import { followField, followOneField } from './logic/follows.ts';
import { listConnection, loadEntitiesOfKind, lookupEntity } from './logic/lookup.ts';
import { linksOf } from './logic/relations.ts';

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
      ...followField('IN', 'ACCREDITS', 'Authority', true),
    }),
    publishedBy: t.field({
      type: [Authority],
      description: 'Authorities that own or publish it or the scheme it is a tier of (PUBLISHES).',
      ...followField('IN', 'PUBLISHES', 'Authority', true),
    }),
    regulatedBy: t.field({
      type: [Authority],
      description: 'Authorities that regulate or enforce it or its scheme (REGULATES).',
      ...followField('IN', 'REGULATES', 'Authority', true),
    }),
    auditedBy: t.field({
      type: [Authority],
      description: 'Bodies that audit against it or its scheme (AUDITS).',
      ...followField('IN', 'AUDITS', 'Authority', true),
    }),
    basedOn: t.field({
      type: [Entity],
      description: 'Standards and schemes it is directly based on (BASED_ON).',
      ...followField('OUT', 'BASED_ON'),
    }),
    derivedBy: t.field({
      type: [Entity],
      description: 'Standards and schemes directly based on it.',
      ...followField('IN', 'BASED_ON'),
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
      ...followOneField('OUT', 'PART_OF', 'Certification'),
    }),
    parts: t.field({
      type: [Certification],
      description: 'Its tiers or levels.',
      ...followField('IN', 'PART_OF', 'Certification'),
    }),
    jurisdiction: t.field({
      type: Jurisdiction,
      nullable: true,
      description: 'Where it applies (the first of `jurisdictions`).',
      ...followOneField('OUT', 'APPLIES_IN', 'Jurisdiction'),
    }),
    jurisdictions: t.field({
      type: [Jurisdiction],
      description: 'Everywhere it applies (APPLIES_IN).',
      ...followField('OUT', 'APPLIES_IN', 'Jurisdiction'),
    }),
    relatedTo: t.field({
      type: [Certification],
      description: 'Related offerings (RELATED_TO, either direction).',
      ...followField('BOTH', 'RELATED_TO', 'Certification'),
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
    resolve: (_root, args, ctx, info) =>
      lookupEntity(ctx, 'Certification', { id: args.id?.toString(), name: args.name }, info),
  }),
  certifications: t.connection({
    type: Certification,
    description: 'Certifications by name, filtered.',
    args: { filter: t.arg({ type: CertificationFilter }) },
    resolve: (_root, args, ctx, info) => {
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
        info,
      );
    },
  }),
}));

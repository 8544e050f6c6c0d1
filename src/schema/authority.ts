/** Authority: ministries, regulators, agencies, associations, standards and audit bodies. */
import type { EntityRecord } from '../graph/records.ts';
import { AUTHORITY_KINDS, type AuthorityKind as StoredKind } from '../ingest/types.ts';
import { builder } from './builder.ts';
import { Certification } from './certification.ts';
import { Entity } from './entity.ts';
import { followField } from './logic/follows.ts';
import { listConnection, loadEntitiesOfKind, lookupEntity } from './logic/lookup.ts';

export const AuthorityKind = builder.enumType('AuthorityKind', {
  values: Object.fromEntries(
    AUTHORITY_KINDS.map((v) => [v.toUpperCase().replaceAll('-', '_'), { value: v }]),
  ) as Record<string, { value: StoredKind }>,
});

const isStoredKind = (v: string | null): v is StoredKind => (AUTHORITY_KINDS as readonly (string | null)[]).includes(v);

export const Authority = builder.objectRef<EntityRecord>('Authority');

builder.node(Authority, {
  description: 'A body that owns, operates, accredits, publishes, regulates or audits schemes and standards.',
  interfaces: [Entity],
  id: { resolve: (a) => a.id },
  isTypeOf: (v) => (v as EntityRecord).kind === 'Authority',
  loadMany: (ids, ctx) => loadEntitiesOfKind(ctx, ids, 'Authority'),
  fields: (t) => ({
    authorityKind: t.field({
      type: AuthorityKind,
      nullable: true,
      resolve: (a) => (isStoredKind(a.authorityKind) ? a.authorityKind : null),
    }),
    accredits: t.field({
      type: [Certification],
      description: 'Certifications it accredits, with the tiers of those schemes (ACCREDITS).',
      ...followField('OUT', 'ACCREDITS', 'Certification', true),
    }),
    publishes: t.field({
      type: [Entity],
      description: 'Standards and schemes it owns or publishes, with the tiers of those schemes.',
      ...followField('OUT', 'PUBLISHES', undefined, true),
    }),
    regulates: t.field({
      type: [Certification],
      description: 'Certifications it regulates or enforces, with their tiers.',
      ...followField('OUT', 'REGULATES', 'Certification', true),
    }),
    audits: t.field({
      type: [Certification],
      description: 'Certifications it audits against, with their tiers.',
      ...followField('OUT', 'AUDITS', 'Certification', true),
    }),
    establishedBy: t.field({
      type: [Authority],
      description: 'Authorities that established it (ESTABLISHED_BY).',
      ...followField('OUT', 'ESTABLISHED_BY', 'Authority'),
    }),
    established: t.field({
      type: [Authority],
      description: 'Authorities it established.',
      ...followField('IN', 'ESTABLISHED_BY', 'Authority'),
    }),
  }),
});

const AuthorityFilter = builder.inputType('AuthorityFilter', {
  description: 'Every given condition must hold. References take an id or any name.',
  fields: (t) => ({
    kind: t.field({ type: AuthorityKind }),
    establishedBy: t.string({ description: 'Established by this authority.' }),
    accredits: t.string({ description: 'Accredits this certification.' }),
    publishes: t.string({ description: 'Publishes this standard or certification.' }),
  }),
});

builder.queryFields((t) => ({
  authority: t.field({
    type: Authority,
    nullable: true,
    description: 'An authority by id, or by any name, alias or acronym in any language.',
    args: { id: t.arg.id(), name: t.arg.string() },
    resolve: (_root, args, ctx, info) =>
      lookupEntity(ctx, 'Authority', { id: args.id?.toString(), name: args.name }, info),
  }),
  authorities: t.connection({
    type: Authority,
    description: 'Authorities by name, filtered.',
    args: { filter: t.arg({ type: AuthorityFilter }) },
    resolve: (_root, args, ctx, info) => {
      const f = args.filter ?? {};
      return listConnection(
        ctx,
        'Authority',
        {
          refs: { establishedBy: f.establishedBy, accredits: f.accredits, publishes: f.publishes },
          authorityKind: f.kind,
        },
        args,
        info,
      );
    },
  }),
}));

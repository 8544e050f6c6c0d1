/** Relation (a relationship between two entities with its evidence), its enums, and Evidence. */
import {
  ENTITY_RELATION_TYPES,
  type EntityRecord,
  type EntityRelationType,
  type EvidenceRecord,
  type RelationSummary,
} from '../graph/records.ts';
import { Article } from './article.ts';
import { builder } from './builder.ts';
import type { Context } from './context.ts';
import { Entity } from './entity.ts';
import { relationById } from './logic/relations.ts';

export const RelationType = builder.enumType('RelationType', {
  description: 'Types of relationship between entities.',
  values: Object.fromEntries(ENTITY_RELATION_TYPES.map((t) => [t, { value: t }])) as Record<
    EntityRelationType,
    { value: EntityRelationType }
  >,
});

export const RelationDirection = builder.enumType('RelationDirection', {
  values: {
    OUT: { value: 'OUT', description: 'Relations from this entity.' },
    IN: { value: 'IN', description: 'Relations to this entity.' },
    BOTH: { value: 'BOTH', description: 'Both.' },
  } as const,
});

export const Evidence = builder.objectRef<EvidenceRecord>('Evidence').implement({
  description:
    'Where a fact was stated: the article (or lexicon file, for curated facts), its locale, the English anchor of the section, and the exact sentence.',
  fields: (t) => ({
    article: t.field({
      type: Article,
      resolve: async (e, _args, ctx) => {
        const a = await ctx.loaders.article.load(e.source);
        if (!a) throw new Error(`evidence source ${e.source} has no Article node`);
        return a;
      },
    }),
    locale: t.exposeString('locale'),
    section: t.exposeString('section'),
    quote: t.exposeString('quote'),
  }),
});

/** A relation as read: with its evidence, or without it (then loaded when selected). */
export type RelationView = RelationSummary & { evidence?: EvidenceRecord[] };

/** The relation's evidence: as read, else through the evidence loader (one statement per level). */
export async function evidenceOf(ctx: Context, r: RelationView): Promise<EvidenceRecord[]> {
  return r.evidence ?? (await ctx.loaders.evidence.load(r.id)) ?? [];
}

export const Relation = builder.objectRef<RelationView>('Relation');

Relation.implement({
  description: '`from` —type→ `to`, with the evidence of every source that states it.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable: `<from>|<type>|<to>`; the same as GraphEdge.id.' }),
    type: t.field({ type: RelationType, resolve: (r) => r.type }),
    from: t.field({ type: Entity, resolve: (r, _args, ctx) => loadEntity(ctx, r.from) }),
    to: t.field({ type: Entity, resolve: (r, _args, ctx) => loadEntity(ctx, r.to) }),
    evidence: t.field({ type: [Evidence], resolve: (r, _args, ctx) => evidenceOf(ctx, r) }),
    evidenceCount: t.exposeInt('evidenceCount'),
    serviceModels: t.exposeStringList('serviceModels', { description: 'COVERS only: IaaS, PaaS, SaaS.' }),
    curated: t.boolean({
      description: 'True when the curated lexicon states it.',
      resolve: async (r, _args, ctx) => (await evidenceOf(ctx, r)).some((e) => e.source.startsWith('lexicon:')),
    }),
  }),
});

async function loadEntity(ctx: Context, id: string): Promise<EntityRecord> {
  const e = await ctx.loaders.entity.load(id);
  if (!e) throw new Error(`relation end ${id} not found`);
  return e;
}

builder.queryFields((t) => ({
  relation: t.field({
    type: Relation,
    nullable: true,
    description: 'A relation by its id (`<from>|<type>|<to>`, as Relation.id and GraphEdge.id); null when unknown.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => relationById(ctx, String(args.id)),
  }),
}));

/** Article: a source of facts (a content article, or a lexicon file for curated facts). */
import type { ArticleRecord, EntityRecord } from '../graph/records.ts';
import { builder } from './builder.ts';
import type { Context } from './context.ts';
import { Entity } from './entity.ts';

export const ArticleRelation = builder.enumType('ArticleRelation', {
  values: {
    DESCRIBES: { value: 'DESCRIBES', description: 'The article is about the entity.' },
    MENTIONS: { value: 'MENTIONS', description: 'The article names the entity.' },
  } as const,
});

export const Article = builder.objectRef<ArticleRecord>('Article');

builder.node(Article, {
  description: 'An article (or, with curated: true, a lexicon file) that facts were read from.',
  id: { resolve: (a) => a.id },
  isTypeOf: (v) => typeof v === 'object' && v !== null && 'path' in v && !('kind' in v),
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => ctx.loaders.article.load(id))),
  fields: (t) => ({
    path: t.exposeString('path', {
      description: 'Path relative to its content root, e.g. ja-jp/offering-cs-gold-mark.md.',
    }),
    locale: t.exposeString('locale', { description: 'ms.contentlocale, e.g. ja-JP.' }),
    title: t.exposeString('title'),
    curated: t.exposeBoolean('curated', { description: 'True for a lexicon file.' }),
    describes: t.field({
      type: [Entity],
      resolve: (a, _args, ctx) => linked(ctx, a.id, 'DESCRIBES'),
    }),
    mentions: t.field({
      type: [Entity],
      resolve: (a, _args, ctx) => linked(ctx, a.id, 'MENTIONS'),
    }),
  }),
});

async function linked(ctx: Context, id: string, relation: 'DESCRIBES' | 'MENTIONS'): Promise<EntityRecord[]> {
  const links = await ctx.loaders.entityLinks.load(id);
  return links.filter((l) => l.relation === relation).map((l) => l.entity);
}

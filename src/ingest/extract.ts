/**
 * ParsedArticle → ArticleFacts. Deterministic: the same article (and lexicon) gives the same facts
 * in the same order.
 */
import type { ParsedArticle } from './article.ts';
import { articleId, entityId, toSlug } from './ids.ts';
import type { Lexicon } from './lexicon.ts';
import type { ArticleFacts, GraphNode, GraphRelationship } from './types.ts';

/** The offering key shared by translations: the H1 anchor, else the file slug without `offering-`. */
export function offeringKey(article: ParsedArticle): string {
  const fromFile = toSlug(article.slug.replace(/^offering-/, ''));
  return fromFile || toSlug(article.h1?.anchor ?? '') || toSlug(article.title);
}

export function extractArticle(article: ParsedArticle, _lexicon: Lexicon | null): ArticleFacts {
  const aid = articleId(article.path);
  const certId = entityId('Certification', offeringKey(article));
  const nodes: GraphNode[] = [
    {
      id: aid,
      labels: ['Article'],
      properties: { path: article.path, locale: article.locale, title: article.title, hash: article.hash },
    },
    {
      id: certId,
      labels: ['Certification'],
      properties: { name: article.title, names: { [article.lang]: article.title }, type: 'certification' },
    },
  ];
  const relationships: GraphRelationship[] = [
    { type: 'DESCRIBES', start: aid, end: certId, properties: {}, evidence: [] },
  ];
  return {
    article: { id: aid, path: article.path, locale: article.locale, title: article.title, hash: article.hash },
    nodes,
    relationships,
    candidates: [],
    warnings: [],
  };
}

/**
 * What an article's links point at. An absolute link names the lexicon entity that owns its host; a
 * relative link to another article names that article's offering, a Certification. An offering that
 * neither the lexicon nor the article knows is a placeholder: its only name is a fallback alias, taken
 * from the link text when that reads like a name, else from the file slug.
 */
import type { ParsedArticle } from './article.ts';
import { entityId, toSlug } from './ids.ts';
import type { Lexicon } from './lexicon.ts';
import type { Link } from './markdown.ts';
import type { Candidate, Matcher } from './matcher.ts';

export interface LinkTarget {
  /** `owner`: the entity owning an absolute link's host; `offering`: a linked offering article. */
  via: 'owner' | 'offering';
  target: Candidate;
}

/** The offering key shared by translations: the file slug without `offering-`, else the H1 anchor. */
export function offeringKey(article: Pick<ParsedArticle, 'slug' | 'h1' | 'title'>): string {
  const fromFile = toSlug(article.slug.replace(/^offering-/, ''));
  return fromFile || toSlug(article.h1?.anchor ?? '') || toSlug(article.title);
}

/** The entity `link` points at, or null (a link to itself, to a non-article file, or a bad URL). */
export function linkTarget(
  link: Link,
  article: ParsedArticle,
  lexicon: Lexicon | null,
  matcher: Matcher,
): LinkTarget | null {
  const { href } = link;
  if (/^https?:\/\//i.test(href)) {
    let host = '';
    try {
      host = new URL(href).hostname.toLowerCase();
    } catch {
      return null;
    }
    const owner = lexicon?.entries.find((e) => e.domains.some((d) => host === d || host.endsWith(`.${d}`)));
    return owner ? { via: 'owner', target: { id: owner.id, kind: owner.kind, name: owner.name } } : null;
  }
  const file = href.split(/[?#]/)[0]?.split('/').pop() ?? '';
  if (!/\.md$/i.test(file)) return null;
  const slug = file.replace(/\.md$/i, '');
  if (slug === article.slug) return null;
  const entry = lexicon?.entries.find((e) => e.kind === 'Certification' && e.articles.includes(slug));
  if (entry) return { via: 'offering', target: { id: entry.id, kind: 'Certification', name: entry.name } };
  const known = matcher
    .lookup(slug.replace(/^offering-/, '').replace(/-/g, ' '))
    .find((c) => c.kind === 'Certification');
  if (known) return { via: 'offering', target: known };
  return {
    via: 'offering',
    target: {
      id: entityId('Certification', offeringKey({ slug, h1: null, title: slug })),
      kind: 'Certification',
      name: fallbackName(link.text, slug),
      discovered: true,
      placeholder: true,
    },
  };
}

/**
 * A readable stand-in name for a linked offering: the link text if it reads like a name (has a letter,
 * a capital or a caseless script such as Han, and is no file name or URL: "ABCRC2", "云安全标志", not
 * "here" or "offering-x.md"), else the slug's words ("offering-cloud-mark" → "cloud mark").
 */
export function fallbackName(text: string, slug: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const namelike =
    t.length >= 2 &&
    t.length <= 120 &&
    /[\p{Lu}\p{Lo}]/u.test(t) &&
    !/^(?:[a-z][a-z\d+.-]*:\/\/|mailto:|\.{0,2}\/)/i.test(t) &&
    !/\.(?:md|html?|aspx?)$/i.test(t);
  if (namelike) return t;
  return toSlug(slug.replace(/^offering-/i, '')).replace(/-/g, ' ') || slug;
}

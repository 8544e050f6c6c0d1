/** Canonical ids: `<kind>:<slug>`; articles `article:<path>`. */
import type { EntityKind } from './types.ts';

const PREFIX: Record<EntityKind, string> = {
  Certification: 'certification',
  Authority: 'authority',
  Standard: 'standard',
  Service: 'service',
  Jurisdiction: 'jurisdiction',
};

export function entityId(kind: EntityKind, slug: string): string {
  return `${PREFIX[kind]}:${slug}`;
}

export function articleId(relPath: string): string {
  return `article:${relPath}`;
}

const KIND_OF_PREFIX = new Map<string, EntityKind | 'Article'>([
  ...Object.entries(PREFIX).map(([kind, p]) => [p, kind as EntityKind] as const),
  ['article', 'Article'],
]);

/** The kind an id names by its prefix; null when the prefix is not a kind's. */
export function kindOfId(id: string): EntityKind | 'Article' | null {
  return KIND_OF_PREFIX.get(id.slice(0, id.indexOf(':'))) ?? null;
}

/** A kebab-case slug from any text (Latin letters and digits; other scripts kept as-is). */
export function toSlug(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

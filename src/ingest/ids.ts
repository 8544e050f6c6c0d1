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

export function kindOfId(id: string): EntityKind | 'Article' | null {
  const prefix = id.slice(0, id.indexOf(':'));
  if (prefix === 'article') return 'Article';
  for (const [kind, p] of Object.entries(PREFIX)) if (p === prefix) return kind as EntityKind;
  return null;
}

/** A kebab-case slug from any text (Latin letters and digits; other scripts kept as-is). */
export function toSlug(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

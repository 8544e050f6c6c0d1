/**
 * Global ids are the graph's own ids: `certification:cs-gold-mark`, `authority:jasa`,
 * `article:ja-jp/offering-cs-gold-mark.md`, `lexicon:content/lexicon/authorities.yaml`. They are
 * unique across types, stable across reseeds, readable, and the same strings graph() and path()
 * use, so a node drawn by a client can be fetched with node(id) as-is.
 */
import { kindOfId } from '../ingest/ids.ts';
import { badUserInput } from './errors.ts';

const MAX_ID_LENGTH = 512;

/** The GraphQL type of an id, or null when the id has no known prefix. */
export function typenameOfId(id: string): string | null {
  if (id.startsWith('lexicon:')) return 'Article';
  return kindOfId(id);
}

export function encodeGlobalId(_typename: string, id: string | number | bigint): string {
  return String(id);
}

export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const typename = globalId.length <= MAX_ID_LENGTH ? typenameOfId(globalId) : null;
  if (!typename) {
    throw badUserInput(`Invalid id "${globalId.slice(0, 80)}": expected an id such as "certification:cs-gold-mark"`);
  }
  return { typename, id: globalId };
}

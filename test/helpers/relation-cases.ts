/**
 * Table-driven relation tests: each case is one overview paragraph of an article about a slug, with
 * every relation of one type it must give (as `start -> end`) — none for a look-alike sentence.
 */
import { describe, expect, it } from 'vitest';
import type { GraphRelationship } from '../../src/ingest/types.ts';
import { readSlug, rels } from './extract.ts';

export type Rel = GraphRelationship['type'];
/** [article slug, sentence(s), relation type, the relations expected, as `start -> end`]. */
export type Case = [string, string, Rel, string[]];

export const S27017 = 'standard:iso-iec-27017';
export const S27018 = 'standard:iso-iec-27018';
export const S27002 = 'standard:iso-iec-27002';

/** The relations of `type`, sorted, read from one overview paragraph `body` of an article about `slug`. */
export function readRelations(locale: string, slug: string, body: string, type: Rel): string[] {
  return rels(readSlug(locale, slug, body), type).sort();
}

/** One describe block per [language name, locale, cases]: each case gives exactly its relations. */
export function describeRelationCases(langs: Array<[string, string, Case[]]>): void {
  describe.each(langs)('relations in %s', (_name, locale, cases) => {
    it.each(cases)(`${locale} %s: %s (%s)`, (slug, body, type, expected) => {
      expect(readRelations(locale, slug, body, type)).toEqual([...expected].sort());
    });
  });
}

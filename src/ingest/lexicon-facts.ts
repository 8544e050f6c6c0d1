/**
 * The lexicon as sources of curated facts: one source per lexicon file, id `lexicon:<path>`.
 * Each relationship's evidence quotes the YAML line that states it (a substring of the file).
 */

import { entityId } from './ids.ts';
import type { Lexicon, LexiconEntry } from './lexicon.ts';
import type { ArticleFacts, Evidence, GraphNode, GraphRelationship, PropertyValue, RelationType } from './types.ts';

export function lexiconNode(e: LexiconEntry): GraphNode {
  const props: Record<string, PropertyValue> = { name: e.name, names: { en: e.name, ...e.names } };
  if (e.aliases.length) props.aliases = e.aliases;
  if (e.acronym) props.acronym = e.acronym;
  if (e.designation) props.designation = e.designation;
  if (e.title) props.title = e.title;
  if (e.type) props.type = e.type;
  if (e.authorityKind) props.kind = e.authorityKind;
  if (e.domains.length) props.domains = e.domains;
  return { id: e.id, labels: [e.kind], properties: props };
}

function quoteFor(e: LexiconEntry, key: string): string {
  const line = e.lines.find((l) => new RegExp(`^\\s*(- )?${key}:`).test(l));
  return (line ?? e.lines[0] ?? `id: ${e.id}`).trim();
}

export function lexiconFacts(lexicon: Lexicon): ArticleFacts[] {
  return lexicon.files.map((f) => {
    const id = `lexicon:${f.rel}`;
    const nodes: GraphNode[] = [];
    const relationships: GraphRelationship[] = [];
    const nodeIds = new Set<string>();
    const rel = (type: RelationType, start: string, end: string, e: LexiconEntry, key: string) => {
      const evidence: Evidence = {
        article: f.rel,
        locale: 'en',
        section: `${e.kind.toLowerCase()}/${e.id.split(':')[1]}`,
        quote: quoteFor(e, key),
      };
      relationships.push({ type, start, end, properties: { curated: true }, evidence: [evidence] });
      for (const n of [start, end]) {
        if (nodeIds.has(n)) continue;
        const target = lexicon.byId.get(n);
        if (target && target.file !== f.rel) {
          nodeIds.add(n);
          nodes.push({ id: n, labels: [target.kind], properties: {} });
        }
      }
    };
    for (const e of lexicon.entries) {
      if (e.file !== f.rel) continue;
      if (!nodeIds.has(e.id)) {
        nodeIds.add(e.id);
        nodes.push(lexiconNode(e));
      } else {
        const i = nodes.findIndex((n) => n.id === e.id);
        nodes[i] = lexiconNode(e);
      }
      for (const a of e.establishedBy) rel('ESTABLISHED_BY', e.id, a, e, 'establishedBy');
      for (const p of e.publishes) rel('PUBLISHES', e.id, p, e, 'publishes');
      for (const p of e.publishedBy) rel('PUBLISHES', p, e.id, e, 'publishedBy');
      for (const b of e.basedOn) rel('BASED_ON', e.id, b, e, 'basedOn');
      if (e.partOf) rel('PART_OF', e.id, e.partOf, e, 'partOf');
      if (e.jurisdiction && e.kind === 'Certification')
        rel('APPLIES_IN', e.id, entityId('Jurisdiction', e.jurisdiction), e, 'jurisdiction');
    }
    return {
      article: { id, path: f.rel, locale: 'en', title: `Lexicon: ${f.rel}`, hash: f.hash },
      nodes,
      relationships,
      candidates: [],
      warnings: [],
    };
  });
}

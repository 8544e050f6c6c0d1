/**
 * Collects one article's nodes and relationships. Contracts: every relationship keeps the evidence it
 * was given (article, locale, section anchor, quote), once per section and quote; a relationship
 * never starts and ends at the same node; repeated property values are merged, not duplicated.
 */
import type { ParsedArticle } from './article.ts';
import type { Candidate } from './matcher.ts';
import { type SectionRole, sectionRole } from './scope.ts';
import type { Evidence, GraphNode, GraphRelationship, PropertyValue, RelationType } from './types.ts';

/** A block of the article in reading order: the title, then each section's blocks. */
export interface Unit {
  section: string;
  role: SectionRole;
  raw: string;
  kind: 'title' | 'paragraph' | 'item' | 'note' | 'heading';
  /** The text of the section's heading (absent for the title and text before any heading). */
  heading?: string;
}

export class FactSink {
  nodes = new Map<string, GraphNode>();
  rels = new Map<string, GraphRelationship>();
  candidates: string[] = [];
  constructor(
    private article: ParsedArticle,
    private aid: string,
  ) {}

  node(c: Candidate): GraphNode {
    let n = this.nodes.get(c.id);
    if (!n) {
      n = { id: c.id, labels: [c.kind], properties: {} };
      if (c.placeholder) n.properties.aliases = [c.name];
      else if (c.discovered) {
        n.properties.name = c.name;
        n.properties.names = { [this.article.lang]: c.name };
        if (c.acronym) n.properties.acronym = c.acronym;
      }
      this.nodes.set(c.id, n);
    }
    return n;
  }

  addName(c: Candidate, name: string, asAlias = false): void {
    const p = this.node(c).properties;
    const names = (p.names ?? {}) as Record<string, string>;
    if (!asAlias && !names[this.article.lang]) {
      names[this.article.lang] = name;
      p.names = names;
    } else if (names[this.article.lang] !== name) {
      const aliases = (p.aliases as string[]) ?? [];
      if (!aliases.includes(name)) p.aliases = [...aliases, name];
    }
  }

  rel(
    type: RelationType,
    start: string,
    end: string,
    unit: Unit,
    quote: string,
    props: Record<string, PropertyValue> = {},
  ) {
    if (start === end) return;
    const key = `${type}|${start}|${end}`;
    let r = this.rels.get(key);
    if (!r) {
      r = { type, start, end, properties: {}, evidence: [] };
      this.rels.set(key, r);
    }
    for (const [k, v] of Object.entries(props)) {
      const prev = (r.properties[k] as string[]) ?? [];
      r.properties[k] = [...new Set([...prev, ...(v as string[])])];
    }
    const e: Evidence = { article: this.article.path, locale: this.article.locale, section: unit.section, quote };
    if (!r.evidence.some((x) => x.section === e.section && x.quote === e.quote)) r.evidence.push(e);
  }

  mention(c: Candidate, unit: Unit, quote: string) {
    this.node(c);
    const key = `MENTIONS|${this.aid}|${c.id}`;
    if (!this.rels.has(key)) this.rel('MENTIONS', this.aid, c.id, unit, quote);
  }
}

export function units(article: ParsedArticle): Unit[] {
  const out: Unit[] = [];
  const title = article.h1?.text && article.text.includes(article.h1.text) ? article.h1.text : article.title;
  if (article.text.includes(title))
    out.push({ section: article.h1?.anchor ?? '', role: 'overview', raw: title, kind: 'title' });
  for (const s of article.sections) {
    const role = sectionRole(s);
    for (const b of s.blocks) out.push({ section: s.anchor, role, raw: b.raw, kind: b.kind, heading: s.heading });
  }
  return out;
}

/**
 * Merges per-source facts into one GraphDocument (the `--dry-run --json` output).
 * Contract: nodes and relationships appear in first-seen order; a node's properties merge with the
 * first value of a scalar winning (lexicon sources come first), `names` and `aliases` unioned; a
 * relationship stated by several sources keeps all their evidence, without duplicates. A node that no
 * source gives a `name` (one known only from links) is named by its first alias.
 */
import type {
  ArticleFacts,
  Evidence,
  GraphDocument,
  GraphNode,
  GraphRelationship,
  PropertyValue,
  Rejection,
} from './types.ts';

export class DocumentBuilder {
  private nodes = new Map<string, GraphNode>();
  private rels = new Map<string, GraphRelationship & { seen: Set<string> }>();
  private rejected: Rejection[] = [];

  add(facts: ArticleFacts): void {
    for (const node of facts.nodes) this.addNode(node);
    for (const rel of facts.relationships) this.addRelationship(rel);
  }

  reject(r: Rejection): void {
    this.rejected.push(r);
  }

  private addNode(node: GraphNode): void {
    const existing = this.nodes.get(node.id);
    if (!existing) {
      this.nodes.set(node.id, { id: node.id, labels: [...node.labels], properties: structuredClone(node.properties) });
      return;
    }
    const p = existing.properties;
    for (const [k, v] of Object.entries(node.properties)) {
      if (k === 'names') {
        const names = { ...((p.names as Record<string, string>) ?? {}) };
        for (const [l, n] of Object.entries(v as Record<string, string>)) names[l] ??= n;
        p.names = names;
      } else if (Array.isArray(v)) {
        const merged = [...((p[k] as Array<string | number>) ?? [])];
        for (const x of v) if (!merged.includes(x)) merged.push(x);
        p[k] = merged as PropertyValue;
      } else if (p[k] === undefined) {
        p[k] = v;
      }
    }
  }

  private addRelationship(rel: GraphRelationship): void {
    const key = `${rel.type}|${rel.start}|${rel.end}`;
    let existing = this.rels.get(key);
    if (!existing) {
      existing = { type: rel.type, start: rel.start, end: rel.end, properties: {}, evidence: [], seen: new Set() };
      this.rels.set(key, existing);
    }
    for (const [k, v] of Object.entries(rel.properties)) {
      if (Array.isArray(v)) {
        const merged = [...((existing.properties[k] as string[]) ?? [])];
        for (const x of v as string[]) if (!merged.includes(x)) merged.push(x);
        existing.properties[k] = merged;
      } else existing.properties[k] ??= v;
    }
    for (const e of rel.evidence) {
      const ek = evidenceKey(e);
      if (existing.seen.has(ek)) continue;
      existing.seen.add(ek);
      existing.evidence.push(e);
    }
  }

  build(): GraphDocument {
    return {
      nodes: [...this.nodes.values()].map(namedByAlias),
      relationships: [...this.rels.values()].map(({ seen: _seen, ...r }) => r),
      rejected: this.rejected,
    };
  }
}

function namedByAlias(n: GraphNode): GraphNode {
  const alias = (n.properties.aliases as string[] | undefined)?.[0];
  if (n.properties.name !== undefined || alias === undefined) return n;
  return { ...n, properties: { ...n.properties, name: alias } };
}

export function evidenceKey(e: Evidence): string {
  return `${e.article}\0${e.section}\0${e.quote}`;
}

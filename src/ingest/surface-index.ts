/**
 * One layer of the matcher's index: surfaces by normalized text, a prefix tree over them, and
 * candidates by lookup key. A layer is either owned by one matcher (and only that matcher changes it)
 * or shared read-only between forks; the matcher decides which, this module only stores.
 */
import type { Candidate } from './matcher.ts';

export interface Surface {
  norm: string;
  /** Acronym-like surfaces must match with the same letter case. */
  caseSensitive: string | null;
  /**
   * Single-word proper names ("Visa", "Teams", "Discover", "Global") match only when the text writes
   * them with a capital: in lower case they are ordinary words ("security teams", "un visa de sécurité").
   */
  capitalized: boolean;
  /** Never changed in place once handed out: a new candidate gives a new array. */
  candidates: Candidate[];
}

/** Subtrees holding at most this many surfaces are kept as a list and scanned with startsWith. */
const LEAF_MAX = 8;

/**
 * A node at depth d stands for one d-char prefix. A leaf (`next` null) lists every surface under it;
 * an inner node holds the surface equal to its prefix (if any) in `end` and the rest under `next`,
 * keyed by the char at index d.
 */
interface Node {
  list: Surface[];
  end: Surface | null;
  next: Map<string, Node> | null;
}

const leaf = (): Node => ({ list: [], end: null, next: null });

export class SurfaceLayer {
  readonly surfaces = new Map<string, Surface>();
  readonly byKey = new Map<string, Candidate[]>();
  private root = leaf();

  /** Adds a surface whose norm is not in this layer yet. */
  insert(s: Surface): void {
    this.surfaces.set(s.norm, s);
    place(this.root, s, 0);
  }

  /** Appends to `out` every surface of this layer whose norm occurs in `text` at `i`. */
  collect(text: string, i: number, out: Surface[]): void {
    let node: Node | undefined = this.root;
    for (let depth = 0; node; depth++) {
      if (!node.next) {
        for (const s of node.list) if (text.startsWith(s.norm, i)) out.push(s);
        return;
      }
      if (node.end) out.push(node.end);
      if (i + depth >= text.length) return;
      node = node.next.get(text[i + depth] as string);
    }
  }

  /** An independent copy: surfaces are copied, so changing one in the copy leaves this layer alone. */
  clone(): SurfaceLayer {
    const c = new SurfaceLayer();
    for (const s of this.surfaces.values()) c.insert({ ...s });
    for (const [k, v] of this.byKey) c.byKey.set(k, v);
    return c;
  }
}

function place(start: Node, s: Surface, startDepth: number): void {
  let node = start;
  for (let depth = startDepth; ; depth++) {
    if (!node.next) {
      node.list.push(s);
      if (node.list.length > LEAF_MAX) split(node, depth);
      return;
    }
    if (s.norm.length === depth) {
      node.end = s;
      return;
    }
    const ch = s.norm[depth] as string;
    let child = node.next.get(ch);
    if (!child) {
      child = leaf();
      node.next.set(ch, child);
    }
    node = child;
  }
}

/** Turns a full leaf at `depth` into an inner node. Norms are unique, so splitting terminates. */
function split(node: Node, depth: number): void {
  const all = node.list;
  node.list = [];
  node.next = new Map();
  for (const s of all) place(node, s, depth);
}
